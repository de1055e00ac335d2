// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/grids/gridservice.h"

#include "core/auth/userservice.h"
#include "core/common/uuid.h"
#include "core/grids/gridprojection.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/orgservice.h"

#include <QCoreApplication>

namespace tz {
namespace {

// The columns readGrid() reads, in its order: every SELECT of grids starts so.
#define TZ_GRID_SELECT                                                                                       \
    "SELECT id, village_code, IFNULL(parent_grid_id, ''), name, IFNULL(captain_id, '') FROM grids "

Grid readGrid(SqlStatement &s)
{
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), {}};
}

} // namespace

GridService::GridService(Ledger &ledger, OrgService &org, UserService &users)
    : m_ledger(ledger)
    , m_org(org)
    , m_users(users)
{
}

Status GridService::mayManage(const Actor &actor, const QString &villageCode)
{
    if (actor.role != Role::Admin && actor.role != Role::Supervisor)
        return Error::forbidden(QCoreApplication::translate(
            "tz::Grids", "Only an administrator or a supervisor may change grids."));
    if (!actor.covers(villageCode))
        return Error::forbidden(
            QCoreApplication::translate("tz::Grids", "Village %1 is outside your part of the org tree.")
                .arg(villageCode));
    return {};
}

Result<Grid> GridService::createGrid(
    const Actor &actor, const QString &villageCode, const QString &parentGridId, const QString &name)
{
    const std::optional<OrgUnit> village = m_org.unit(villageCode);
    if (!village || village->level != OrgLevel::Village)
        return Error::invalid(
            QCoreApplication::translate("tz::Grids", "Grids hang below a village; %1 is not a village.")
                .arg(villageCode),
            QStringLiteral("village"));
    if (Status allowed = mayManage(actor, villageCode); !allowed)
        return allowed.error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return Error::invalid(
            QCoreApplication::translate("tz::Grids", "A grid needs a name of 1 to 40 characters."),
            QStringLiteral("name"));
    if (!parentGridId.isEmpty()) {
        const std::optional<Grid> parent = grid(parentGridId);
        if (!parent || parent->villageCode != villageCode)
            return Error::invalid(
                QCoreApplication::translate("tz::Grids", "The parent grid is not in the same village."),
                QStringLiteral("parent"));
        if (!households(parentGridId).isEmpty())
            return Error::invalid(
                QCoreApplication::translate("tz::Grids",
                    "Grid %1 already holds households; they belong to the smallest grid, so it "
                    "cannot be divided.")
                    .arg(parent->name),
                QStringLiteral("parent"));
    }
    Grid created {Uuid7::toString(Uuid7::generate()), villageCode, parentGridId, trimmed, {}, {}};
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Grid, created.id, gridevents::created,
            {{QStringLiteral("village"), villageCode}, {QStringLiteral("parent"), parentGridId},
                {QStringLiteral("name"), trimmed}});
    });
    if (!written)
        return written.error();
    return created;
}

Result<Grid> GridService::manageable(const Actor &actor, const QString &gridId)
{
    std::optional<Grid> target = grid(gridId);
    if (!target)
        return Error::notFound(QCoreApplication::translate("tz::Grids", "There is no such grid."));
    if (Status allowed = mayManage(actor, target->villageCode); !allowed)
        return allowed.error();
    return std::move(*target);
}

QList<User> GridService::eligiblePeople(const QString &villageCode)
{
    QList<User> people;
    for (const User &user : m_users.all())
        if (user.active && user.orgCode == villageCode && user.role == Role::GridWorker)
            people.append(user);
    return people;
}

Status GridService::mayServe(const Grid &grid, const QString &userId)
{
    const std::optional<User> user = m_users.byId(userId);
    if (!user || !user->active)
        return Error::notFound(QCoreApplication::translate("tz::Grids", "There is no such active user."));
    if (user->role != Role::GridWorker || user->orgCode != grid.villageCode)
        return Error::invalid(QCoreApplication::translate("tz::Grids",
                                  "%1 is not a grid worker of this village: a grid's captain and workers are "
                                  "the village's grid workers (add one under Users and roles).")
                                  .arg(user->displayName),
            QStringLiteral("user"));
    return {};
}

Status GridService::assignCaptain(const Actor &actor, const QString &gridId, const QString &userId)
{
    const Result<Grid> target = manageable(actor, gridId);
    if (!target)
        return target.error();
    if (Status eligible = mayServe(*target, userId); !eligible)
        return eligible;
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(
            AggregateType::Grid, gridId, gridevents::captainAssigned, {{QStringLiteral("user"), userId}});
    });
}

Status GridService::addWorker(const Actor &actor, const QString &gridId, const QString &userId)
{
    const Result<Grid> target = manageable(actor, gridId);
    if (!target)
        return target.error();
    if (Status eligible = mayServe(*target, userId); !eligible)
        return eligible;
    if (target->workerIds.contains(userId))
        return {};
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(
            AggregateType::Grid, gridId, gridevents::workerAdded, {{QStringLiteral("user"), userId}});
    });
}

