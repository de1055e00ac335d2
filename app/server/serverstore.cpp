// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "serverstore.h"

#include "storesupport.h"

#include "caseleaving.h"
#include "core/auth/userprojection.h"
#include "core/cases/caseevents.h"
#include "core/cases/casepolicy.h"
#include "core/ledger/descriptorlocks.h"
#include "core/sync/wire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace tz::server {
using store::EventRefused;
using store::storageError;
using store::tr;

namespace {

const QString kShared = QStringLiteral("*"); // reference data every device receives
constexpr qint64 kClockAheadMs = 10 * 60 * 1000; // an event's clock this far ahead is flagged

// Aggregates every device receives and only the top unit's devices may change.
bool isShared(AggregateType type)
{
    return type == AggregateType::OrgUnit || type == AggregateType::CatalogItem
        || type == AggregateType::CalendarDay || type == AggregateType::Setting;
}

// A statement without parameters that PostgreSQL cannot prepare (CREATE, LOCK).
void runDirect(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw ErrorException(storageError(query.lastError()));
}

// The org units an event names: where a case is registered, dispatched, escalated, returned.
QStringList unitsNamed(const Event &event)
{
    QStringList units;
    const auto add = [&units](const QJsonValue &value) {
        const QString code = value.toString();
        if (code.size() == 12 && !units.contains(code))
            units.append(code);
    };
    const QJsonObject &p = event.payload;
    switch (event.aggregateType) {
    case AggregateType::Case:
        add(p.value(QLatin1String("org")));
        add(p.value(QLatin1String("to")));
        add(p.value(QLatin1String("from")));
        for (const QJsonValue &co : p.value(QLatin1String("coHandlers")).toArray())
            add(co.toObject().value(QLatin1String("org")));
        break;
    case AggregateType::Grid:
        add(p.value(QLatin1String("village")));
        break;
    default:
        add(p.value(QLatin1String("org")));
        break;
    }
    return units;
}

// Where an aggregate's first event puts it: the unit a case is registered at, a grid's village.
// Only this gives a new aggregate its place; the other units a first event may name (a dispatch's
// "from", co-handlers) are routing and give the writer no right to put it anywhere else.
QStringList homeNamed(const Event &event)
{
    const QString code = event.payload
                             .value(event.aggregateType == AggregateType::Grid ? QLatin1String("village")
                                                                               : QLatin1String("org"))
                             .toString();
    return code.size() == 12 ? QStringList {code} : QStringList {};
}

// The units a later event of a record sends it to: a case's dispatch (lead and co-handlers), its
// escalation, its return. No other event gives a record a new place, whatever units it names (a
// note or a password change naming another village would otherwise spread the record, and a
// user's verifier, there).
QStringList routedTo(const Event &event)
{
    if (event.aggregateType != AggregateType::Case)
        return {};
    if (event.type == caseevents::dispatched || event.type == caseevents::escalated
        || event.type == caseevents::returned)
        return unitsNamed(event);
    return {};
}

// The attachments (hex SHA-256) a case event refers to.
QStringList attachmentsOf(const Event &event)
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

} // namespace

void ServerStore::finishStatements()
{
    // An active statement keeps SQLite's read snapshot open: later reads would not see what
    // another connection (taizhang-server admin) wrote since.
    for (QSqlQuery &query : m_statements)
        query.finish();
}

QSqlQuery &ServerStore::run(const QString &sql, const QVariantList &values)
{
    // Prepared once per connection and reused: on PostgreSQL a prepare is a round trip.
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw ErrorException(storageError(query.lastError()));
        found = m_statements.emplace(sql, std::move(query));
    }
    QSqlQuery &query = found.value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw ErrorException(storageError(query.lastError()));
    return query;
}

