// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

namespace tz::server {

class ActorStore;
class FileStore;
class StoreDatabase;

// The server's tables, the same in both dialects, and the changes that bring a store made by an
// earlier version up to date, in one transaction at open. A store whose schema is newer than the
// program's is refused and left as it was.
class StoreSchema
{
public:
    // Tables that index what stored events say are filled from the events already there, through
    // the stores that keep them (`actors`, `files`).
    [[nodiscard]] static Status migrate(StoreDatabase &database, ActorStore &actors, FileStore &files);

private:
    // Fills actor_roles and actor_units (file_refs from before version 4, case_numbers from
    // before version 7) from the events already stored, for a store made by an earlier version.
    static void indexStoredEvents(
        StoreDatabase &database, ActorStore &actors, FileStore &files, int fromVersion);
};

} // namespace tz::server
