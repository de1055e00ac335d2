// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/ledger/ledgermaintenance.h"

#include <QString>

#include <functional>

namespace tz {

// A new device takes the server-built copy of its scope's ledger (the same schema, folded there)
// instead of folding years of events one by one.
class SnapshotAdoption : private LedgerMaintenance
{
public:
    explicit SnapshotAdoption(Ledger &ledger);

    // Fills the ledger, which must hold no events yet (a new device), from `file`: a ledger of the
    // same schema that the server built for this device's scope. The copy is checked first: its
    // file must pass quick_check, every event must match its hash and be chained to the one
    // before it on its device, and none may be this device's; a copy that fails is refused
    // (ErrorKind::Corrupt) and nothing changes.
    // Every table is copied but this device's own (identity, sync state); the cases' text goes to
    // the index backlog. `alsoInTransaction` runs before the commit (the sync cursor moves to the
    // copy's).
    [[nodiscard]] Status adopt(
        const QString &file, const std::function<void(SqlDatabase &)> &alsoInTransaction = {});

private:
    // Throws when `file` is not a copy this ledger may take (another schema, a broken chain).
    void check(const QString &file);
    // The two ways in: the copy's file put in place of this one, or (when another connection
    // holds this file) every table copied in.
    bool takeFileOf(const QString &file, const std::function<void(SqlDatabase &)> &alsoInTransaction);
    void copyTablesOf(const QString &file, const std::function<void(SqlDatabase &)> &alsoInTransaction);
};

} // namespace tz
