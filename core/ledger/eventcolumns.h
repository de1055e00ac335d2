// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Private to core/ledger: the columns storedform::readEvent() reads, shared by the ledger's reads
// and its checks (ledgerverifier.cpp, hashchains.cpp).
#pragma once

namespace tz {

// Columns of TZ_EVENT_FROM in storedform::readEvent()'s order, then the aggregate's rid; a prev_hash left
// out is the predecessor's hash.
#define TZ_EVENT_COLUMNS_BEFORE_PREV                                                                         \
    "e.seq, e.id, a.type, a.id, e.type, e.payload, e.actor, e.device, e.device_seq, e.hlc, "
#define TZ_EVENT_COLUMNS_AFTER_PREV ", e.hash, e.aggregate"
#define TZ_EVENT_COLUMNS                                                                                     \
    TZ_EVENT_COLUMNS_BEFORE_PREV                                                                             \
    "IFNULL(e.prev_hash, (SELECT p.hash FROM events p WHERE p.device = e.device AND "                        \
    "p.device_seq = e.device_seq - 1))" TZ_EVENT_COLUMNS_AFTER_PREV
// The same with prev_hash as stored (NULL: the predecessor's hash), for a walk in (device,
// device_seq) order, which holds the predecessor at hand.
#define TZ_EVENT_COLUMNS_STORED_PREV TZ_EVENT_COLUMNS_BEFORE_PREV "e.prev_hash" TZ_EVENT_COLUMNS_AFTER_PREV
#define TZ_EVENT_FROM "events e JOIN aggregates a ON a.rid = e.aggregate"
inline constexpr int kPrevHashColumn = 10;
inline constexpr int kAggregateRidColumn = 12;

} // namespace tz
