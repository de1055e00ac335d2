// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "auth/userprojection.h"

#include "ledger/sqldatabase.h"

namespace tz {

void UserProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("DELETE FROM users WHERE id = ?1").bind(1, aggregateId).run();
}

void UserProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == userevents::created) {
        db.cached("INSERT OR REPLACE INTO users (id, login, display_name, role, org_code, department_id, "
                  "password_hash, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("login")).toString())
            .bind(3, p.value(QLatin1String("name")).toString())
            .bind(4, p.value(QLatin1String("role")).toInt())
            .bind(5, p.value(QLatin1String("org")).toString())
            .bindText(6, p.value(QLatin1String("department")).toString())
            .bind(7, p.value(QLatin1String("password")).toString())
            .run();
    } else if (event.type == userevents::passwordChanged) {
        db.cached("UPDATE users SET password_hash = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("password")).toString())
            .run();
    } else if (event.type == userevents::deactivated) {
        db.cached("UPDATE users SET active = 0 WHERE id = ?1").bind(1, event.aggregateId).run();
    }
}

} // namespace tz
