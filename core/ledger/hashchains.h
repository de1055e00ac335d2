// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

#include <functional>

namespace tz {

class NameDictionary;
class SqlDatabase;

// Every event's hash and its link to the one before it on its device: what the verifier checks on
// a ledger, and snapshot adoption on a starting copy before it is taken.
namespace hashchains {

struct Walked
{
    qint64 events = 0;
    qint64 devices = 0;
    // Events whose payload holds what only Qt's reading of the stored form writes as JSON
    // (floating-point numbers, byte strings, tags other than a UUID's, keys out of order): their
    // hash is computed through Event::computeHash. The others' hash input is written straight
    // from the stored row, the same bytes.
    qint64 general = 0;
};

// Reads every event of `db` in the order it is stored (names as `names` numbers them) and tells
// `problem` of each event that does not match its hash or is not chained to the one before it on
// its device, and of `ownDevice`'s events when they are not numbered from 1 without a gap (other
// devices' may skip numbers: a scoped sync leaves out what is not for this device). Problems
// come in (device, device sequence) order, the first 1,000 of them.
Walked check(SqlDatabase &db, NameDictionary &names, const QString &ownDevice,
    const std::function<void(const QString &)> &problem);

// The same walk over the ledger file `path` (a starting copy, never a ledger in use), in ranges
// of its events on `workers` threads (0: one per core), each with a connection of its own that
// only reads.
Walked checkFile(const QString &path, const std::function<void(const QString &)> &problem, int workers = 0);

} // namespace hashchains
} // namespace tz
