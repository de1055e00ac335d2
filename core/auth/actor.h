// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/role.h"
#include "core/org/orglevel.h"

#include <QString>

namespace tz {

// Who is acting: a logged-in user with a role, bound to an org unit (and maybe a department).
// An administrator with no org unit acts on the whole ledger.
struct Actor
{
    QString userId;
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    QString orgCode; // empty: the whole ledger
    OrgLevel orgLevel = OrgLevel::City;
    QString departmentId; // for handlers in a department

    // Is the unit `code` inside this actor's subtree?
    [[nodiscard]] bool covers(QStringView code) const;
    [[nodiscard]] bool isLedgerAdmin() const { return role == Role::Admin && orgCode.isEmpty(); }
};

} // namespace tz
