// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/calendar/calendarprojection.h"

#include "core/ledger/sqldatabase.h"

namespace tz {

void CalendarDayProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("CalendarDayProjection::clear", "DELETE FROM calendar_days WHERE date = ?1")
        .bind(1, aggregateId)
        .run();
}

void CalendarDayProjection::apply(SqlDatabase &db, const Event &event)
{
    if (event.type == calendarevents::daySet) {
        db.cached("CalendarDayProjection::apply",
              "INSERT OR REPLACE INTO calendar_days (date, kind, name) VALUES (?1, ?2, ?3)")
            .bind(1, event.aggregateId)
            .bind(2, event.payload.value(QLatin1String("kind")).toInt())
            .bind(3, event.payload.value(QLatin1String("name")).toString())
            .run();
    } else if (event.type == calendarevents::dayCleared) {
        clear(db, event.aggregateId);
    }
}

} // namespace tz
