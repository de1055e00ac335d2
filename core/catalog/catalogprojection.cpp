// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/catalog/catalogprojection.h"

#include "core/ledger/sqldatabase.h"

namespace tz {

void CatalogProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("CatalogProjection::clear", "DELETE FROM catalog_items WHERE id = ?1")
        .bind(1, aggregateId)
        .run();
}

void CatalogProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == catalogevents::defined) {
        db.cached("CatalogProjection::apply/insert catalog_items",
              "INSERT OR REPLACE INTO catalog_items (id, name, list, handling, department, deadline_days, "
              "pinyin, initials, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("name")).toString())
            .bind(3, p.value(QLatin1String("list")).toInt())
            .bind(4, p.value(QLatin1String("handling")).toInt())
            .bind(5, p.value(QLatin1String("department")).toString())
            .bind(6, p.value(QLatin1String("deadlineDays")).toInt())
            .bind(7, p.value(QLatin1String("pinyin")).toString())
            .bind(8, p.value(QLatin1String("initials")).toString())
            .run();
    } else if (event.type == catalogevents::retired) {
        db.cached("CatalogProjection::apply/update catalog_items.active",
              "UPDATE catalog_items SET active = 0 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .run();
    }
}

} // namespace tz
