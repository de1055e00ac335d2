// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/grids/gridprojection.h"

#include "core/ledger/sqldatabase.h"

namespace tz {

void GridProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("GridProjection::clear/delete grids", "DELETE FROM grids WHERE id = ?1")
        .bind(1, aggregateId)
        .run();
    db.cached("GridProjection::clear/delete grid_workers", "DELETE FROM grid_workers WHERE grid_id = ?1")
        .bind(1, aggregateId)
        .run();
}

void GridProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    const QString user = p.value(QLatin1String("user")).toString();
    if (event.type == gridevents::created) {
        db.cached("GridProjection::apply/insert grids",
              "INSERT OR REPLACE INTO grids (id, village_code, parent_grid_id, name, active) "
              "VALUES (?1, ?2, ?3, ?4, 1)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("village")).toString())
            .bindText(3, p.value(QLatin1String("parent")).toString())
            .bind(4, p.value(QLatin1String("name")).toString())
            .run();
    } else if (event.type == gridevents::renamed) {
        db.cached("GridProjection::apply/update grids.name", "UPDATE grids SET name = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("name")).toString())
            .run();
    } else if (event.type == gridevents::captainAssigned) {
        db.cached("GridProjection::apply/update grids.captain_id",
              "UPDATE grids SET captain_id = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bindText(2, user)
            .run();
    } else if (event.type == gridevents::workerAdded) {
        db.cached("GridProjection::apply/insert grid_workers",
              "INSERT OR IGNORE INTO grid_workers (grid_id, user_id) VALUES (?1, ?2)")
            .bind(1, event.aggregateId)
            .bind(2, user)
            .run();
    } else if (event.type == gridevents::workerRemoved) {
        db.cached("GridProjection::apply/delete grid_workers",
              "DELETE FROM grid_workers WHERE grid_id = ?1 AND user_id = ?2")
            .bind(1, event.aggregateId)
            .bind(2, user)
            .run();
    }
}

void HouseholdProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("HouseholdProjection::clear", "DELETE FROM households WHERE id = ?1")
        .bind(1, aggregateId)
        .run();
}

void HouseholdProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == gridevents::householdCreated) {
        db.cached("HouseholdProjection::apply/insert households",
              "INSERT OR REPLACE INTO households (id, grid_id, address, head_id) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("grid")).toString())
            .bind(3, p.value(QLatin1String("address")).toString())
            .bindText(4, p.value(QLatin1String("head")).toString())
            .run();
    } else if (event.type == gridevents::householdHeadSet) {
        db.cached("HouseholdProjection::apply/update households.head_id",
              "UPDATE households SET head_id = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bindText(2, p.value(QLatin1String("head")).toString())
            .run();
    }
}

} // namespace tz
