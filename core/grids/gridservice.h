// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/auth/userservice.h"
#include "core/common/error.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tz {

class Ledger;
class OrgService;

struct Grid
{
    QString id;
    QString villageCode;
    QString parentGridId;
    QString name;
    QString captainId;
    QStringList workerIds;
};

// 一户一档: one household, its address and head, in the smallest grid.
struct Household
{
    QString id;
    QString gridId;
    QString address;
    QString headId;
};

// Grids below villages (they may nest: 村民小组 → 联户), their captain and workers, and the
// households in the smallest grids.
class GridService
{
public:
    GridService(Ledger &ledger, OrgService &org, UserService &users);

    [[nodiscard]] Result<Grid> createGrid(
        const Actor &actor, const QString &villageCode, const QString &parentGridId, const QString &name);
    [[nodiscard]] Status assignCaptain(const Actor &actor, const QString &gridId, const QString &userId);
    [[nodiscard]] Status addWorker(const Actor &actor, const QString &gridId, const QString &userId);
    [[nodiscard]] Status removeWorker(const Actor &actor, const QString &gridId, const QString &userId);
    [[nodiscard]] Result<Household> createHousehold(const Actor &actor, const QString &gridId,
        const QString &address, const QString &headResidentId = {});
    [[nodiscard]] Status setHouseholdHead(
        const Actor &actor, const QString &householdId, const QString &residentId);

    // Who may be a grid's captain or worker: the active grid workers (网格员) of its village.
    [[nodiscard]] QList<User> eligiblePeople(const QString &villageCode);

    [[nodiscard]] std::optional<Grid> grid(const QString &id);
    [[nodiscard]] QList<Grid> grids(const QString &villageCode); // every grid of a village, nested ones too
    [[nodiscard]] QList<Grid> children(const QString &gridId);
    [[nodiscard]] std::optional<Household> household(const QString &id);
    [[nodiscard]] QList<Household> households(const QString &gridId);

private:
    Status mayManage(const Actor &actor, const QString &villageCode);
    // The grid, when it exists and the actor may change it.
    Result<Grid> manageable(const Actor &actor, const QString &gridId);
    Status mayServe(const Grid &grid, const QString &userId);
    QStringList workersOf(const QString &gridId);
    QList<Grid> gridsWhere(const char *name, const char *sql, const QString &key);
    Ledger &m_ledger;
    OrgService &m_org;
    UserService &m_users;
};

} // namespace tz
