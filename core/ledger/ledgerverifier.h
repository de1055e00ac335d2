// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/ledger/ledgermaintenance.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tz {

struct VerifyReport
{
    bool ok = true;
    qint64 events = 0;
    qint64 devices = 0;
    qint64 aggregates = 0;
    QString integrity; // "ok" or what integrity_check said
    QStringList problems;
};

// A ledger's self-checks (`taizhang-cli verify`, the tests): the hash chains, the read tables
// against a fresh fold of every event, and SQLite's integrity_check. Reads only.
class LedgerVerifier : private LedgerMaintenance
{
public:
    explicit LedgerVerifier(Ledger &ledger);

    // Hash chains, projections against a fresh fold of all events, and integrity_check.
    [[nodiscard]] Result<VerifyReport> verify();
    // SHA-256 of each projection table's rows in a canonical order (internal row ids left out).
    [[nodiscard]] QMap<QString, QByteArray> projectionDigests();

private:
    QMap<QString, QByteArray> digestsOf(SqlDatabase &connection);
};

} // namespace tz
