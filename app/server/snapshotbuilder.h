// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "eventstore.h"
#include "snapshotstore.h"

#include <functional>

namespace tz::server {

// Builds the starting copy of one scope's ledger for new devices: a replica ledger, made in a
// temporary folder, that takes in every event the scope's devices would pull, folded by core as
// on a device (its cases' text left to the device's index backlog). The file is stored in the
// server's database in compressed chunks, replacing the scope's older copy. A new device then
// downloads one file instead of folding the scope's whole history event by event.
class SnapshotBuilder
{
public:
    // Reads what the scope's devices would pull from `events`, keeps the copy in `snapshots`.
    SnapshotBuilder(EventStore &events, SnapshotStore &snapshots);
    // `progress` hears the events taken in so far.
    [[nodiscard]] Result<SnapshotInfo> build(
        const QString &scope, const std::function<void(qint64 events)> &progress = {});

private:
    EventStore &m_events;
    SnapshotStore &m_snapshots;
};

} // namespace tz::server
