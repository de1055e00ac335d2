// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "snapshotbuilder.h"

#include "core/ledger/ledger.h"
#include "core/sync/wire.h"
#include "core/workspace/workspace.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace tz::server {
namespace {

constexpr qsizetype kBatchBytes = 16 * 1024 * 1024;

} // namespace

SnapshotBuilder::SnapshotBuilder(EventStore &events, SnapshotStore &snapshots)
    : m_events(events)
    , m_snapshots(snapshots)
{
}

Result<SnapshotInfo> SnapshotBuilder::build(const QString &scope, const std::function<void(qint64)> &progress)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error {ErrorKind::Io, QStringLiteral("no temporary folder for the snapshot"), {}};
    const QString path = QDir(dir.path()).filePath(QStringLiteral("snapshot.taizhang"));
    SnapshotInfo info;
    info.scope = scope;
    info.createdMs = QDateTime::currentMSecsSinceEpoch();
    {
        Workspace::InitOptions options;
        options.replica = true;
        options.deviceLabel = QStringLiteral("snapshot ") + scope;
        Result<std::unique_ptr<Workspace>> workspace = Workspace::init(path, options);
        if (!workspace)
            return workspace.error();
        Ledger &ledger = (*workspace)->ledger();
        // What a device bound to the scope pulls (no events of its own to skip).
        const DeviceAuth reader {QString(), scope};
        qint64 taken = 0;
        while (true) {
            Result<PullBatch> batch = m_events.pull(reader, info.cursor, kBatchBytes);
            if (!batch)
                return batch.error();
            QList<Event> events;
            events.reserve(batch->bodies.size());
            for (const QByteArray &body : std::as_const(batch->bodies)) {
                Result<Event> event = wire::decodeEvent(QCborValue::fromCbor(body));
                if (!event)
                    return event.error();
                events.append(std::move(*event));
            }
            if (Result<int> added = ledger.ingest(events, batch->drops); !added)
                return added.error();
            info.cursor = batch->cursor;
            taken += events.size();
            if (progress)
                progress(taken);
            if (!batch->more)
                break;
        }
    } // closed: the file is whole, without a write-ahead log beside it
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::Io, file.errorString(), {}};
    info.size = file.size();
    QList<QByteArray> chunks;
    while (!file.atEnd())
        chunks.append(qCompress(file.read(wire::kSnapshotChunk), 6));
    info.chunks = static_cast<int>(chunks.size());
    Result<qint64> id = m_snapshots.saveSnapshot(info, chunks);
    if (!id)
        return id.error();
    info.id = *id;
    return info;
}

} // namespace tz::server
