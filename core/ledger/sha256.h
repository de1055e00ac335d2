// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <cstddef>

namespace tz::sha256 {

inline constexpr std::size_t kDigestSize = 32;

// SHA-256 of `size` bytes through OpenSSL's libcrypto, which uses the processor's SHA
// instructions where it has them (about 3× Qt's own code on this kind of machine) and is
// maintained by people whose job that is. The same digest as QCryptographicHash::Sha256.
void digest(const void *data, std::size_t size, unsigned char *out);

} // namespace tz::sha256
