// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The only code outside ledger*.cpp that reaches into the ledger's own members: keep it to the
// door's few lines.
#include "core/ledger/ledgermaintenance.h"

#include "core/ledger/ledger.h"

namespace tz {

LedgerMaintenance::LedgerMaintenance(Ledger &ledger)
    : m_ledger(ledger)
{
}

SqlDatabase &LedgerMaintenance::db()
{
    return *m_ledger.m_db;
}

SqlDatabase::WriteScope LedgerMaintenance::writeScope()
{
    return SqlDatabase::WriteScope(*m_ledger.m_db);
}

NameDictionary &LedgerMaintenance::names()
{
    return m_ledger.m_names;
}

void LedgerMaintenance::forgetNames()
{
    m_ledger.m_names.forget();
}

void LedgerMaintenance::fold(SqlDatabase &target, qint64 aggregateRid, const Event &event)
{
    m_ledger.foldInto(target, event);
    m_ledger.trackAggregateIn(target, aggregateRid, event);
}

QStringList LedgerMaintenance::foldedTables()
{
    QStringList tables {QStringLiteral("aggregates")};
    for (const auto &entry : m_ledger.m_projections)
        tables += entry.second->tables();
    return tables;
}

void LedgerMaintenance::prepareConnection(SqlDatabase &connection)
{
    Ledger::prepareConnection(connection);
}

} // namespace tz
