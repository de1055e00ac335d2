// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/sha256.h"

#include <sodium.h>

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define TZ_SHA256_PROCESSOR 1
#endif

namespace tz::sha256 {
namespace {

#ifdef TZ_SHA256_PROCESSOR

// FIPS 180-4, 4.2.2: the round constants.
alignas(16) constexpr std::uint32_t kRound[64]
    = {0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool processorHasSha()
{
    unsigned int a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSSE3) || !(c & bit_SSE4_1))
        return false;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
}

// Runs the compression function over `count` 64-byte blocks. The instructions keep the working
// variables as ABEF and CDGH (A in the highest 32 bits); `state` holds them A to H.
__attribute__((target("sha,sse4.1,ssse3"))) void compress(
    std::uint32_t *state, const unsigned char *data, std::size_t count)
{
    // Each 32-bit word of a block is big-endian.
    const __m128i wordOrder = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    const __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    const __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    __m128i abef = _mm_shuffle_epi32(_mm_unpacklo_epi64(dcba, hgfe), 0x1B);
    __m128i cdgh = _mm_shuffle_epi32(_mm_unpackhi_epi64(hgfe, dcba), 0xB1);
    for (; count > 0; --count, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // the message schedule, four words at a time, in a ring
        for (int group = 0; group < 16; ++group) {
            __m128i &current = w[group & 3];
            __m128i &next = w[(group + 1) & 3];
            __m128i &previous = w[(group + 3) & 3];
            if (group < 4)
                current = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)), wordOrder);
            __m128i words = _mm_add_epi32(
                current, _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words); // two rounds: the new ABEF
            if (group >= 3 && group < 15) // the next four words, finished
                next = _mm_sha256msg2_epu32(
                    _mm_add_epi32(next, _mm_alignr_epi8(current, previous, 4)), current);
            words = _mm_shuffle_epi32(words, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, words); // two more: back in their places
            if (group >= 1 && group < 13) // words four groups on, begun
                previous = _mm_sha256msg1_epu32(previous, current);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

void processorDigest(const unsigned char *data, std::size_t size, unsigned char *out)
{
    std::uint32_t state[8]
        = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const std::size_t whole = size / 64;
    compress(state, data, whole);
    // The rest, a one bit, zeros and the length in bits (big-endian) fill one or two blocks.
    unsigned char last[128] = {};
    const std::size_t rest = size - whole * 64;
    std::memcpy(last, data + whole * 64, rest);
    last[rest] = 0x80;
    const std::size_t lastSize = rest < 56 ? 64 : 128;
    const std::uint64_t bits = static_cast<std::uint64_t>(size) * 8;
    for (int i = 0; i < 8; ++i)
        last[lastSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress(state, last, lastSize / 64);
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = static_cast<unsigned char>(state[i] >> 24);
        out[4 * i + 1] = static_cast<unsigned char>(state[i] >> 16);
        out[4 * i + 2] = static_cast<unsigned char>(state[i] >> 8);
        out[4 * i + 3] = static_cast<unsigned char>(state[i]);
    }
}

const bool g_processor = processorHasSha();

#else

constexpr bool g_processor = false;

#endif

} // namespace

void portableDigest(const void *data, std::size_t size, unsigned char *out)
{
    crypto_hash_sha256(out, static_cast<const unsigned char *>(data), size);
}

void digest(const void *data, std::size_t size, unsigned char *out)
{
#ifdef TZ_SHA256_PROCESSOR
    if (g_processor) {
        processorDigest(static_cast<const unsigned char *>(data), size, out);
        return;
    }
#endif
    portableDigest(data, size, out);
}

bool usesProcessor()
{
    return g_processor;
}

} // namespace tz::sha256
