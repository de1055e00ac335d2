// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// What another program does to a ledger in use, and what a power cut leaves of it.
#pragma once

#include <QString>
#include <QStringList>

namespace tz::test {

// Runs the plain-SQLite reader (tests/support/sqlitepeek.cpp) on `ledgerPath` and waits for it;
// returns its exit code (-1 when it did not run).
int peekWithPlainSqlite(const QString &ledgerPath);

// Opens and closes descriptors of the ledger's files the ways code in the process might: a raw
// open, a QFile read, a content sniff for its type, a hash of it.
void touchLedgerFiles(const QString &ledgerPath);

// The case numbers a restart after a power cut (kill -9) would find: the ledger's file and its
// write-ahead log as they are on disk now, copied into `intoDir` and opened there.
QStringList caseNumbersAfterPowerCut(const QString &ledgerPath, const QString &intoDir);

} // namespace tz::test
