// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/textindexbacklog.h"

#include "core/ledger/sqldatabase.h"
#include "core/ledger/textbacklog.h"

namespace tz {

TextIndexBacklog::TextIndexBacklog(Ledger &ledger)
    : LedgerMaintenance(ledger)
{
}

qint64 TextIndexBacklog::size()
{
    return textbacklog::size(db());
}

Result<qint64> TextIndexBacklog::index(int maxCases)
{
    const SqlDatabase::WriteScope writing = writeScope();
    try {
        SqlTransaction transaction(db());
        textbacklog::work(db(), maxCases);
        transaction.commit();
        return textbacklog::size(db());
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz
