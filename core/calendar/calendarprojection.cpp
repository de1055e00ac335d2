// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "calendar/calendarprojection.h"

#include "ledger/sqldatabase.h"

namespace tz {

void CalendarDayProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("DELETE FROM calendar_days WHERE date = ?1").bind(1, aggregateId).run();
}

void CalendarDayProjection::apply(SqlDatabase &db, const Event &event)
{
    if (event.type == calendarevents::daySet) {
        db.cached("INSERT OR REPLACE INTO calendar_days (date, kind, name) VALUES (?1, ?2, ?3)")
            .bind(1, event.aggregateId)
            .bind(2, event.payload.value(QLatin1String("kind")).toInt())
            .bind(3, event.payload.value(QLatin1String("name")).toString())
            .run();
    } else if (event.type == calendarevents::dayCleared) {
        clear(db, event.aggregateId);
    }
}

void SettingProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    if (aggregateId.startsWith(QLatin1String("deadline/"))) {
        const QStringList parts = aggregateId.split(QLatin1Char('/'));
        db.cached("DELETE FROM deadline_rules WHERE org_code = ?1 AND handling = ?2")
            .bind(1, parts.value(1))
            .bind(2, parts.value(2).toInt())
            .run();
    } else {
        db.cached("DELETE FROM settings WHERE key = ?1").bind(1, aggregateId).run();
    }
}

void SettingProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == settingevents::changed) {
        db.cached("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("value")).toString())
            .run();
    } else if (event.type == settingevents::deadlineSet) {
        db.cached("INSERT OR REPLACE INTO deadline_rules (org_code, handling, days) VALUES (?1, ?2, ?3)")
            .bind(1, p.value(QLatin1String("org")).toString())
            .bind(2, p.value(QLatin1String("handling")).toInt())
            .bind(3, p.value(QLatin1String("days")).toInt())
            .run();
    } else if (event.type == settingevents::deadlineCleared) {
        clear(db, event.aggregateId);
    }
}

} // namespace tz
