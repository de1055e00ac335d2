// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Private to core/ledger: the columns Ledger::readEvent() reads, shared by ledger.cpp and
// ledgerverify.cpp.
#pragma once

namespace tz {

// Columns of TZ_EVENT_FROM in readEvent()'s order, then the aggregate's rid; a prev_hash left
// out is the predecessor's hash.
#define TZ_EVENT_COLUMNS                                                                                     \
    "e.seq, e.id, a.type, a.id, e.type, e.payload, e.actor, e.device, e.device_seq, e.hlc, "                 \
    "IFNULL(e.prev_hash, (SELECT p.hash FROM events p WHERE p.device = e.device AND "                        \
    "p.device_seq = e.device_seq - 1)), e.hash, e.aggregate"
#define TZ_EVENT_FROM "events e JOIN aggregates a ON a.rid = e.aggregate"
inline constexpr int kAggregateRidColumn = 12;

} // namespace tz
