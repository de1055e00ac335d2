// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QtGlobal>

namespace tz {

class SqlDatabase;

// The cases whose text the search index has not caught up with (migration 0008 keeps the list
// with triggers). Indexing a case's text costs several times more than storing the case, so a
// large batch (a device's first sync) defers it and the ledger works the backlog off in small
// transactions afterwards; search reads the listed cases directly until then.
namespace textbacklog {

// Inside a write transaction: from here on, changed cases go to the backlog instead of the
// index (deferred), or go to the index again (not deferred; listed cases stay listed).
void setDeferred(SqlDatabase &db, bool deferred);

// How many cases wait.
[[nodiscard]] qint64 size(SqlDatabase &db);
// Whether at most `limit` cases wait (reads no more than limit + 1 of them).
[[nodiscard]] bool atMost(SqlDatabase &db, int limit);
// Whether any case waits (what search asks before each query).
[[nodiscard]] bool any(SqlDatabase &db);

// Inside a write transaction: indexes up to `maxCases` waiting cases, oldest first, and takes
// them off the list.
void work(SqlDatabase &db, int maxCases);

} // namespace textbacklog
} // namespace tz
