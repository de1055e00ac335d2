// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

namespace orgevents {
inline const QString unitCreated = QStringLiteral("OrgUnitCreated"); // {name, level, parent}
inline const QString unitRenamed = QStringLiteral("OrgUnitRenamed"); // {name}
inline const QString departmentCreated = QStringLiteral("DepartmentCreated"); // {org, name}
inline const QString departmentRenamed = QStringLiteral("DepartmentRenamed"); // {name}
inline const QString departmentRetired = QStringLiteral("DepartmentRetired"); // {}
} // namespace orgevents

class OrgUnitProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::OrgUnit; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("org_units")}; }
};

class DepartmentProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::Department; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("departments")}; }
};

} // namespace tz
