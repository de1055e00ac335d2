// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "serverstore.h"

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
    explicit SnapshotBuilder(ServerStore &store);
    // `progress` hears the events taken in so far.
    [[nodiscard]] Result<SnapshotInfo> build(
        const QString &scope, const std::function<void(qint64 events)> &progress = {});

private:
    ServerStore &m_store;
};

} // namespace tz::server
