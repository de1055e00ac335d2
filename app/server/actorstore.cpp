// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Who is named as acting in a pushed event, and whether they may: the users the store knows
// (their roles, units and logins) and the rules of the loop's steps.
#include "actorstore.h"

#include "scopefiling.h"
#include "storedatabase.h"
#include "storesupport.h"

#include "core/auth/userprojection.h"
#include "core/cases/caseevents.h"
#include "core/cases/casepolicy.h"
#include "core/sync/wire.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace tz::server {
using store::EventRefused;
using store::tr;

ActorStore::ActorStore(StoreDatabase &database)
    : m_db(database)
{
}

void ActorStore::checkAuthority(const Event &event, bool top, RoleCache &roleCache)
{
    // 考评 rules rate every unit: only an administrator saves a version.
    const bool rules = event.aggregateType == AggregateType::Setting
        && event.aggregateId.startsWith(QLatin1String("assessment/"));
    if (event.aggregateType != AggregateType::Case && !rules)
        return;
    std::optional<CaseAction> action;
    if (!rules) {
        action = event.type == caseevents::registered ? std::optional<CaseAction>(CaseAction::Register)
                                                      : caseevents::actionOf(event);
        if (!action)
            return;
        if (*action == CaseAction::Reopen && event.payload.value(QLatin1String("automatic")).toBool())
            action = CaseAction::FollowUp; // an unsatisfied follow-up reopens the case by itself
    }
    auto known = roleCache.constFind(event.actor);
    if (known == roleCache.constEnd()) {
        QList<Role> roles;
        QSqlQuery &found
            = m_db.run(QStringLiteral("SELECT role FROM actor_roles WHERE actor = ?"), {event.actor});
        while (found.next())
            roles.append(static_cast<Role>(found.value(0).toInt()));
        found.finish();
        known = roleCache.insert(event.actor, roles);
    }
    if (known->isEmpty()) {
        if (top)
            return; // the administrator's own ledger before its first user (its bootstrap)
        throw EventRefused {wire::RefusedUnknownUser,
            tr("%1 is recorded by %2, a user the server does not know").arg(event.aggregateId, event.actor)};
    }
    if (rules) {
        if (!known->contains(Role::Admin))
            throw EventRefused {wire::RefusedRole,
                tr("user %1 (%2) may not change the assessment rules")
                    .arg(event.actor, role::key(known->constFirst()))};
        return;
    }
    if (std::none_of(
            known->cbegin(), known->cend(), [&](Role role) { return casepolicy::roleMay(role, *action); }))
        throw EventRefused {wire::RefusedRole,
            tr("user %1 (%2) may not %3")
                .arg(event.actor, role::key(known->constFirst()), caseaction::label(*action))};
}

void ActorStore::noteRole(const QString &actor, int role)
{
    m_db.run(QStringLiteral("INSERT INTO actor_roles (actor, role) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {actor, role});
}

void ActorStore::noteUser(const Event &created)
{
    m_db.run(QStringLiteral(
                 "INSERT INTO actor_units (actor, unit, login) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
        {created.aggregateId, created.payload.value(QLatin1String("org")).toString(),
            created.payload.value(QLatin1String("login")).toString().trimmed().toLower()});
}

void ActorStore::checkActor(const DeviceAuth &device, const Event &event, bool top, bool newAggregate)
{
    if (event.aggregateType == AggregateType::User && event.type == userevents::created) {
        // A login names one person everywhere: a second account under it would be signed in to
        // in the first one's place.
        const QString login = event.payload.value(QLatin1String("login")).toString().trimmed().toLower();
        QSqlQuery &taken
            = m_db.run(QStringLiteral("SELECT actor FROM actor_units WHERE login = ? OR actor = ?"),
                {login, event.aggregateId});
        const bool exists = taken.next() || !newAggregate;
        taken.finish();
        if (exists)
            throw EventRefused {wire::RefusedLoginTaken,
                tr("the login %1 or the user %2 exists already").arg(login, event.aggregateId)};
    }
    if (top)
        return; // the administrator's own ledger: its bootstrap and ledger-wide users write anything
    // A laptop holds the users of its unit and below (their verifiers are what sign-in needs), so
    // whoever is named as acting on it is one of them; anyone else is a name put in by hand.
    QSqlQuery &found
        = m_db.run(QStringLiteral("SELECT unit FROM actor_units WHERE actor = ?"), {event.actor});
    const std::optional<QString> unit
        = found.next() ? std::optional<QString>(found.value(0).toString()) : std::nullopt;
    found.finish();
    if (!unit)
        throw EventRefused {wire::RefusedUnknownUser,
            tr("%1 is recorded by %2, a user the server does not know").arg(event.aggregateId, event.actor)};
    if (unit->isEmpty() || !scopeCovers(device.scope, *unit))
        throw EventRefused {wire::RefusedOutsideScope,
            tr("%1 is recorded by %2, a user of unit %3 outside this device's scope")
                .arg(event.aggregateId, event.actor, unit->isEmpty() ? QStringLiteral("(none)") : *unit)};
    if (event.aggregateType != AggregateType::User)
        return;
    // Accounts are an administrator's to make, reset and close; a user may change their own
    // password.
    const bool ownPassword = event.type == userevents::passwordChanged && event.actor == event.aggregateId;
    if (event.type != userevents::created && event.type != userevents::passwordChanged
        && event.type != userevents::deactivated)
        return;
    if (ownPassword)
        return;
    QSqlQuery &roles = m_db.run(QStringLiteral("SELECT 1 FROM actor_roles WHERE actor = ? AND role = ?"),
        {event.actor, static_cast<int>(Role::Admin)});
    const bool admin = roles.next();
    roles.finish();
    if (!admin)
        throw EventRefused {
            wire::RefusedRole, tr("user %1 may not create, reset or close accounts").arg(event.actor)};
}

} // namespace tz::server
