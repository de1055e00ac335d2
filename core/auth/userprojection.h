// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

namespace userevents {
inline const QString created
    = QStringLiteral("UserCreated"); // {login, name, role, org, department, password}
inline const QString passwordChanged = QStringLiteral("UserPasswordChanged"); // {password}
inline const QString deactivated = QStringLiteral("UserDeactivated"); // {}
inline const QString signedIn = QStringLiteral("UserSignedIn"); // {at}
inline const QString signInFailed = QStringLiteral("UserSignInFailed"); // {at}
} // namespace userevents

namespace signin {
constexpr int kMaxFailures = 5; // wrong passwords in a row before the account locks
constexpr qint64 kLockMs = 10 * 60 * 1000;
} // namespace signin

class UserProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::User; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("users")}; }
};

} // namespace tz
