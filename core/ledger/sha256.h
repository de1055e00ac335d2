// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <cstddef>

namespace tz::sha256 {

inline constexpr std::size_t kDigestSize = 32;

// SHA-256 of `size` bytes: with the processor's SHA instructions where it has them (x86-64),
// else libsodium's portable code. The same digest either way.
void digest(const void *data, std::size_t size, unsigned char *out);

// Whether digest() uses the processor's SHA instructions on this computer.
[[nodiscard]] bool usesProcessor();

// The portable code alone (tests hold the two to each other).
void portableDigest(const void *data, std::size_t size, unsigned char *out);

} // namespace tz::sha256