Status GridService::removeWorker(const Actor &actor, const QString &gridId, const QString &userId)
{
    const Result<Grid> target = manageable(actor, gridId);
    if (!target)
        return target.error();
    if (!target->workerIds.contains(userId))
        return {};
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(
            AggregateType::Grid, gridId, gridevents::workerRemoved, {{QStringLiteral("user"), userId}});
    });
}

Result<Household> GridService::createHousehold(
    const Actor &actor, const QString &gridId, const QString &address, const QString &headResidentId)
{
    const std::optional<Grid> target = grid(gridId);
    if (!target)
        return Error::notFound(QCoreApplication::translate("tz::Grids", "There is no such grid."));
    if (!actor.covers(target->villageCode))
        return Error::forbidden(
            QCoreApplication::translate("tz::Grids", "Village %1 is outside your part of the org tree.")
                .arg(target->villageCode));
    if (actor.role == Role::Handler)
        return Error::forbidden(
            QCoreApplication::translate("tz::Grids", "A handler may not register households."));
    if (!children(gridId).isEmpty())
        return Error::invalid(QCoreApplication::translate("tz::Grids",
                                  "Households belong to the smallest grid; %1 is divided into smaller grids.")
                                  .arg(target->name),
            QStringLiteral("grid"));
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 120)
        return Error::invalid(
            QCoreApplication::translate("tz::Grids", "A household needs an address of 1 to 120 characters."),
            QStringLiteral("address"));
    Household created {Uuid7::toString(Uuid7::generate()), gridId, trimmed, headResidentId};
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Household, created.id, gridevents::householdCreated,
            {{QStringLiteral("grid"), gridId}, {QStringLiteral("address"), trimmed},
                {QStringLiteral("head"), headResidentId}});
    });
    if (!written)
        return written.error();
    return created;
}

Status GridService::setHouseholdHead(
    const Actor &actor, const QString &householdId, const QString &residentId)
{
    const std::optional<Household> target = household(householdId);
    if (!target)
        return Error::notFound(QCoreApplication::translate("tz::Grids", "There is no such household."));
    const std::optional<Grid> owner = grid(target->gridId);
    if (owner && !actor.covers(owner->villageCode))
        return Error::forbidden(
            QCoreApplication::translate("tz::Grids", "Village %1 is outside your part of the org tree.")
                .arg(owner->villageCode));
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Household, householdId, gridevents::householdHeadSet,
            {{QStringLiteral("head"), residentId}});
    });
}

std::optional<Grid> GridService::grid(const QString &id)
{
    SqlStatement &s = m_ledger.db().cached("GridService::grid", TZ_GRID_SELECT "WHERE id = ?1");
    s.bind(1, id);
    std::optional<Grid> result;
    if (s.next())
        result = readGrid(s);
    s.reset();
    if (result)
        result->workerIds = workersOf(id);
    return result;
}

QStringList GridService::workersOf(const QString &gridId)
{
    return m_ledger.db()
        .cached(
            "GridService::workers", "SELECT user_id FROM grid_workers WHERE grid_id = ?1 ORDER BY user_id")
        .bind(1, gridId)
        .all([](const SqlStatement &row) { return row.text(0); });
}

// Grids in the order they were made (their ids are UUIDv7): 第一 … 第四 as the village numbered
// them, not by the code points of their names; each with its workers.
QList<Grid> GridService::gridsWhere(const char *name, const char *sql, const QString &key)
{
    QList<Grid> found = m_ledger.db().cached(name, sql).bind(1, key).all(readGrid);
    for (Grid &grid : found)
        grid.workerIds = workersOf(grid.id);
    return found;
}

QList<Grid> GridService::grids(const QString &villageCode)
{
    return gridsWhere(
        "GridService::grids", TZ_GRID_SELECT "WHERE village_code = ?1 ORDER BY id", villageCode);
}

QList<Grid> GridService::children(const QString &gridId)
{
    return gridsWhere(
        "GridService::children", TZ_GRID_SELECT "WHERE parent_grid_id = ?1 ORDER BY id", gridId);
}

std::optional<Household> GridService::household(const QString &id)
{
    SqlStatement &s = m_ledger.db().cached("GridService::household",
        "SELECT id, grid_id, address, IFNULL(head_id, '') FROM households WHERE id = ?1");
    s.bind(1, id);
    std::optional<Household> result;
    if (s.next())
        result = Household {s.text(0), s.text(1), s.text(2), s.text(3)};
    s.reset();
    return result;
}

QList<Household> GridService::households(const QString &gridId)
{
    SqlStatement &s = m_ledger.db().cached("GridService::households",
        "SELECT id, grid_id, address, IFNULL(head_id, '') FROM households "
        "WHERE grid_id = ?1 ORDER BY address");
    s.bind(1, gridId);
    QList<Household> result;
    while (s.next())
        result.append({s.text(0), s.text(1), s.text(2), s.text(3)});
    s.reset();
    return result;
}

} // namespace tz
