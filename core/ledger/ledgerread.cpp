// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Reading the event log back: an aggregate's events in fold order, this device's own to push, all
// of them in arrival order.
#include "core/ledger/ledger.h"

#include "core/ledger/eventcolumns.h"
#include "core/ledger/sqldatabase.h"

#include <algorithm>

namespace tz {

QList<Event> Ledger::events(AggregateType type, const QString &aggregateId)
{
    const qint64 aggregate = aggregateRid(type, aggregateId, false);
    if (aggregate == 0)
        return {};
    SqlStatement &statement = m_db->cached(
        "Ledger::events", "SELECT " TZ_EVENT_COLUMNS " FROM " TZ_EVENT_FROM " WHERE e.aggregate = ?1");
    statement.bind(1, aggregate);
    QList<Event> result;
    while (statement.next())
        result.append(storedform::readEvent(statement, m_names));
    statement.reset();
    std::sort(result.begin(), result.end(), [](const Event &a, const Event &b) { return a.foldsBefore(b); });
    return result;
}

QList<Event> Ledger::ownEventsAfter(qint64 deviceSeq, int limit)
{
    SqlStatement &statement = m_db->cached("Ledger::ownEventsAfter",
        "SELECT " TZ_EVENT_COLUMNS " FROM " TZ_EVENT_FROM
        " WHERE e.device = ?1 AND e.device_seq > ?2 ORDER BY e.device_seq LIMIT ?3");
    statement.bind(1, m_names.find(m_device.id)).bind(2, deviceSeq).bind(3, limit);
    QList<Event> result;
    while (statement.next())
        result.append(storedform::readEvent(statement, m_names));
    statement.reset();
    return result;
}

QList<Event> Ledger::eventsSince(qint64 after, int limit)
{
    SqlStatement &statement = m_db->cached("Ledger::eventsSince",
        "SELECT " TZ_EVENT_COLUMNS " FROM " TZ_EVENT_FROM " WHERE e.seq > ?1 ORDER BY e.seq LIMIT ?2");
    statement.bind(1, after).bind(2, limit);
    QList<Event> result;
    while (statement.next())
        result.append(storedform::readEvent(statement, m_names));
    statement.reset();
    return result;
}

qint64 Ledger::eventCount()
{
    return m_db->scalar("SELECT COUNT(*) FROM events");
}

} // namespace tz
