// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/org/orgprojection.h"

#include "core/ledger/sqldatabase.h"

namespace tz {

void OrgUnitProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("OrgUnitProjection::clear", "DELETE FROM org_units WHERE code = ?1").bind(1, aggregateId).run();
}

void OrgUnitProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == orgevents::unitCreated) {
        db.cached("OrgUnitProjection::apply/insert org_units",
              "INSERT OR REPLACE INTO org_units (code, name, level, parent_code) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("name")).toString())
            .bind(3, p.value(QLatin1String("level")).toInt())
            .bindText(4, p.value(QLatin1String("parent")).toString())
            .run();
    } else if (event.type == orgevents::unitRenamed) {
        db.cached("OrgUnitProjection::apply/update org_units.name",
              "UPDATE org_units SET name = ?2 WHERE code = ?1")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("name")).toString())
            .run();
    }
}

void DepartmentProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("DepartmentProjection::clear", "DELETE FROM departments WHERE id = ?1")
        .bind(1, aggregateId)
        .run();
}

void DepartmentProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == orgevents::departmentCreated) {
        db.cached("DepartmentProjection::apply/insert departments",
              "INSERT OR REPLACE INTO departments (id, org_code, name, active) VALUES (?1, ?2, ?3, 1)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("org")).toString())
            .bind(3, p.value(QLatin1String("name")).toString())
            .run();
    } else if (event.type == orgevents::departmentRenamed) {
        db.cached("DepartmentProjection::apply/update departments.name",
              "UPDATE departments SET name = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("name")).toString())
            .run();
    } else if (event.type == orgevents::departmentRetired) {
        db.cached("DepartmentProjection::apply/update departments.active",
              "UPDATE departments SET active = 0 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .run();
    }
}

} // namespace tz
