// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

namespace tz {

class SqlDatabase;
struct Event;

// One of this device's events the server refused to store, set aside (migration 0014) so that the
// rest of the sync goes on.
struct SetAsideEvent
{
    QByteArray eventId;
    qint64 deviceSeq = 0;
    int reason = 0; // wire::Refusal
    QString detail; // the server's words
    qint64 atMs = 0;
    // What the event was (its record and type), for the list shown to the user.
    QString aggregateId;
    QString eventType;

    // Why, in the user's language.
    [[nodiscard]] QString reasonText() const;
};

namespace setaside {

// An answer's refusals, checked against the batch of `pushed` events it answers: each names an
// event of the batch once, and exactly the events acknowledged with 0 are named.
struct Refusal
{
    qsizetype index = 0;
    int reason = 0;
    QString detail;
};
Result<QList<Refusal>> decode(const QCborValue &value, const QList<qint64> &acks);

// Records the refusals of `pushed` events (joins the caller's open transaction).
void record(SqlDatabase &db, const QList<Event> &pushed, const QList<Refusal> &refusals, qint64 atMs);

// Every event set aside on this device, newest first, with what it was.
QList<SetAsideEvent> list(SqlDatabase &db);
qint64 count(SqlDatabase &db);

} // namespace setaside
} // namespace tz
