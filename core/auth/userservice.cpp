// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/auth/userservice.h"

#include "core/auth/passwordhasher.h"
#include "core/auth/userprojection.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/orgservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tz {
namespace {

User readUser(SqlStatement &statement)
{
    User user {statement.text(0), statement.text(1), statement.text(2), static_cast<Role>(statement.int32(3)),
        statement.text(4), statement.text(5), statement.int64(6) != 0};
    // The first administrator's name was recorded in the language of the program that made the
    // ledger (often the English command line): shown in the reader's language instead.
    static const char *const kFirstAdmin = QT_TRANSLATE_NOOP("tz::Users", "Ledger administrator");
    if (user.displayName == QLatin1String(kFirstAdmin))
        user.displayName = QCoreApplication::translate("tz::Users", kFirstAdmin);
    return user;
}

} // namespace

UserService::UserService(Ledger &ledger, OrgService &org)
    : m_ledger(ledger)
    , m_org(org)
{
}

Status UserService::checkPasswordStrength(const QString &password)
{
    if (password.size() < 8)
        return Error::invalid(
            QCoreApplication::translate("tz::Users", "A password needs at least 8 characters."),
            QStringLiteral("password"));
    if (password.size() > 128)
        return Error::invalid(
            QCoreApplication::translate("tz::Users", "A password may have at most 128 characters."),
            QStringLiteral("password"));
    return {};
}

Result<User> UserService::create(const Actor &actor, const NewUser &input)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Users", "Only an administrator may create users."));
    static const QRegularExpression loginShape(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    const QString login = input.login.trimmed().toLower();
    if (!loginShape.match(login).hasMatch())
        return Error::invalid(QCoreApplication::translate("tz::Users",
                                  "A login name has 2 to 32 lower-case letters, digits, dots, dashes or "
                                  "underscores."),
            QStringLiteral("login"));
    const QString name = input.displayName.trimmed();
    if (name.isEmpty() || name.size() > 30)
        return Error::invalid(
            QCoreApplication::translate("tz::Users", "The display name needs 1 to 30 characters."),
            QStringLiteral("displayName"));
    if (byLogin(login))
        return Error::conflict(
            QCoreApplication::translate("tz::Users", "The login name %1 is taken.").arg(login));
    if (input.orgCode.isEmpty() && input.role != Role::Admin)
        return Error::invalid(QCoreApplication::translate("tz::Users",
                                  "Every user except a ledger administrator belongs to an org unit."),
            QStringLiteral("orgCode"));
    if (!input.orgCode.isEmpty()) {
        if (!m_org.unit(input.orgCode))
            return Error::notFound(QCoreApplication::translate("tz::Users", "There is no unit with code %1.")
                                       .arg(input.orgCode));
        if (!actor.covers(input.orgCode))
            return Error::forbidden(
                QCoreApplication::translate("tz::Users", "Unit %1 is outside your part of the org tree.")
                    .arg(input.orgCode));
    }
    if (!input.departmentId.isEmpty()) {
        const std::optional<Department> department = m_org.department(input.departmentId);
        if (!department || department->orgCode != input.orgCode)
            return Error::invalid(QCoreApplication::translate(
                                      "tz::Users", "The department does not belong to the user's unit."),
                QStringLiteral("departmentId"));
    }
    if (Status strong = checkPasswordStrength(input.password); !strong)
        return strong.error();

    User user {
        Uuid7::toString(Uuid7::generate()), login, name, input.role, input.orgCode, input.departmentId, true};
    const QString verifier = PasswordHasher::hash(input.password);
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::User, user.id, userevents::created,
            {{QStringLiteral("login"), login}, {QStringLiteral("name"), name},
                {QStringLiteral("role"), static_cast<int>(input.role)},
                {QStringLiteral("org"), input.orgCode}, {QStringLiteral("department"), input.departmentId},
                {QStringLiteral("password"), verifier}});
    });
    if (!written)
        return written.error();
    return user;
}

Status UserService::setPassword(const Actor &actor, const QString &userId, const QString &password)
{
    if (actor.role != Role::Admin && actor.userId != userId)
        return Error::forbidden(QCoreApplication::translate(
            "tz::Users", "Only an administrator may change another user's password."));
    if (!byId(userId))
        return Error::notFound(QCoreApplication::translate("tz::Users", "There is no such user."));
    if (Status strong = checkPasswordStrength(password); !strong)
        return strong;
    const QString verifier = PasswordHasher::hash(password);
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::User, userId, userevents::passwordChanged,
            {{QStringLiteral("password"), verifier}});
    });
}

