// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "eventstore.h"

#include "actorstore.h"
#include "caseleaving.h"
#include "filestore.h"
#include "scopefiling.h"
#include "storedatabase.h"
#include "storesupport.h"

#include "core/auth/userprojection.h"
#include "core/cases/caseevents.h"
#include "core/sync/wire.h"

#include <QCborValue>
#include <QDateTime>
#include <QDebug>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <optional>

namespace tz::server {
using store::EventRefused;
using store::storageError;
using store::tr;

namespace {

const QString kShared = QStringLiteral("*"); // reference data every device receives
constexpr qint64 kClockAheadMs = 10 * 60 * 1000; // an event's clock this far ahead is flagged

} // namespace

EventStore::EventStore(StoreDatabase &database, ActorStore &actors, FileStore &files)
    : m_db(database)
    , m_actors(actors)
    , m_files(files)
{
}

void EventStore::noteNumber(StoreDatabase &database, const QString &number, const QString &caseId)
{
    database.run(
        QStringLiteral("INSERT INTO case_numbers (number, case_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {number, caseId});
}

std::optional<QString> EventStore::numberHolder(const QString &number)
{
    QSqlQuery &holder
        = m_db.run(QStringLiteral("SELECT case_id FROM case_numbers WHERE number = ?"), {number});
    std::optional<QString> caseId;
    if (holder.next())
        caseId = holder.value(0).toString();
    holder.finish();
    return caseId;
}

std::optional<Event> EventStore::storedEvent(const QString &device, qint64 deviceSeq)
{
    QSqlQuery &stored = m_db.run(
        QStringLiteral("SELECT body FROM events WHERE device = ? AND device_seq = ?"), {device, deviceSeq});
    std::optional<Event> event;
    if (stored.next()) {
        Result<Event> decoded = wire::decodeEvent(QCborValue::fromCbor(stored.value(0).toByteArray()));
        if (!decoded) // it was checked when it came
            throw ErrorException(decoded.error());
        event = std::move(*decoded);
    }
    stored.finish();
    return event;
}

QStringList EventStore::unitsOf(int aggregateType, const QString &aggregateId)
{
    QStringList units;
    QSqlQuery &stored = m_db.run(
        QStringLiteral("SELECT unit FROM aggregate_units WHERE aggregate_type = ? AND aggregate_id = ?"),
        {aggregateType, aggregateId});
    while (stored.next())
        units.append(stored.value(0).toString());
    stored.finish();
    return units;
}

Result<PushOutcome> EventStore::push(const DeviceAuth &device, const QList<PushedEvent> &events)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    const bool top = device.scope.endsWith(QLatin1String("00000000"));
    try {
        m_db.transaction();
        if (m_db.isPostgres()) {
            // Feed positions must become visible in the order they were handed out, or a pull
            // could pass one that commits later: one pushing transaction at a time (pulls read on).
            m_db.runDirect(QStringLiteral("LOCK TABLE feed IN EXCLUSIVE MODE"));
        }
        PushOutcome outcome;
        QList<qint64> &acks = outcome.acks;
        acks.reserve(events.size());
        ActorStore::RoleCache roleCache;
        // The device's chain as this push has followed it: the number and hash of the last event
        // (stored, refused or sent again), and the highest number the store held before.
        qint64 lastSeq = 0;
        QByteArray lastHash;
        std::optional<qint64> heldUpTo;
        for (qsizetype index = 0; index < events.size(); ++index) {
            const PushedEvent &pushed = events.at(index);
            const Event &event = pushed.event;
            if (event.device != device.id)
                throw ErrorException(Error::forbidden(tr("an event of another device")));
            if (event.computeHash() != event.hash)
                throw ErrorException(Error::invalid(tr("an event does not match its hash")));
            QSqlQuery &known
                = m_db.run(QStringLiteral("SELECT gseq, id FROM events WHERE device = ? AND device_seq = ?"),
                    {event.device, event.deviceSeq});
            if (known.next()) {
                if (known.value(1).toByteArray() != event.id)
                    throw ErrorException(Error::conflict(
                        tr("a different event was already stored under number %1").arg(event.deviceSeq)));
                acks.append(known.value(0).toLongLong()); // a re-sent event: its first sequence
                lastSeq = event.deviceSeq;
                lastHash = event.hash;
                continue;
            }
            known.finish();
            if (!heldUpTo) {
                QSqlQuery &highest = m_db.run(
                    QStringLiteral("SELECT MAX(device_seq) FROM events WHERE device = ?"), {device.id});
                heldUpTo = highest.next() ? highest.value(0).toLongLong() : 0;
                highest.finish();
            }
            const bool chained = chainsOn(event, lastSeq, lastHash, *heldUpTo);
            lastSeq = event.deviceSeq;
            lastHash = event.hash;

            const int type = static_cast<int>(event.aggregateType);
            const QStringList before = unitsOf(type, event.aggregateId);
            QStringList named = before.isEmpty() ? homeNamed(event) : routedTo(event);
            if (event.aggregateType == AggregateType::Household && named.isEmpty()) {
                // A household lives where its grid does.
                named.append(unitsOf(static_cast<int>(AggregateType::Grid),
                    event.payload.value(QLatin1String("grid")).toString()));
            }
            // A ledger-wide user (an administrator bound to no unit) lives at the top unit that
            // made it. Shared, every laptop would hold its password verifier: an offline cracking
            // target on each one stolen.
            if (event.aggregateType == AggregateType::User && before.isEmpty() && named.isEmpty() && top)
                named = QStringList {device.scope};
            const bool shared = isShared(event.aggregateType) || (before.isEmpty() && named.isEmpty());
            const bool registers
                = event.aggregateType == AggregateType::Case && event.type == caseevents::registered;
            const QString number
                = registers ? event.payload.value(QLatin1String("number")).toString() : QString();
            try {
                if (!chained)
                    throw EventRefused {wire::RefusedBrokenChain,
                        tr("event %1 of this device is not chained to its event %2")
                            .arg(event.deviceSeq)
                            .arg(event.deviceSeq - 1)};
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
                m_actors.checkActor(device, event, top, before.isEmpty());
                m_actors.checkAuthority(event, top, roleCache);
                // Every ledger that folded two cases under one number would have to tell them apart.
                if (const std::optional<QString> holder = registers ? numberHolder(number) : std::nullopt;
                    holder && *holder != event.aggregateId)
                    throw EventRefused {wire::RefusedNumberTaken,
                        tr("case number %1 is registered for another case already").arg(number)};
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
                m_actors.noteRole(event.aggregateId, event.payload.value(QLatin1String("role")).toInt());
                m_actors.noteUser(event);
                roleCache.remove(event.aggregateId);
            }

            if (registers)
                noteNumber(m_db, number, event.aggregateId);
            heldUpTo = std::max(*heldUpTo, event.deviceSeq);

            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QSqlQuery &inserted = m_db.run(
                QStringLiteral(
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
            m_files.noteReferences(device, event);
            file(event, gseq, before, named, shared);
        }
        m_db.commit();
        return outcome;
    } catch (const ErrorException &e) {
        m_db.rollback();
        return e.error();
    }
}

bool EventStore::chainsOn(const Event &event, qint64 lastSeq, const QByteArray &lastHash, qint64 heldUpTo)
{
    // Before it: the device's first event chains to nothing; else its event one number lower, as
    // this push saw it or as the store holds it. One the device set aside earlier (refused, never
    // stored) cannot be checked, and leaves a gap no starting copy checks across either.
    std::optional<QByteArray> before;
    if (event.deviceSeq == 1)
        before = QByteArray();
    else if (lastSeq == event.deviceSeq - 1)
        before = lastHash;
    else if (const std::optional<Event> stored = storedEvent(event.device, event.deviceSeq - 1))
        before = stored->hash;
    if (before && *before != event.prevHash)
        return false;
    // After it, when it fills such a gap: the stored event one number higher must chain to it.
    if (event.deviceSeq < heldUpTo) {
        if (const std::optional<Event> after = storedEvent(event.device, event.deviceSeq + 1))
            return after->prevHash == event.hash;
    }
    return true;
}

void EventStore::file(
    const Event &event, qint64 gseq, const QStringList &before, const QStringList &named, bool shared)
{
    const int type = static_cast<int>(event.aggregateType);
    // A return or a re-dispatch may take the case away from units that held it (its history is
    // read only then: a first dispatch leaves one unit, where it was registered).
    const bool maySendAway = event.aggregateType == AggregateType::Case
        && (event.type == caseevents::returned
            || (event.type == caseevents::dispatched && before.size() > 1));
    const QStringList leaving = maySendAway ? unitsLeaving(event, gseq, before) : QStringList();
    QSet<QString> oldScopes;
    QSet<QString> scopes;
    for (const QString &unit : before) {
        for (const QString &scope : scopesOf(unit)) {
            oldScopes.insert(scope);
            if (!leaving.contains(unit))
                scopes.insert(scope);
        }
    }
    if (shared)
        scopes.insert(kShared);
    for (const QString &unit : leaving) {
        m_db.run(QStringLiteral("DELETE FROM aggregate_units WHERE aggregate_type = ? AND aggregate_id = ? "
                                "AND unit = ?"),
            {type, event.aggregateId, unit});
        m_db.run(QStringLiteral("INSERT INTO aggregate_left (aggregate_type, aggregate_id, unit) VALUES "
                                "(?, ?, ?) ON CONFLICT DO NOTHING"),
            {type, event.aggregateId, unit});
    }
    for (const QString &unit : named) {
        if (leaving.contains(unit))
            continue; // a re-dispatch names the unit it takes the case from
        if (!before.contains(unit))
            m_db.run(QStringLiteral("INSERT INTO aggregate_units (aggregate_type, aggregate_id, unit) "
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
            m_db.run(
                QStringLiteral("INSERT INTO feed (scope, gseq) SELECT CAST(? AS TEXT), gseq FROM events "
                               "WHERE aggregate_type = ? AND aggregate_id = ? AND gseq < ? ORDER BY gseq"),
                {scope, type, event.aggregateId, gseq});
        }
        m_db.run(QStringLiteral("INSERT INTO feed (scope, gseq) VALUES (?, ?)"), {scope, gseq});
    }
    // Scopes the aggregate left: their devices are told to drop it.
    QStringList lost = (oldScopes - scopes).values();
    lost.sort();
    for (const QString &scope : std::as_const(lost))
        m_db.run(QStringLiteral("INSERT INTO feed (scope, gseq, leaves) VALUES (?, ?, 1)"), {scope, gseq});
}

bool EventStore::wasInScope(const DeviceAuth &device, int aggregateType, const QString &aggregateId)
{
    QSqlQuery &left = m_db.run(
        QStringLiteral("SELECT unit FROM aggregate_left WHERE aggregate_type = ? AND aggregate_id = ?"),
        {aggregateType, aggregateId});
    bool covered = false;
    while (!covered && left.next())
        covered = scopeCovers(device.scope, left.value(0).toString());
    left.finish();
    return covered;
}

QStringList EventStore::unitsLeaving(const Event &event, qint64 gseq, const QStringList &holders)
{
    QSqlQuery &stored
        = m_db.run(QStringLiteral("SELECT body FROM events WHERE aggregate_type = ? AND aggregate_id "
                                  "= ? AND gseq < ? ORDER BY gseq"),
            {static_cast<int>(event.aggregateType), event.aggregateId, gseq});
    QList<Event> history;
    while (stored.next()) {
        // Stored events were checked when they came; one that no longer reads is left out.
        if (Result<Event> event = wire::decodeEvent(QCborValue::fromCbor(stored.value(0).toByteArray())))
            history.append(std::move(*event));
    }
    stored.finish();
    QStringList leaving = server::unitsLeaving(history, event);
    leaving.removeIf([&holders](const QString &unit) { return !holders.contains(unit); });
    return leaving;
}

Result<PullBatch> EventStore::pull(const DeviceAuth &device, qint64 cursor, qsizetype maxBytes)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
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
            QSqlQuery &query = m_db.run(
                QStringLiteral(
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

Result<qint64> EventStore::listedCount(const DeviceAuth &device, qint64 cursor)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        QSqlQuery &count
            = m_db.run(QStringLiteral("SELECT COUNT(DISTINCT f.gseq) FROM feed f JOIN events e ON e.gseq = "
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
