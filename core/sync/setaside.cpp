// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/setaside.h"

#include "core/ledger/event.h"
#include "core/ledger/sqldatabase.h"
#include "core/sync/wire.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QSet>

namespace tz {
namespace {

// The server's words are kept for an administrator, not shown in full to anyone: bounded.
constexpr qsizetype kMaxDetail = 500;

Error badAnswer()
{
    return Error::invalid(QCoreApplication::translate(
        "tz::Sync", "The server's answer lists refused records that were not sent; nothing was changed."));
}

} // namespace

QString SetAsideEvent::reasonText() const
{
    switch (reason) {
    case wire::RefusedOutsideScope:
        return QCoreApplication::translate(
            "tz::Sync", "The record belongs to a unit this computer may not write to.");
    case wire::RefusedSharedData:
        return QCoreApplication::translate("tz::Sync",
            "The org tree, the catalog and the calendar are changed on the county's administrator computer "
            "only.");
    case wire::RefusedRole:
        return QCoreApplication::translate("tz::Sync", "The user who recorded it may not take this step.");
    case wire::RefusedUnknownUser:
        return QCoreApplication::translate(
            "tz::Sync", "The user who recorded it is not known to the server (created outside its scope?).");
    case wire::RefusedLoginTaken:
        return QCoreApplication::translate(
            "tz::Sync", "A user with this login name exists already: choose another name for the new user.");
    case wire::RefusedNumberTaken:
        return QCoreApplication::translate(
            "tz::Sync", "Another case was registered under the same number: register this one again.");
    case wire::RefusedBrokenChain:
        return QCoreApplication::translate("tz::Sync",
            "It is not chained to this computer's record before it: the ledger may have been tampered with.");
    case wire::RefusedUnknownCase:
        return QCoreApplication::translate(
            "tz::Sync", "The case it belongs to was never accepted by the server.");
    default:
        return QCoreApplication::translate("tz::Sync", "The server refused it.");
    }
}

namespace setaside {

Result<QList<Refusal>> decode(const QCborValue &value, const QList<qint64> &acks)
{
    QList<Refusal> refusals;
    if (value.isUndefined()) {
        if (acks.contains(0))
            return badAnswer();
        return refusals;
    }
    const QCborArray array = value.toArray();
    if (!value.isArray() || array.size() > acks.size())
        return badAnswer();
    QSet<qsizetype> named;
    for (const QCborValue &item : array) {
        const QCborArray entry = item.toArray();
        if (entry.size() != 3 || !entry.at(0).isInteger() || !entry.at(1).isInteger()
            || !entry.at(2).isString())
            return badAnswer();
        const qint64 index = entry.at(0).toInteger();
        if (index < 0 || index >= acks.size() || acks.at(index) != 0 || named.contains(index))
            return badAnswer();
        named.insert(index);
        refusals.append(
            {index, static_cast<int>(entry.at(1).toInteger()), entry.at(2).toString().left(kMaxDetail)});
    }
    if (named.size() != acks.count(0))
        return badAnswer();
    return refusals;
}

void record(SqlDatabase &db, const QList<Event> &pushed, const QList<Refusal> &refusals, qint64 atMs)
{
    SqlStatement &insert = db.cached("setaside::record",
        "INSERT INTO set_aside (event_id, device_seq, aggregate_type, aggregate_id, event_type, reason, "
        "detail, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (event_id) DO NOTHING");
    for (const Refusal &refusal : refusals) {
        const Event &event = pushed.at(refusal.index);
        insert.bindBlob(1, event.id)
            .bind(2, event.deviceSeq)
            .bind(3, static_cast<int>(event.aggregateType))
            .bind(4, event.aggregateId)
            .bind(5, event.type)
            .bind(6, refusal.reason)
            .bind(7, refusal.detail)
            .bind(8, atMs);
        insert.run();
    }
}

QList<SetAsideEvent> list(SqlDatabase &db)
{
    QList<SetAsideEvent> events;
    SqlStatement rows
        = db.prepare("SELECT event_id, device_seq, reason, detail, at_ms, aggregate_id, event_type "
                     "FROM set_aside ORDER BY at_ms DESC, device_seq DESC");
    while (rows.next())
        events.append({rows.blob(0), rows.int64(1), static_cast<int>(rows.int64(2)), rows.text(3),
            rows.int64(4), rows.text(5), rows.text(6)});
    return events;
}

qint64 count(SqlDatabase &db)
{
    return db.scalar("SELECT COUNT(*) FROM set_aside");
}

} // namespace setaside
} // namespace tz
