// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "filestore.h"

#include "scopefiling.h"
#include "storedatabase.h"
#include "storesupport.h"

#include "core/cases/caseevents.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace tz::server {
using store::storageError;
using store::tr;

FileStore::FileStore(StoreDatabase &database)
    : m_db(database)
{
}

QStringList FileStore::attachmentsOf(const Event &event)
{
    if (event.aggregateType != AggregateType::Case)
        return {};
    QStringList refs;
    const auto take = [&refs](const QJsonValue &ref) {
        static const QRegularExpression shape(QStringLiteral("^sha256:([0-9a-f]{64})$"));
        const QRegularExpressionMatch match = shape.match(ref.toString());
        if (match.hasMatch())
            refs.append(match.captured(1));
    };
    if (event.type == caseevents::attachmentAdded)
        take(event.payload.value(QLatin1String("ref")));
    for (const QJsonValue &a : event.payload.value(QLatin1String("attachments")).toArray())
        take(a.toObject().value(QLatin1String("ref")));
    return refs;
}

void FileStore::noteReferences(const DeviceAuth &device, const Event &event)
{
    for (const QString &hash : attachmentsOf(event)) {
        // Naming a file other units' cases hold gives no right to it: a laptop that has the photo
        // uploads it under its own case; one that only knows its hash does not.
        const Status mayName = checkFileScope(device, hash, false);
        if (!mayName && mayName.error().kind == ErrorKind::Forbidden) {
            qInfo().noquote() << "file" << hash.left(12) << "named by device" << device.id
                              << "belongs to cases outside its scope: not given to it";
            continue;
        }
        noteReference(hash, static_cast<int>(event.aggregateType), event.aggregateId);
    }
}

void FileStore::noteReference(const QString &hash, int aggregateType, const QString &aggregateId)
{
    m_db.run(QStringLiteral("INSERT INTO file_refs (hash, aggregate_type, aggregate_id) VALUES (?, ?, ?) "
                            "ON CONFLICT DO NOTHING"),
        {hash, aggregateType, aggregateId});
}

Status FileStore::checkFileScope(const DeviceAuth &device, const QString &hash, bool sending)
{
    // A unit a case has left may still send the files it attached before it heard.
    QSqlQuery &units = sending
        ? m_db.run(
            QStringLiteral("SELECT u.unit FROM file_refs r JOIN aggregate_units u ON u.aggregate_type = "
                           "r.aggregate_type AND u.aggregate_id = r.aggregate_id WHERE r.hash = ? UNION "
                           "SELECT l.unit FROM file_refs r JOIN aggregate_left l ON l.aggregate_type = "
                           "r.aggregate_type AND l.aggregate_id = r.aggregate_id WHERE r.hash = ?"),
            {hash, hash})
        : m_db.run(
            QStringLiteral("SELECT u.unit FROM file_refs r JOIN aggregate_units u ON u.aggregate_type = "
                           "r.aggregate_type AND u.aggregate_id = r.aggregate_id WHERE r.hash = ?"),
            {hash});
    bool any = false;
    bool covered = device.scope.endsWith(QLatin1String("00000000")); // the top unit sees all
    while (!covered && units.next()) {
        any = true;
        covered = scopeCovers(device.scope, units.value(0).toString());
    }
    units.finish();
    if (covered)
        return {};
    if (!any)
        return Error::notFound(tr("no case refers to this file"));
    return Error::forbidden(tr("this file belongs to cases outside this device's scope"));
}

