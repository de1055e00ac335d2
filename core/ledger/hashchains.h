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
};

// Reads every event of `db` device by device (names as `names` numbers them) and tells `problem`
// of each event that does not match its hash or is not chained to the one before it, and of
// `ownDevice`'s events when they are not numbered from 1 without a gap (other devices' may skip
// numbers: a scoped sync leaves out what is not for this device).
Walked check(SqlDatabase &db, NameDictionary &names, const QString &ownDevice,
    const std::function<void(const QString &)> &problem);

} // namespace hashchains
} // namespace tz
