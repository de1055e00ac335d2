// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A ledger in use stays whole whatever else touches its files: descriptors opened and closed in
// the same process, plain SQLite in another, a second Taizhang program.
#include "support/catchqt.h"
#include "support/powercut.h"
#include "support/templedger.h"

#include "core/ledger/ledger.h"
#include "core/ledger/ledgerlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace tz;
using tz::test::TempLedger;

TEST_CASE("a change saved after another descriptor of the ledger was closed survives another program and a "
          "power cut",
    "[ledger][lock]")
{
    TempLedger t;
    const QString before = test::registerAt(t, QStringLiteral("451202107001"), Handling::Fast);

    test::touchLedgerFiles(t.path());
    // A program outside Taizhang reads the ledger and closes it; were our locks gone, it would
    // checkpoint and delete the write-ahead log this connection still writes into.
    REQUIRE(test::peekWithPlainSqlite(t.path()) == 0);
    CHECK(QFile::exists(t.path() + QStringLiteral("-wal")));

    const QString after = test::registerAt(t, QStringLiteral("451202107001"), Handling::Fast);
    QTemporaryDir elsewhere;
    const QStringList onDisk = test::caseNumbersAfterPowerCut(t.path(), elsewhere.path());
    CHECK(onDisk.contains(before));
    CHECK(onDisk.contains(after));
}

TEST_CASE("a second program is told who holds a ledger in use and changes nothing", "[ledger][lock]")
{
    TempLedger t;
    const QString number = test::registerAt(t, QStringLiteral("451202107001"), Handling::Fast);

    // Another Taizhang program: the CLI, for a read as much as for a write.
    QProcess cli;
    cli.start(QStringLiteral(TZ_CLI_PATH),
        {QStringLiteral("--ledger"), t.path(), QStringLiteral("search"), number});
    REQUIRE(cli.waitForFinished(60000));
    CHECK(cli.exitCode() != 0);
    const QString said = QString::fromUtf8(cli.readAllStandardError());
    INFO(said.toStdString());
    CHECK(said.contains(QString::number(QCoreApplication::applicationPid())));

    // In this process too, a second writer is refused rather than let in.
    Result<std::unique_ptr<Ledger>> second = Ledger::open(t.path(), {});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Conflict);

    // Closed, the ledger is anyone's again, and the lock file says nothing to other users.
    t.close();
    cli.start(QStringLiteral(TZ_CLI_PATH),
        {QStringLiteral("--ledger"), t.path(), QStringLiteral("search"), number});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(QFileInfo(LedgerLock::lockPathOf(t.path())).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));
}

TEST_CASE("a new ledger, its folder and its log are readable by their owner only", "[ledger][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private/new.taizhang"));
    Workspace::InitOptions options;
    options.adminPassword = QStringLiteral("admin-password");
    Result<std::unique_ptr<Workspace>> made = Workspace::init(path, options);
    REQUIRE(made.ok());
    const auto ownerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    CHECK(QFileInfo(path).permissions() == ownerOnly);
    CHECK(QFileInfo(path + QStringLiteral("-wal")).permissions() == ownerOnly);
    CHECK(QFileInfo(QFileInfo(path).absolutePath()).permissions()
        == (ownerOnly | QFileDevice::ExeOwner | QFileDevice::ExeUser));
}
