// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/common/error.h"

#include <QList>

#include <optional>

namespace tz {

class Ledger;
class OrgService;

struct User
{
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    QString orgCode;
    QString departmentId;
    bool active = true;
};

struct NewUser
{
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    QString orgCode; // empty only for a ledger-wide administrator
    QString departmentId;
    QString password;
};

// Users bound to an org unit with one role; passwords checked offline against Argon2id verifiers.
class UserService
{
public:
    UserService(Ledger &ledger, OrgService &org);

    [[nodiscard]] Result<User> create(const Actor &actor, const NewUser &user);
    [[nodiscard]] Status setPassword(const Actor &actor, const QString &userId, const QString &password);
    [[nodiscard]] Status deactivate(const Actor &actor, const QString &userId);

    // Checks the password; the Actor carries what the user may do and where.
    [[nodiscard]] Result<Actor> authenticate(const QString &login, const QString &password);
    [[nodiscard]] std::optional<User> byLogin(const QString &login);
    [[nodiscard]] std::optional<User> byId(const QString &id);
    [[nodiscard]] QList<User> all();
    [[nodiscard]] Actor actorFor(const User &user);

    static Status checkPasswordStrength(const QString &password);

private:
    Ledger &m_ledger;
    OrgService &m_org;
};

} // namespace tz
