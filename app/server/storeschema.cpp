// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "storeschema.h"

#include "actorstore.h"
#include "eventstore.h"
#include "filestore.h"
#include "storedatabase.h"
#include "storesupport.h"

#include "core/auth/userprojection.h"
#include "core/cases/caseevents.h"
#include "core/sync/wire.h"

#include <QCborValue>
#include <QPair>
#include <QSqlQuery>
#include <QStringList>

namespace tz::server {
using store::tr;

Status StoreSchema::migrate(StoreDatabase &database, ActorStore &actors, FileStore &files)
{
    // The same tables in both dialects: SQLite's INTEGER PRIMARY KEY and BLOB are PostgreSQL's
    // BIGSERIAL and BYTEA.
    const bool pg = database.isPostgres();
    const QString serial
        = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    const QString blob = pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    const QString integer = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QStringList statements {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS events (gseq %1, id %2 NOT NULL UNIQUE, device TEXT NOT NULL, "
            "device_seq %3 NOT NULL, aggregate_type INTEGER NOT NULL, aggregate_id TEXT NOT NULL, "
            "body %2 NOT NULL, received_ms %3 NOT NULL, clock_ahead_ms %3, UNIQUE (device, device_seq))")
            .arg(serial, blob, integer),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS events_by_aggregate ON events (aggregate_type, aggregate_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS feed (fseq %1, scope TEXT NOT NULL, gseq %2 NOT NULL)")
            .arg(serial, integer),
        QStringLiteral("CREATE INDEX IF NOT EXISTS feed_by_scope ON feed (scope, fseq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS aggregate_units (aggregate_type INTEGER NOT NULL, "
                       "aggregate_id TEXT NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (aggregate_type, "
                       "aggregate_id, unit))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, label TEXT NOT NULL, scope TEXT "
            "NOT NULL, token_hash %1 NOT NULL UNIQUE, enrolled_ms %2 NOT NULL, revoked INTEGER NOT "
            "NULL DEFAULT 0)")
            .arg(blob, integer),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS enrollments (code_hash %1 PRIMARY KEY, scope TEXT NOT NULL, "
            "expires_ms %2 NOT NULL, used_by TEXT)")
            .arg(blob, integer),
        // Server-built starting copies of a scope's ledger, in compressed chunks (a download
        // resumes by chunk).
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS snapshots (id %1, scope TEXT NOT NULL, cursor %2 NOT NULL, "
            "created_ms %2 NOT NULL, size %2 NOT NULL, chunks INTEGER NOT NULL)")
            .arg(serial, integer),
        QStringLiteral("CREATE INDEX IF NOT EXISTS snapshots_by_scope ON snapshots (scope, id)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS snapshot_chunks (snapshot %1 NOT NULL, n INTEGER NOT NULL, "
            "data %2 NOT NULL, PRIMARY KEY (snapshot, n))")
            .arg(integer, blob),
        // Units a case left (returned as not theirs): their devices no longer receive it, but
        // what they wrote before they heard of it is still taken.
        QStringLiteral("CREATE TABLE IF NOT EXISTS aggregate_left (aggregate_type INTEGER NOT NULL, "
                       "aggregate_id TEXT NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (aggregate_type, "
                       "aggregate_id, unit))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    // Changes to tables made by an earlier version, by the schema version they bring the store to.
    const QList<QPair<int, QString>> upgrades {
        // A feed listing that tells the scope's devices to drop the aggregate (see EventStore::pull()).
        {2, QStringLiteral("ALTER TABLE feed ADD COLUMN leaves INTEGER NOT NULL DEFAULT 0")},
        // Secrets rotate: the one handed out and not yet used waits here (see DeviceStore::refresh()).
        {3, QStringLiteral("ALTER TABLE devices ADD COLUMN pending_hash %1").arg(blob)},
        {3,
            QStringLiteral("CREATE TABLE access_tokens (token_hash %1 PRIMARY KEY, device TEXT NOT NULL, "
                           "expires_ms %2 NOT NULL)")
                .arg(blob, integer)},
        {3, QStringLiteral("CREATE INDEX access_tokens_by_device ON access_tokens (device)")},
        // Attachments: which aggregates refer to a file, the files, their bytes in pieces.
        {4,
            QStringLiteral("CREATE TABLE file_refs (hash TEXT NOT NULL, aggregate_type INTEGER NOT NULL, "
                           "aggregate_id TEXT NOT NULL, PRIMARY KEY (hash, aggregate_type, aggregate_id))")},
        {4,
            QStringLiteral("CREATE TABLE files (hash TEXT PRIMARY KEY, size %1 NOT NULL, held %1 NOT NULL, "
                           "complete INTEGER NOT NULL DEFAULT 0)")
                .arg(integer)},
        {4,
            QStringLiteral("CREATE TABLE file_pieces (hash TEXT NOT NULL, at %1 NOT NULL, data %2 NOT NULL, "
                           "PRIMARY KEY (hash, at))")
                .arg(integer, blob)},
        // Every role each user was given (UserCreated), to check who may take which step.
        {5,
            QStringLiteral(
                "CREATE TABLE actor_roles (actor TEXT NOT NULL, role INTEGER NOT NULL, PRIMARY KEY "
                "(actor, role))")},
        // Each user's unit ('' for one bound to none) and login, unique: who may write from where.
        {6,
            QStringLiteral("CREATE TABLE actor_units (actor TEXT PRIMARY KEY, unit TEXT NOT NULL, login TEXT "
                           "NOT NULL UNIQUE)")},
        // The number each case was registered under, the first in store order: a second case under
        // one number is refused (see EventStore::push()), or every ledger's fold would meet both.
        {7, QStringLiteral("CREATE TABLE case_numbers (number TEXT PRIMARY KEY, case_id TEXT NOT NULL)")},
    };
    try {
        database.transaction();
        for (const QString &sql : statements)
            database.runDirect(sql);
        QSqlQuery &version
            = database.run(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'"));
        const int from = version.next() ? version.value(0).toInt() : 1;
        version.finish();
        const int known = upgrades.constLast().first;
        if (from > known) // rolled back below: nothing changes
            throw ErrorException(Error {ErrorKind::NewerSchema,
                tr("The server's database was written by a newer taizhang-server (schema %1; this "
                   "program knows up to %2). Run that version or a newer one; the database was not "
                   "changed.")
                    .arg(from)
                    .arg(known),
                {}});
        for (const auto &[to, sql] : upgrades) {
            if (from < to)
                database.runDirect(sql);
        }
        // Tables that index what stored events say: filled from the events already there.
        if (from < known)
            indexStoredEvents(database, actors, files, from);
        if (from < known) {
            database.run(QStringLiteral("DELETE FROM server_meta WHERE key = 'schema_version'"));
            database.run(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema_version', ?)"),
                {QString::number(known)});
        }
        database.commit();
        return {};
    } catch (const ErrorException &e) {
        database.rollback();
        return e.error();
    }
}

void StoreSchema::indexStoredEvents(
    StoreDatabase &database, ActorStore &actors, FileStore &files, int fromVersion)
{
    QList<QPair<QString, int>> roles;
    QList<Event> users;
    QList<QPair<QString, QString>> references; // hash, case
    QList<QPair<QString, QString>> numbers; // number, case
    QSqlQuery &stored
        = database.run(QStringLiteral("SELECT body FROM events WHERE aggregate_type IN (?, ?) ORDER BY gseq"),
            {static_cast<int>(AggregateType::User), static_cast<int>(AggregateType::Case)});
    while (stored.next()) {
        Result<Event> event = wire::decodeEvent(QCborValue::fromCbor(stored.value(0).toByteArray()));
        if (!event)
            continue;
        if (fromVersion < 6 && event->aggregateType == AggregateType::User
            && event->type == userevents::created) {
            if (fromVersion < 5)
                roles.append({event->aggregateId, event->payload.value(QLatin1String("role")).toInt()});
            users.append(*event);
        }
        if (fromVersion < 4) {
            for (const QString &hash : FileStore::attachmentsOf(*event))
                references.append({hash, event->aggregateId});
        }
        if (fromVersion < 7 && event->aggregateType == AggregateType::Case
            && event->type == caseevents::registered)
            numbers.append({event->payload.value(QLatin1String("number")).toString(), event->aggregateId});
    }
    stored.finish();
    for (const auto &[actor, role] : std::as_const(roles))
        actors.noteRole(actor, role);
    for (const Event &user : std::as_const(users)) // the first of a login in store order keeps it
        actors.noteUser(user);
    for (const auto &[hash, caseId] : std::as_const(references))
        files.noteReference(hash, static_cast<int>(AggregateType::Case), caseId);
    // A store from before the check may hold one number twice: the first in store order keeps it.
    for (const auto &[number, caseId] : std::as_const(numbers))
        EventStore::noteNumber(database, number, caseId);
}

} // namespace tz::server
