// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/hlc.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tz {

// What an event changes. The numbers are stored in the ledger: never renumber.
enum class AggregateType : int {
    OrgUnit = 1,
    Department = 2,
    Grid = 3,
    Household = 4,
    Resident = 5,
    CatalogItem = 6,
    CalendarDay = 7,
    User = 8,
    Case = 9,
    Setting = 10,
};

// One fact in the ledger. Immutable once appended.
struct Event
{
    QByteArray id; // UUIDv7, 16 bytes
    AggregateType aggregateType = AggregateType::Case;
    QString aggregateId;
    QString type;
    QJsonObject payload;
    QString actor; // user id of whoever did it
    QString device; // device id of the ledger that recorded it
    qint64 deviceSeq = 0;
    HlcTimestamp hlc;
    QByteArray prevHash;
    QByteArray hash;
    qint64 seq = 0; // local arrival order (0 until stored)

    // SHA-256 over the event's content and the device's previous hash, its first 16 bytes
    // (128 bits: tampering stays as hard to hide as with the whole digest for our purposes).
    static constexpr qsizetype kHashSize = 16;
    [[nodiscard]] QByteArray computeHash() const;
    [[nodiscard]] QByteArray payloadJson() const;
    // Fold order: HLC, then device, then device sequence.
    [[nodiscard]] bool foldsBefore(const Event &other) const;
};

} // namespace tz
