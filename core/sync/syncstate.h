// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

namespace tz {

class SqlDatabase;

// Where this device stands with its server: the sync_state table (migration 0007), one value per
// key. Writes join the caller's open transaction.
namespace syncstate {

QString get(SqlDatabase &db, const char *key);
void set(SqlDatabase &db, const char *key, const QString &value);
void remove(SqlDatabase &db, const char *key);

} // namespace syncstate
} // namespace tz