Status UserService::deactivate(const Actor &actor, const QString &userId)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Users", "Only an administrator may deactivate users."));
    if (!byId(userId))
        return Error::notFound(QCoreApplication::translate("tz::Users", "There is no such user."));
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::User, userId, userevents::deactivated, {});
    });
}

Result<Actor> UserService::authenticate(const QString &login, const QString &password)
{
    SqlStatement &statement = m_ledger.db().cached("UserService::authenticate",
        "SELECT id, login, display_name, role, org_code, "
        "department_id, active, password_hash, failed_sign_ins, "
        "IFNULL(locked_until, 0) FROM users WHERE login = ?1");
    statement.bind(1, login.trimmed().toLower());
    if (!statement.next()) {
        statement.reset();
        return Error::forbidden(QCoreApplication::translate("tz::Users", "Wrong login name or password."));
    }
    const User user = readUser(statement);
    const QString verifier = statement.text(7);
    const int failures = statement.int32(8);
    const qint64 lockedUntil = statement.int64(9);
    statement.reset();
    if (!user.active)
        return Error::forbidden(
            QCoreApplication::translate("tz::Users", "This account has been deactivated."));
    const qint64 now = m_ledger.wallMs();
    // A lock never lasts longer than kLockMs from now: one that ends later was stamped by a clock
    // far ahead (or by a forged event, synced in) and would lock the account for good.
    if (lockedUntil > now && lockedUntil - now <= signin::kLockMs) {
        const qint64 minutes = (lockedUntil - now + 59999) / 60000;
        return Error::forbidden(QCoreApplication::translate("tz::Users",
            "This account is locked after %1 wrong passwords. Try again in %2 minutes, or ask an "
            "administrator.")
                                    .arg(signin::kMaxFailures)
                                    .arg(minutes));
    }
    const bool right = PasswordHasher::verify(verifier, password);
    // Every attempt is recorded against the account, so the count survives a restart. A ledger
    // that cannot be written (read-only, disk full) still checks the password.
    (void)m_ledger.write(user.id, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::User, user.id,
            right ? userevents::signedIn : userevents::signInFailed,
            {{QStringLiteral("at"), transaction.nowMs()}});
    });
    if (right)
        return actorFor(user);
    const int left = signin::kMaxFailures - failures - 1;
    if (left <= 0)
        return Error::forbidden(QCoreApplication::translate(
            "tz::Users", "Wrong password. The account is now locked for %1 minutes.")
                                    .arg(signin::kLockMs / 60000));
    return Error::forbidden(QCoreApplication::translate(
        "tz::Users", "Wrong login name or password. %1 more wrong tries lock the account for %2 minutes.")
                                .arg(left)
                                .arg(signin::kLockMs / 60000));
}

Actor UserService::actorFor(const User &user)
{
    Actor actor;
    actor.userId = user.id;
    actor.login = user.login;
    actor.displayName = user.displayName;
    actor.role = user.role;
    actor.orgCode = user.orgCode;
    actor.departmentId = user.departmentId;
    if (const std::optional<OrgUnit> unit = m_org.unit(user.orgCode))
        actor.orgLevel = unit->level;
    return actor;
}

std::optional<User> UserService::byLogin(const QString &login)
{
    return m_ledger.db()
        .cached("UserService::byLogin",
            "SELECT id, login, display_name, role, org_code, department_id, active FROM users WHERE "
            "login = ?1")
        .bind(1, login.trimmed().toLower())
        .first(readUser);
}

std::optional<User> UserService::byId(const QString &id)
{
    return m_ledger.db()
        .cached("UserService::byId",
            "SELECT id, login, display_name, role, org_code, department_id, active FROM users WHERE id = ?1")
        .bind(1, id)
        .first(readUser);
}

QList<User> UserService::all()
{
    return m_ledger.db()
        .cached("UserService::all",
            "SELECT id, login, display_name, role, org_code, department_id, active FROM users ORDER BY login")
        .all(readUser);
}

} // namespace tz