Result<FilePiece> FileStore::putFile(
    const DeviceAuth &device, const QString &hash, qint64 size, qint64 offset, const QByteArray &data)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        m_db.transaction();
        if (Status allowed = checkFileScope(device, hash, true); !allowed)
            throw ErrorException(allowed.error());
        m_db.run(
            QStringLiteral("INSERT INTO files (hash, size, held) VALUES (?, ?, 0) ON CONFLICT DO NOTHING"),
            {hash, size});
        QSqlQuery &found
            = m_db.run(QStringLiteral("SELECT size, held, complete FROM files WHERE hash = ?"), {hash});
        if (!found.next())
            throw ErrorException(storageError(found.lastError()));
        FilePiece piece {
            found.value(0).toLongLong(), found.value(1).toLongLong(), {}, found.value(2).toInt() == 1};
        found.finish();
        if (piece.size != size && piece.offset == 0 && !piece.complete) {
            // Nothing held yet (or forgotten after a bad upload): the size now sent stands.
            m_db.run(QStringLiteral("UPDATE files SET size = ? WHERE hash = ?"), {size, hash});
            piece.size = size;
        }
        if (piece.size != size)
            throw ErrorException(Error::invalid(tr("the file's size differs from the one first announced")));
        // Only the very next bytes are taken: anything else is answered with where to go on.
        if (!piece.complete && offset == piece.offset && !data.isEmpty()) {
            if (piece.offset + data.size() > piece.size)
                throw ErrorException(Error::invalid(tr("more bytes than the file's size")));
            m_db.run(QStringLiteral("INSERT INTO file_pieces (hash, at, data) VALUES (?, ?, ?)"),
                {hash, piece.offset, data});
            piece.offset += data.size();
            if (piece.offset == piece.size) {
                QCryptographicHash sha(QCryptographicHash::Sha256);
                QSqlQuery &pieces = m_db.run(
                    QStringLiteral("SELECT data FROM file_pieces WHERE hash = ? ORDER BY at"), {hash});
                while (pieces.next())
                    sha.addData(pieces.value(0).toByteArray());
                pieces.finish();
                if (QString::fromLatin1(sha.result().toHex()) != hash) {
                    // Forget them all: the next try starts from nothing.
                    m_db.run(QStringLiteral("DELETE FROM file_pieces WHERE hash = ?"), {hash});
                    m_db.run(QStringLiteral("UPDATE files SET held = 0 WHERE hash = ?"), {hash});
                    m_db.commit();
                    return Error::invalid(tr("the bytes received do not match the file's hash"));
                }
                piece.complete = true;
            }
            m_db.run(QStringLiteral("UPDATE files SET held = ?, complete = ? WHERE hash = ?"),
                {piece.offset, piece.complete ? 1 : 0, hash});
        }
        m_db.commit();
        return piece;
    } catch (const ErrorException &e) {
        m_db.rollback();
        return e.error();
    }
}

Result<FilePiece> FileStore::getFile(
    const DeviceAuth &device, const QString &hash, qint64 offset, qsizetype maxBytes)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        if (Status allowed = checkFileScope(device, hash); !allowed)
            return allowed.error();
        QSqlQuery &found
            = m_db.run(QStringLiteral("SELECT size FROM files WHERE hash = ? AND complete = 1"), {hash});
        if (!found.next())
            return Error::notFound(tr("the server does not hold this file yet"));
        FilePiece piece {found.value(0).toLongLong(), offset, {}, true};
        found.finish();
        if (offset < 0 || offset > piece.size)
            return Error::invalid(tr("an offset outside the file"));
        // The pieces that overlap [offset, offset + maxBytes), cut to it.
        QSqlQuery &pieces
            = m_db.run(QStringLiteral("SELECT at, data FROM file_pieces WHERE hash = ? AND at < ? "
                                      "AND at + length(data) > ? ORDER BY at"),
                {hash, offset + static_cast<qint64>(maxBytes), offset});
        while (pieces.next()) {
            const qint64 at = pieces.value(0).toLongLong();
            const QByteArray data = pieces.value(1).toByteArray();
            if (at + data.size() <= offset)
                continue;
            const qint64 from = offset + piece.data.size() - at;
            piece.data.append(data.mid(from, maxBytes - piece.data.size()));
        }
        pieces.finish();
        return piece;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz::server
