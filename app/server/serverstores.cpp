// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "serverstores.h"

#include "storeschema.h"

namespace tz::server {

ServerStores::ServerStores(std::unique_ptr<StoreDatabase> database)
    : m_database(std::move(database))
    , m_devices(*m_database)
    , m_actors(*m_database)
    , m_files(*m_database)
    , m_events(*m_database, m_actors, m_files)
    , m_snapshots(*m_database)
{
}

Result<std::unique_ptr<ServerStores>> ServerStores::open(const QString &spec)
{
    Result<std::unique_ptr<StoreDatabase>> database = StoreDatabase::open(spec);
    if (!database)
        return database.error();
    std::unique_ptr<ServerStores> stores(new ServerStores(std::move(*database)));
    if (Status migrated = StoreSchema::migrate(*stores->m_database, stores->m_actors, stores->m_files);
        !migrated)
        return migrated.error();
    return stores;
}

} // namespace tz::server
