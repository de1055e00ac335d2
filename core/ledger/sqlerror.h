// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

struct sqlite3;

namespace tz {

// Turns an SQLite result code into an Error whose message a clerk can act on.
Error sqlError(sqlite3 *db, int rc, const QString &sql);

} // namespace tz
