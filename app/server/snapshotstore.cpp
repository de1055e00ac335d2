// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "snapshotstore.h"

#include "storedatabase.h"
#include "storesupport.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace tz::server {
using store::storageError;
using store::tr;

SnapshotStore::SnapshotStore(StoreDatabase &database)
    : m_db(database)
{
}

Result<qint64> SnapshotStore::saveSnapshot(const SnapshotInfo &info, const QList<QByteArray> &chunks)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        m_db.transaction();
        QSqlQuery &insert
            = m_db.run(QStringLiteral("INSERT INTO snapshots (scope, cursor, created_ms, size, chunks) "
                                      "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {info.scope, info.cursor, info.createdMs, info.size, static_cast<int>(chunks.size())});
        if (!insert.next())
            throw ErrorException(storageError(insert.lastError()));
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        for (qsizetype n = 0; n < chunks.size(); ++n)
            m_db.run(QStringLiteral("INSERT INTO snapshot_chunks (snapshot, n, data) VALUES (?, ?, ?)"),
                {id, static_cast<int>(n), chunks.at(n)});
        // A device still downloading an older one is told it is gone and starts on this one.
        m_db.run(
            QStringLiteral("DELETE FROM snapshot_chunks WHERE snapshot IN (SELECT id FROM snapshots WHERE "
                           "scope = ? AND id < ?)"),
            {info.scope, id});
        m_db.run(QStringLiteral("DELETE FROM snapshots WHERE scope = ? AND id < ?"), {info.scope, id});
        m_db.commit();
        return id;
    } catch (const ErrorException &e) {
        m_db.rollback();
        return e.error();
    }
}

Result<QStringList> SnapshotStore::staleSnapshotScopes(qint64 beforeMs)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        QSqlQuery &old
            = m_db.run(QStringLiteral("SELECT s.scope, s.cursor FROM snapshots s WHERE s.created_ms < ? "
                                      "AND s.id = (SELECT MAX(id) FROM snapshots t WHERE t.scope = "
                                      "s.scope) ORDER BY s.scope"),
                {beforeMs});
        QList<QPair<QString, qint64>> candidates;
        while (old.next())
            candidates.append({old.value(0).toString(), old.value(1).toLongLong()});
        old.finish();
        QStringList stale;
        for (const auto &[scope, cursor] : std::as_const(candidates)) {
            QSqlQuery &moved = m_db.run(
                QStringLiteral("SELECT 1 FROM feed WHERE (scope = ? OR scope = '*') AND fseq > ? LIMIT 1"),
                {scope, cursor});
            if (moved.next())
                stale.append(scope);
            moved.finish();
        }
        return stale;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<std::optional<SnapshotInfo>> SnapshotStore::latestSnapshot(const QString &scope)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        QSqlQuery &query
            = m_db.run(QStringLiteral("SELECT id, cursor, created_ms, size, chunks FROM snapshots "
                                      "WHERE scope = ? ORDER BY id DESC LIMIT 1"),
                {scope});
        if (!query.next())
            return std::optional<SnapshotInfo> {};
        SnapshotInfo info;
        info.id = query.value(0).toLongLong();
        info.scope = scope;
        info.cursor = query.value(1).toLongLong();
        info.createdMs = query.value(2).toLongLong();
        info.size = query.value(3).toLongLong();
        info.chunks = query.value(4).toInt();
        return std::optional<SnapshotInfo> {info};
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<QByteArray> SnapshotStore::snapshotChunk(qint64 id, int n)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        QSqlQuery &query = m_db.run(
            QStringLiteral("SELECT data FROM snapshot_chunks WHERE snapshot = ? AND n = ?"), {id, n});
        if (!query.next())
            return Error::notFound(tr("no such snapshot chunk"));
        return query.value(0).toByteArray();
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz::server
