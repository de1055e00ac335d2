// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/snapshotdownload.h"

#include "core/common/boundedinflate.h"
#include "core/ledger/ledger.h"
#include "core/ledger/snapshotadoption.h"
#include "core/ledger/sqldatabase.h"
#include "core/sync/syncstate.h"
#include "core/sync/wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDebug>
#include <QFile>

namespace tz {
namespace {

Error badCopy()
{
    return Error {ErrorKind::Corrupt,
        QCoreApplication::translate("tz::SnapshotDownload",
            "The server's starting copy arrived damaged; it will be fetched again. Nothing here was "
            "lost."),
        {}};
}

} // namespace

SnapshotDownload::SnapshotDownload(Ledger &ledger)
    : m_ledger(ledger)
{
}

QString SnapshotDownload::partPath() const
{
    return m_ledger.path() + QStringLiteral(".snapshot");
}

bool SnapshotDownload::wanted()
{
    SqlDatabase &db = m_ledger.db();
    return syncstate::get(db, "cursor").toLongLong() == 0 && syncstate::get(db, "snapshot_refused").isEmpty()
        && db.scalar("SELECT EXISTS (SELECT 1 FROM events)") == 0;
}

QByteArray SnapshotDownload::nextRequest()
{
    SqlDatabase &db = m_ledger.db();
    QCborMap request;
    const QString id = syncstate::get(db, "snapshot_id");
    if (!id.isEmpty() && QFile::exists(partPath())) {
        request.insert(wire::SnapshotId, id.toLongLong());
        request.insert(wire::Chunk, syncstate::get(db, "snapshot_next").toLongLong());
    } else {
        request.insert(wire::Chunk, 0);
    }
    return wire::pack(request);
}

void SnapshotDownload::abandon()
{
    QFile::remove(partPath());
    // Only bookkeeping: if it fails, a stale id makes the server start the download over.
    (void)m_ledger.writeState([](SqlDatabase &db) {
        syncstate::remove(db, "snapshot_id");
        syncstate::remove(db, "snapshot_next");
    });
}

Result<SnapshotDownload::Step> SnapshotDownload::take(const QByteArray &answer)
{
    if (answer.size() > wire::kSnapshotAnswer + wire::kMaxBody)
        return badCopy();
    const std::optional<QCborMap> parsed = wire::parseMap(answer);
    if (!parsed)
        return badCopy();
    const QCborMap &map = *parsed;
    const qint64 id = map.value(wire::SnapshotId).toInteger();
    const qint64 cursor = map.value(wire::Cursor).toInteger(-1);
    const qint64 size = map.value(wire::Size).toInteger(-1);
    const qint64 chunks = map.value(wire::Chunks).toInteger(-1);
    const qint64 first = map.value(wire::Chunk).toInteger(-1);
    const QCborArray data = map.value(wire::Data).toArray();
    if (id <= 0 || cursor < 0 || size <= 0
        || chunks != (size + wire::kSnapshotChunk - 1) / wire::kSnapshotChunk || first < 0 || data.isEmpty()
        || first + data.size() > chunks)
        return badCopy();
    m_total = size;
    try {
        SqlDatabase &db = m_ledger.db();
        const bool sameCopy
            = syncstate::get(db, "snapshot_id").toLongLong() == id && QFile::exists(partPath());
        const qint64 next = sameCopy ? syncstate::get(db, "snapshot_next").toLongLong() : 0;
        if (first != next && first != 0)
            return badCopy();
        QFile file(partPath());
        // The copy becomes this device's ledger: its owner's alone from its first byte.
        if (!file.open(first == 0 ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::ReadWrite,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error {ErrorKind::Io, file.errorString(), {}};
        file.seek(first * wire::kSnapshotChunk);
        for (qsizetype i = 0; i < data.size(); ++i) {
            const qint64 n = first + i;
            const qint64 expected = std::min<qint64>(wire::kSnapshotChunk, size - n * wire::kSnapshotChunk);
            // Never more than a chunk, whatever the piece's header claims; zlib's checksum
            // catches damage.
            const QByteArray bytes
                = uncompressBounded(data.at(i).toByteArray(), wire::kSnapshotChunk).value_or(QByteArray());
            if (bytes.size() != expected) {
                file.close();
                abandon();
                return badCopy();
            }
            if (file.write(bytes) != bytes.size())
                return Error {ErrorKind::Io, file.errorString(), {}};
        }
        if (!file.flush())
            return Error {ErrorKind::Io, file.errorString(), {}};
        file.close();
        const qint64 done = first + data.size();
        m_received = std::min(size, done * wire::kSnapshotChunk);
        if (Status noted = m_ledger.writeState([&](SqlDatabase &state) {
                syncstate::set(state, "snapshot_id", QString::number(id));
                syncstate::set(state, "snapshot_next", QString::number(done));
            });
            !noted)
            return noted.error();
        if (done < chunks)
            return Step::More;
        const Status adopted
            = SnapshotAdoption(m_ledger).adopt(partPath(), [cursor](SqlDatabase &inTransaction) {
                  syncstate::set(inTransaction, "cursor", QString::number(cursor));
                  syncstate::remove(inTransaction, "snapshot_id");
                  syncstate::remove(inTransaction, "snapshot_next");
              });
        if (!adopted) {
            abandon();
            if (adopted.error().kind == ErrorKind::Conflict)
                return Step::Skipped; // something was recorded here meanwhile, or another version
            if (adopted.error().kind != ErrorKind::Corrupt)
                return adopted.error();
            // The copy failed its check: fetched again it would fail again, and every sync would
            // stop there. The events come one by one instead, each checked as it arrives.
            if (Status noted = m_ledger.writeState([id](SqlDatabase &state) {
                    syncstate::set(state, "snapshot_refused", QString::number(id));
                });
                !noted)
                return noted.error();
            m_refusal = QCoreApplication::translate(
                "tz::SnapshotDownload", "%1 The records of this unit are received one by one instead.")
                            .arg(adopted.error().message);
            qWarning().noquote() << "sync: starting copy" << id << "refused:" << m_refusal;
            return Step::Refused;
        }
        QFile::remove(partPath());
        return Step::Done;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz
