// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tz::server {

class StoreDatabase;

// A server-built copy of one scope's ledger (see SnapshotBuilder), stored in chunks of
// wire::kSnapshotChunk bytes of the file, each compressed on its own (zlib's checksum guards
// each; the device's SQLite reads every page of the copy as it takes it in).
struct SnapshotInfo
{
    qint64 id = 0;
    QString scope;
    qint64 cursor = 0; // the feed position it holds everything up to
    qint64 createdMs = 0;
    qint64 size = 0; // bytes of the ledger file
    int chunks = 0;
};

// The starting copies of new devices (`snapshots`, `snapshot_chunks`): the newest of each scope,
// its chunks, and which ones the feed has left behind.
class SnapshotStore
{
public:
    explicit SnapshotStore(StoreDatabase &database);

    // Stores a snapshot (all or nothing) and drops the scope's older ones; answers its id.
    [[nodiscard]] Result<qint64> saveSnapshot(const SnapshotInfo &info, const QList<QByteArray> &chunks);
    // The newest snapshot of a scope, if any.
    [[nodiscard]] Result<std::optional<SnapshotInfo>> latestSnapshot(const QString &scope);
    // Units whose newest copy was made before `beforeMs` and whose feed has moved on since.
    [[nodiscard]] Result<QStringList> staleSnapshotScopes(qint64 beforeMs);
    // One compressed chunk; an error of kind NotFound when the snapshot is gone (a newer one
    // replaced it) or has no such chunk.
    [[nodiscard]] Result<QByteArray> snapshotChunk(qint64 id, int n);

private:
    StoreDatabase &m_db;
};

} // namespace tz::server
