// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/auth/userprojection.h"

#include "core/ledger/sqldatabase.h"

namespace tz {

void UserProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("UserProjection::clear", "DELETE FROM users WHERE id = ?1").bind(1, aggregateId).run();
}

void UserProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == userevents::created) {
        db.cached("UserProjection::apply/insert users",
              "INSERT OR REPLACE INTO users (id, login, display_name, role, org_code, department_id, "
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
        db.cached("UserProjection::apply/update users.password_hash",
              "UPDATE users SET password_hash = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("password")).toString())
            .run();
    } else if (event.type == userevents::deactivated) {
        db.cached("UserProjection::apply/update users.active", "UPDATE users SET active = 0 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .run();
    } else if (event.type == userevents::signedIn) {
        db.cached("UserProjection::apply/update users.failed_sign_ins",
              "UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bind(2, static_cast<qint64>(p.value(QLatin1String("at")).toDouble()))
            .run();
    } else if (event.type == userevents::signInFailed) {
        // The fifth failure in a row locks for ten minutes and starts the count again.
        db.cached("UserProjection::apply/update users.locked_until",
              "UPDATE users SET locked_until = CASE WHEN failed_sign_ins + 1 >= ?3 THEN ?2 + ?4 "
              "ELSE locked_until END, failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ?3 THEN 0 "
              "ELSE failed_sign_ins + 1 END WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bind(2, static_cast<qint64>(p.value(QLatin1String("at")).toDouble()))
            .bind(3, signin::kMaxFailures)
            .bind(4, signin::kLockMs)
            .run();
    }
}

} // namespace tz
