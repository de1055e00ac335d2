// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "actorstore.h"
#include "devicestore.h"
#include "eventstore.h"
#include "filestore.h"
#include "snapshotstore.h"
#include "storedatabase.h"

#include "core/common/error.h"

#include <QString>

#include <memory>

namespace tz::server {

// The server's stores, each with one job, over one database connection: opened, brought up to
// date (StoreSchema) and wired together here. It only owns them; callers use the store they need.
//   devices()   enrollment codes, secrets, access tokens, the devices      (DeviceStore)
//   actors()    the users the server knows and who may act                 (ActorStore)
//   events()    push, pull, where events are filed, the checksum           (EventStore)
//   files()     attachments and which records refer to them                (FileStore)
//   snapshots() starting copies of new devices                             (SnapshotStore)
class ServerStores
{
public:
    // `spec` is "sqlite:PATH" or "postgresql://user[:password]@host[:port]/dbname".
    static Result<std::unique_ptr<ServerStores>> open(const QString &spec);
    ServerStores(const ServerStores &) = delete;
    ServerStores &operator=(const ServerStores &) = delete;

    // "sqlite" or "postgresql".
    [[nodiscard]] QString kind() const { return m_database->kind(); }

    DeviceStore &devices() { return m_devices; }
    ActorStore &actors() { return m_actors; }
    EventStore &events() { return m_events; }
    FileStore &files() { return m_files; }
    SnapshotStore &snapshots() { return m_snapshots; }

private:
    explicit ServerStores(std::unique_ptr<StoreDatabase> database);

    std::unique_ptr<StoreDatabase> m_database;
    DeviceStore m_devices;
    ActorStore m_actors;
    FileStore m_files;
    EventStore m_events;
    SnapshotStore m_snapshots;
};

} // namespace tz::server
