// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

namespace tz {

// Argon2id password verifiers (libsodium crypto_pwhash_str, interactive limits: ~90 ms here).
// The verifier travels in the user's events, so a login also works offline.
class PasswordHasher
{
public:
    [[nodiscard]] static QString hash(const QString &password);
    [[nodiscard]] static bool verify(const QString &verifier, const QString &password);
};

} // namespace tz