ServerStore::ServerStore(QString connection, QString kind)
    : m_connection(std::move(connection))
    , m_kind(std::move(kind))
{
}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ServerStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &spec)
{
    const QString connection = QStringLiteral("tz-store-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<ServerStore> store;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        useDescriptorLocks(); // Qt's SQLite driver shares the process's SQLite library
        // Every user's verifier and every event: the store is the server's user's alone (its
        // -wal and -shm take the file's mode).
        if (const QString file = spec.mid(7); file != QLatin1String(":memory:") && !QFileInfo::exists(file)) {
            QFile made(file);
            if (made.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                made.close();
        }
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(spec.mid(7));
        store.reset(new ServerStore(connection, QStringLiteral("sqlite")));
        if (!database.open())
            return storageError(database.lastError());
        QSqlQuery pragmas(database);
        pragmas.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragmas.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        pragmas.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    } else if (spec.startsWith(QLatin1String("postgresql://"))) {
        // postgresql://user[:password]@host[:port]/database
        const QUrl url(spec);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        database.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        database.setPort(url.port(5432));
        database.setUserName(url.userName());
        database.setPassword(url.password());
        database.setDatabaseName(url.path().mid(1));
        store.reset(new ServerStore(connection, QStringLiteral("postgresql")));
        if (!database.open())
            return storageError(database.lastError());
    } else {
        return Error::invalid(tr("--db takes sqlite:PATH or postgresql://…, not \"%1\".").arg(spec));
    }
    if (Status migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Status ServerStore::migrate()
{
    // The same tables in both dialects: SQLite's INTEGER PRIMARY KEY and BLOB are PostgreSQL's
    // BIGSERIAL and BYTEA.
    const bool pg = m_kind == QLatin1String("postgresql");
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
        // A feed listing that tells the scope's devices to drop the aggregate (see pull()).
        {2, QStringLiteral("ALTER TABLE feed ADD COLUMN leaves INTEGER NOT NULL DEFAULT 0")},
        // Secrets rotate: the one handed out and not yet used waits here (see refresh()).
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
    };
    QSqlDatabase database = db();
    try {
        database.transaction();
        for (const QString &sql : statements)
            runDirect(database, sql);
        QSqlQuery &version
            = run(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'"));
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
                runDirect(database, sql);
        }
        // Tables that index what stored events say: filled from the events already there.
        if (from < 6)
            indexStoredEvents(from);
        if (from < known) {
            run(QStringLiteral("DELETE FROM server_meta WHERE key = 'schema_version'"));
            run(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema_version', ?)"),
                {QString::number(known)});
        }
        if (!database.commit())
            throw ErrorException(storageError(database.lastError()));
        return {};
    } catch (const ErrorException &e) {
        database.rollback();
        return e.error();
    }
}

void ServerStore::indexStoredEvents(int fromVersion)
{
    QList<QPair<QString, int>> roles;
    QList<Event> users;
    QList<QPair<QString, QString>> files; // hash, case
    QSqlQuery &stored
        = run(QStringLiteral("SELECT body FROM events WHERE aggregate_type IN (?, ?) ORDER BY gseq"),
            {static_cast<int>(AggregateType::User), static_cast<int>(AggregateType::Case)});
    while (stored.next()) {
        Result<Event> event = wire::decodeEvent(QCborValue::fromCbor(stored.value(0).toByteArray()));
        if (!event)
            continue;
        if (event->aggregateType == AggregateType::User && event->type == userevents::created) {
            if (fromVersion < 5)
                roles.append({event->aggregateId, event->payload.value(QLatin1String("role")).toInt()});
            users.append(*event);
        }
        if (fromVersion < 4) {
            for (const QString &hash : attachmentsOf(*event))
                files.append({hash, event->aggregateId});
        }
    }
    stored.finish();
    for (const auto &[actor, role] : std::as_const(roles))
        run(QStringLiteral("INSERT INTO actor_roles (actor, role) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {actor, role});
    for (const Event &user : std::as_const(users)) // the first of a login in store order keeps it
        noteUser(user);
    for (const auto &[hash, caseId] : std::as_const(files))
        run(QStringLiteral(
                "INSERT INTO file_refs (hash, aggregate_type, aggregate_id) VALUES (?, ?, ?) ON CONFLICT "
                "DO NOTHING"),
            {hash, static_cast<int>(AggregateType::Case), caseId});
}

Result<PushOutcome> ServerStore::push(const DeviceAuth &device, const QList<PushedEvent> &events)
{
    const auto finished = qScopeGuard([this] { finishStatements(); });
    QSqlDatabase database = db();
    const bool top = device.scope.endsWith(QLatin1String("00000000"));
    try {
        database.transaction();
        if (m_kind == QLatin1String("postgresql")) {
            // Feed positions must become visible in the order they were handed out, or a pull
            // could pass one that commits later: one pushing transaction at a time (pulls read on).
            runDirect(database, QStringLiteral("LOCK TABLE feed IN EXCLUSIVE MODE"));
        }
        PushOutcome outcome;
        QList<qint64> &acks = outcome.acks;
        acks.reserve(events.size());
        QHash<QString, QList<Role>> roleCache;
        for (qsizetype index = 0; index < events.size(); ++index) {
            const PushedEvent &pushed = events.at(index);
            const Event &event = pushed.event;
            if (event.device != device.id)
                throw ErrorException(Error::forbidden(tr("an event of another device")));
            if (event.computeHash() != event.hash)
                throw ErrorException(Error::invalid(tr("an event does not match its hash")));
            QSqlQuery &known
                = run(QStringLiteral("SELECT gseq, id FROM events WHERE device = ? AND device_seq = ?"),
                    {event.device, event.deviceSeq});
            if (known.next()) {
                if (known.value(1).toByteArray() != event.id)
                    throw ErrorException(Error::conflict(
                        tr("a different event was already stored under number %1").arg(event.deviceSeq)));
                acks.append(known.value(0).toLongLong()); // a re-sent event: its first sequence
                continue;
            }
            known.finish();

            const int type = static_cast<int>(event.aggregateType);
            QStringList before;
            QSqlQuery &stored
                = run(QStringLiteral(
                          "SELECT unit FROM aggregate_units WHERE aggregate_type = ? AND aggregate_id = ?"),
                    {type, event.aggregateId});
            while (stored.next())
                before.append(stored.value(0).toString());
            stored.finish();
            QStringList named = before.isEmpty() ? homeNamed(event) : routedTo(event);
            if (event.aggregateType == AggregateType::Household && named.isEmpty()) {
                // A household lives where its grid does.
                QSqlQuery &grid = run(
                    QStringLiteral(
                        "SELECT unit FROM aggregate_units WHERE aggregate_type = ? AND aggregate_id = ?"),
                    {static_cast<int>(AggregateType::Grid),
                        event.payload.value(QLatin1String("grid")).toString()});
                while (grid.next())
                    named.append(grid.value(0).toString());
            }
            // A ledger-wide user (an administrator bound to no unit) lives at the top unit that
            // made it. Shared, every laptop would hold its password verifier: an offline cracking
            // target on each one stolen.
            if (event.aggregateType == AggregateType::User && before.isEmpty() && named.isEmpty() && top)
                named = QStringList {device.scope};
            const bool shared = isShared(event.aggregateType) || (before.isEmpty() && named.isEmpty());
            try {
                if (shared && !top)
                    throw EventRefused {
                        wire::RefusedSharedData, tr("shared reference data is changed at the top unit only")};
                if (before.isEmpty() && event.aggregateType == AggregateType::Case
                    && event.type != caseevents::registered)
                    throw EventRefused {wire::RefusedUnknownCase,
                        tr("%1 was never registered here; its step cannot be stored").arg(event.aggregateId)};
                if (!shared && !top) {
                    const QStringList &judged = before.isEmpty() ? named : before;
                    const bool inScope = std::any_of(judged.cbegin(), judged.cend(),
                        [&device](const QString &unit) { return scopeCovers(device.scope, unit); });
                    if (!inScope && (before.isEmpty() || !wasInScope(device, type, event.aggregateId)))
                        throw EventRefused {wire::RefusedOutsideScope,
                            tr("%1 is outside this device's scope").arg(event.aggregateId)};
                    // Written by a unit the case has left (before it heard): taken, but it cannot
                    // bring the case back to itself or send it anywhere by what it names.
                    if (!inScope)
                        named.clear();
                }
                checkActor(device, event, top, before.isEmpty());
                checkAuthority(event, top, roleCache);
            } catch (const EventRefused &refused) {
                // Set aside, not stored: the device keeps it and is told why. Nothing of it
                // reaches the store, so later events of the same record are refused the same way.
                qInfo().noquote() << "refused event" << event.aggregateId << "of device" << device.id << ":"
                                  << refused.detail;
                acks.append(0);
                outcome.refused.append({index, refused.reason, refused.detail});
                continue;
            }
            if (event.aggregateType == AggregateType::User && event.type == userevents::created) {
                run(QStringLiteral(
                        "INSERT INTO actor_roles (actor, role) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                    {event.aggregateId, event.payload.value(QLatin1String("role")).toInt()});
                noteUser(event);
                roleCache.remove(event.aggregateId);
            }

            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QSqlQuery &inserted
                = run(QStringLiteral(
                          "INSERT INTO events (id, device, device_seq, aggregate_type, aggregate_id, body, "
                          "received_ms, clock_ahead_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING gseq"),
                    {event.id, event.device, event.deviceSeq, type, event.aggregateId, pushed.body, now,
                        // An event stamped well after its arrival: its device's clock runs ahead.
                        event.hlc.millis() - now > kClockAheadMs ? QVariant(event.hlc.millis() - now)
                                                                 : QVariant(QMetaType(QMetaType::LongLong))});
            if (!inserted.next())
                throw ErrorException(storageError(inserted.lastError()));
            const qint64 gseq = inserted.value(0).toLongLong();
            inserted.finish();
            acks.append(gseq);
            for (const QString &hash : attachmentsOf(event)) {
                // Naming a file other units' cases hold gives no right to it: a laptop that has
                // the photo uploads it under its own case; one that only knows its hash does not.
                const Status mayName = checkFileScope(device, hash, false);
                if (!mayName && mayName.error().kind == ErrorKind::Forbidden) {
                    qInfo().noquote() << "file" << hash.left(12) << "named by device" << device.id
                                      << "belongs to cases outside its scope: not given to it";
                    continue;
                }
                run(QStringLiteral(
                        "INSERT INTO file_refs (hash, aggregate_type, aggregate_id) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING"),
                    {hash, type, event.aggregateId});
            }

            // A return or a re-dispatch may take the case away from units that held it (its
            // history is read only then: a first dispatch leaves one unit, where it was registered).
            const bool maySendAway = event.aggregateType == AggregateType::Case
                && (event.type == caseevents::returned
                    || (event.type == caseevents::dispatched && before.size() > 1));
            const QStringList leaving = maySendAway ? unitsLeaving(event, gseq, before) : QStringList();
            QSet<QString> oldScopes;
            QSet<QString> scopes;
            for (const QString &unit : std::as_const(before)) {
                for (const QString &scope : scopesOf(unit)) {
                    oldScopes.insert(scope);
                    if (!leaving.contains(unit))
                        scopes.insert(scope);
                }
            }
            if (shared)
                scopes.insert(kShared);
            for (const QString &unit : leaving) {
                run(QStringLiteral(
                        "DELETE FROM aggregate_units WHERE aggregate_type = ? AND aggregate_id = ? "
                        "AND unit = ?"),
                    {type, event.aggregateId, unit});
                run(QStringLiteral("INSERT INTO aggregate_left (aggregate_type, aggregate_id, unit) VALUES "
                                   "(?, ?, ?) ON CONFLICT DO NOTHING"),
                    {type, event.aggregateId, unit});
            }
            for (const QString &unit : std::as_const(named)) {
                if (leaving.contains(unit))
                    continue; // a re-dispatch names the unit it takes the case from
                if (!before.contains(unit))
                    run(QStringLiteral("INSERT INTO aggregate_units (aggregate_type, aggregate_id, unit) "
                                       "VALUES (?, ?, ?) "
                                       "ON CONFLICT DO NOTHING"),
                        {type, event.aggregateId, unit});
                for (const QString &scope : scopesOf(unit))
                    scopes.insert(scope);
            }
            QStringList ordered = scopes.values();
            ordered.sort();
            for (const QString &scope : std::as_const(ordered)) {
                if (!oldScopes.contains(scope) && scope != kShared && !before.isEmpty()) {
                    // The aggregate reached a new unit: its history is listed there first.
                    run(QStringLiteral(
                            "INSERT INTO feed (scope, gseq) SELECT CAST(? AS TEXT), gseq FROM events "
                            "WHERE aggregate_type = ? AND aggregate_id = ? AND gseq < ? ORDER BY gseq"),
                        {scope, type, event.aggregateId, gseq});
                }
                run(QStringLiteral("INSERT INTO feed (scope, gseq) VALUES (?, ?)"), {scope, gseq});
            }
            // Scopes the aggregate left: their devices are told to drop it.
            QStringList lost = (oldScopes - scopes).values();
            lost.sort();
            for (const QString &scope : std::as_const(lost))
                run(QStringLiteral("INSERT INTO feed (scope, gseq, leaves) VALUES (?, ?, 1)"), {scope, gseq});
        }
        if (!database.commit())
            throw ErrorException(storageError(database.lastError()));
        return outcome;
    } catch (const ErrorException &e) {
        database.rollback();
        return e.error();
    }
}

Result<PullBatch> ServerStore::pull(const DeviceAuth &device, qint64 cursor, qsizetype maxBytes)
{
    const auto finished = qScopeGuard([this] { finishStatements(); });
    constexpr int kRows = 5000;
    try {
        struct Row
        {
            qint64 fseq;
            QByteArray body;
            bool leaves;
            AggregateRef aggregate;
        };
        // Two range reads (the device's unit, and the shared data) merged by position. When a read
        // hit its limit, positions past its last row are not known complete: the batch ends there.
        QList<Row> rows;
        qint64 safeEnd = std::numeric_limits<qint64>::max();
        for (const QString &scope : {device.scope, kShared}) {
            QSqlQuery &query
                = run(QStringLiteral(
                          "SELECT f.fseq, e.body, e.device = ? OR f.leaves = 1, f.leaves, e.aggregate_type, "
                          "e.aggregate_id FROM feed f JOIN events e ON e.gseq = f.gseq "
                          "WHERE f.scope = ? AND f.fseq > ? ORDER BY f.fseq LIMIT ?"),
                    {device.id, scope, cursor, kRows});
            int count = 0;
            qint64 last = cursor;
            while (query.next()) {
                last = query.value(0).toLongLong();
                // The device's own events only move its cursor: it has them. A leaving names the
                // aggregate; its event is not the scope's to see.
                rows.append({last, query.value(2).toBool() ? QByteArray() : query.value(1).toByteArray(),
                    query.value(3).toInt() == 1,
                    {static_cast<AggregateType>(query.value(4).toInt()), query.value(5).toString()}});
                ++count;
            }
            if (count == kRows)
                safeEnd = std::min(safeEnd, last);
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.fseq < b.fseq; });
        PullBatch batch;
        batch.cursor = cursor;
        qsizetype bytes = 0;
        for (const Row &row : std::as_const(rows)) {
            if (row.fseq > safeEnd || (bytes > 0 && bytes + row.body.size() > maxBytes)) {
                batch.more = true;
                break;
            }
            const auto dropped
                = std::find_if(batch.drops.begin(), batch.drops.end(), [&row](const AggregateRef &drop) {
                      return drop.type == row.aggregate.type && drop.id == row.aggregate.id;
                  });
            if (row.leaves) {
                if (dropped == batch.drops.end())
                    batch.drops.append(row.aggregate);
            } else if (dropped != batch.drops.end()) {
                batch.drops.erase(dropped); // it came back within the batch
            }
            if (!row.body.isEmpty()) {
                bytes += row.body.size();
                batch.bodies.append(row.body);
            }
            batch.cursor = row.fseq;
        }
        batch.more = batch.more || safeEnd != std::numeric_limits<qint64>::max();
        return batch;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<qint64> ServerStore::listedCount(const DeviceAuth &device, qint64 cursor)
{
    const auto finished = qScopeGuard([this] { finishStatements(); });
    try {
        QSqlQuery &count
            = run(QStringLiteral("SELECT COUNT(DISTINCT f.gseq) FROM feed f JOIN events e ON e.gseq = "
                                 "f.gseq WHERE (f.scope = ? OR f.scope = '*') AND f.fseq <= ? AND "
                                 "f.leaves = 0 AND e.device <> ?"),
                {device.scope, cursor, device.id});
        if (!count.next())
            throw ErrorException(storageError(count.lastError()));
        return count.value(0).toLongLong();
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz::server
