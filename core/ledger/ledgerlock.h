// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QString>

#include <memory>

namespace tz {

// The claim one program lays on a ledger while it writes to it: an exclusive open file description
// lock on "<ledger>.lock" beside the file, which no close of another descriptor can drop and which
// ends with the process however it ends. A second Taizhang program (the desktop, the CLI, a
// backup) that finds it taken is told who holds it instead of opening the ledger: SQLite 3.40
// must never see two writers on one file (see NOTES: the WAL-reset bug).
//
// The lock file holds who took it (program, process, user, since when), for that message.
class LedgerLock
{
public:
    // Takes the lock of the ledger at `ledgerPath`, creating the lock file (0600) when needed.
    // A Conflict error names the program holding it; an Io error says why the file cannot be
    // made.
    static Result<std::unique_ptr<LedgerLock>> take(const QString &ledgerPath);
    // "<ledger>.lock".
    static QString lockPathOf(const QString &ledgerPath);

    ~LedgerLock();
    LedgerLock(const LedgerLock &) = delete;
    LedgerLock &operator=(const LedgerLock &) = delete;

private:
    explicit LedgerLock(int fd);
    int m_fd = -1;
};

} // namespace tz
