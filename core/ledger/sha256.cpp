// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace tz::sha256 {

namespace {

// Fetched once: looking the algorithm up on every call costs as much as hashing a short input.
const EVP_MD *algorithm()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

void digest(const void *data, std::size_t size, unsigned char *out)
{
    const EVP_MD *md = algorithm();
    if (md == nullptr || EVP_Digest(data, size, out, nullptr, md, nullptr) != 1)
        throw std::runtime_error("libcrypto could not compute SHA-256");
}

} // namespace tz::sha256
