// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/syncstate.h"

#include "core/ledger/sqldatabase.h"

namespace tz::syncstate {

QString get(SqlDatabase &db, const char *key)
{
    return db.cached("syncstate::get", "SELECT value FROM sync_state WHERE key = ?1")
        .bind(1, key)
        .first([](const SqlStatement &row) { return row.text(0); })
        .value_or(QString());
}

void set(SqlDatabase &db, const char *key, const QString &value)
{
    db.cached("syncstate::set",
          "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void remove(SqlDatabase &db, const char *key)
{
    db.cached("syncstate::remove", "DELETE FROM sync_state WHERE key = ?1").bind(1, key).run();
}

} // namespace tz::syncstate
