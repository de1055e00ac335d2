// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

namespace gridevents {
inline const QString created = QStringLiteral("GridCreated"); // {village, parent, name}
inline const QString renamed = QStringLiteral("GridRenamed"); // {name}
inline const QString captainAssigned = QStringLiteral("GridCaptainAssigned"); // {user}
inline const QString workerAdded = QStringLiteral("GridWorkerAdded"); // {user}
inline const QString workerRemoved = QStringLiteral("GridWorkerRemoved"); // {user}
inline const QString householdCreated = QStringLiteral("HouseholdCreated"); // {grid, address, head}
inline const QString householdHeadSet = QStringLiteral("HouseholdHeadSet"); // {head}
} // namespace gridevents

class GridProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::Grid; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("grids"), QStringLiteral("grid_workers")}; }
};

class HouseholdProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::Household; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("households")}; }
};

} // namespace tz
