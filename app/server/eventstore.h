// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "deviceauth.h"

#include "core/common/error.h"
#include "core/ledger/event.h"
#include "core/ledger/ledger.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tz::server {

class ActorStore;
class FileStore;
class StoreDatabase;

// One event pushed, with the very bytes the device sent (passed on to other devices as they are).
struct PushedEvent
{
    Event event;
    QByteArray body;
};

// A pushed event the server did not store, and why (a wire::Refusal and the server's words).
struct PushRefusal
{
    qsizetype index = 0;
    int reason = 0;
    QString detail;
};

// What a push stored: each event's global sequence (0 for a refused one) and the refusals.
struct PushOutcome
{
    QList<qint64> acks;
    QList<PushRefusal> refused;
};

struct PullBatch
{
    QList<QByteArray> bodies; // events, each as its device sent it
    QList<AggregateRef> drops; // aggregates that left the scope, after the events
    qint64 cursor = 0; // the feed position after the last one
    bool more = false;
};

// The global event log (`events`) and the feed that makes each scope a range read (`feed`,
// `aggregate_units`, `aggregate_left`): push, pull and the per-scope checksum.
//
// Feed: every event is listed once under each scope that may see it (the org units its aggregate
// has touched and their ancestors, or "*" for the shared reference data), each listing with its
// own position. A device pulls the listings of its unit and of "*" after its cursor. When a case
// reaches a new unit (a dispatch, an escalation), its earlier events are listed there too, with new
// positions, so the new unit's devices receive its whole history. The rules of where an event is
// filed are in scopefiling.h.
class EventStore
{
public:
    // A push judges who acts (`actors`) and notes the files events name (`files`) in its own
    // transaction: all three share `database`.
    EventStore(StoreDatabase &database, ActorStore &actors, FileStore &files);

    // Stores the events in one transaction and answers each one's global sequence; an event
    // already stored answers its first sequence. An event outside the device's scope or its
    // user's rights, not chained onto the device's event before it, or registering a case under
    // a number another case has, is refused on its own (the rest are stored: one refused record
    // never stops a device's sync); events of another device or that do not match their hash
    // refuse the batch.
    [[nodiscard]] Result<PushOutcome> push(const DeviceAuth &device, const QList<PushedEvent> &events);
    // What the device's scope holds after `cursor`, at most about `maxBytes`.
    [[nodiscard]] Result<PullBatch> pull(const DeviceAuth &device, qint64 cursor, qsizetype maxBytes);
    // The per-scope checksum: how many distinct events of other devices the device's scope (and
    // the shared data) listed up to `cursor`; a device that applied everything holds as many.
    [[nodiscard]] Result<qint64> listedCount(const DeviceAuth &device, qint64 cursor);

    // Notes that case `caseId` was registered under `number`, unless another case was first.
    static void noteNumber(StoreDatabase &database, const QString &number, const QString &caseId);

private:
    // The case registered under `number`, if any.
    std::optional<QString> numberHolder(const QString &number);
    // The device's stored event of that number, if any.
    std::optional<Event> storedEvent(const QString &device, qint64 deviceSeq);
    // Whether `event` is chained onto the device's event before it (`lastSeq` and `lastHash`: the
    // last one this push went through) and, if the store holds one after it (up to `heldUpTo`),
    // that one onto it.
    bool chainsOn(const Event &event, qint64 lastSeq, const QByteArray &lastHash, qint64 heldUpTo);
    // The units an aggregate has been filed at.
    QStringList unitsOf(int aggregateType, const QString &aggregateId);
    // Files a stored event (`gseq`) under its units and lists it in the feed of each scope that
    // sees it: `before` the units its aggregate had, `named` those the event gives it.
    void file(
        const Event &event, qint64 gseq, const QStringList &before, const QStringList &named, bool shared);
    // Whether the device's scope covers a unit the aggregate has left (its writes from before it
    // heard are still taken).
    bool wasInScope(const DeviceAuth &device, int aggregateType, const QString &aggregateId);
    // The units among `holders` that a case leaves with `event` (stored as `gseq`): see
    // caseleaving.h.
    QStringList unitsLeaving(const Event &event, qint64 gseq, const QStringList &holders);

    StoreDatabase &m_db;
    ActorStore &m_actors;
    FileStore &m_files;
};

} // namespace tz::server
