// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/sqldatabase.h"

#include <QStringList>

namespace tz {

class Ledger;
class NameDictionary;
struct Event;

// The narrow door through which maintenance reaches a ledger: what snapshot adoption
// (SnapshotAdoption), the verifier (LedgerVerifier) and the text index backlog (TextIndexBacklog)
// may do besides reading, and nothing that appends an event. Each job derives from it; the ledger
// itself (ledger.h) is the event log and its transactions.
class LedgerMaintenance
{
protected:
    explicit LedgerMaintenance(Ledger &ledger);
    ~LedgerMaintenance() = default;
    LedgerMaintenance(const LedgerMaintenance &) = delete;
    LedgerMaintenance &operator=(const LedgerMaintenance &) = delete;

    Ledger &ledger() { return m_ledger; }
    // The ledger's writer connection: read through it freely, change it only inside writeScope().
    SqlDatabase &db();
    // The ledger's leave to change its connection while the scope lives (its own transactions
    // take the same): outside one, every change is refused.
    [[nodiscard]] SqlDatabase::WriteScope writeScope();
    // The ledger's dictionary of names (devices, actors, event types) as its file numbers them.
    NameDictionary &names();
    // After a rollback, or once the file's content was replaced: the numbers cached are stale.
    void forgetNames();
    // Folds `event` of the aggregate numbered `aggregateRid` into `target`'s read tables with the
    // ledger's projections, as appending it does (the verifier folds into a database of its own).
    void fold(SqlDatabase &target, qint64 aggregateRid, const Event &event);
    // The read tables a fold fills: `aggregates` and every projection's.
    QStringList foldedTables();
    // The functions, the chars tokenizer and the pragmas every writer connection has.
    static void prepareConnection(SqlDatabase &connection);

private:
    Ledger &m_ledger;
};

} // namespace tz
