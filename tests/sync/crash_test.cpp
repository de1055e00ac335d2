// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// kill -9 of the device's sync and of the server at random moments: nothing acknowledged is
// lost, nothing is stored twice, no ledger is damaged.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/cases/caselist.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace tz;
using tz::test::Device;
using tz::test::Origin;
using tz::test::TestServer;

namespace {

// Runs taizhang-cli on `ledger`; when `killAfterMs` >= 0 it is killed (SIGKILL) after that long.
int cli(const QString &ledger, const QStringList &arguments, int killAfterMs = -1)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TAIZHANG_PASSWORD"), QStringLiteral("password-1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TZ_CLI_PATH), QStringList {QStringLiteral("--ledger"), ledger} + arguments);
    if (!process.waitForStarted(10000))
        return -1;
    if (killAfterMs >= 0) {
        QThread::msleep(static_cast<unsigned long>(killAfterMs));
        process.kill();
    }
    process.waitForFinished(30000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -9;
}

} // namespace

TEST_CASE(
    "kill -9 of the syncing device and of the server, a hundred times, loses and doubles nothing", "[sync]")
{
    TestServer server;
    Origin origin(server);
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("village.taizhang"));
    REQUIRE(cli(ledger,
                {QStringLiteral("enroll"), QStringLiteral("--server"), server.url().toString(),
                    QStringLiteral("--code"), server.enrollmentCode(tz::test::kVillage)})
        == 0);
    REQUIRE(cli(ledger, {QStringLiteral("sync")}) == 0);

    QRandomGenerator random(20261201);
    int killed = 0;
    int serverKills = 0;
    for (int round = 0; round < 100; ++round) {
        REQUIRE(cli(ledger,
                    {QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("case"),
                        QStringLiteral("register"), QStringLiteral("--org"), tz::test::kVillage,
                        QStringLiteral("--handling"), QStringLiteral("fast"), QStringLiteral("--title"),
                        QStringLiteral("第 %1 件").arg(round)})
            == 0);
        if (round % 10 == 5) {
            // The server dies while the device syncs: started, then killed a moment later.
            QProcess sync;
            sync.start(
                QStringLiteral(TZ_CLI_PATH), {QStringLiteral("--ledger"), ledger, QStringLiteral("sync")});
            REQUIRE(sync.waitForStarted(10000));
            QThread::msleep(random.bounded(5, 60));
            server.restart();
            ++serverKills;
            sync.waitForFinished(30000);
        } else {
            const int code = cli(ledger, {QStringLiteral("sync")}, static_cast<int>(random.bounded(0, 40)));
            killed += code == -9 ? 1 : 0;
        }
    }
    INFO("device syncs killed: " << killed << ", server kills: " << serverKills);
    CHECK(killed > 10); // the kills did land mid-sync
    REQUIRE(cli(ledger, {QStringLiteral("sync")}) == 0);

    // Every event of the device is on the server exactly once, and the ledger is whole.
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(ledger);
    REQUIRE(opened.ok());
    Ledger &village = (*opened)->ledger();
    const qint64 own = village.ownEventsAfter(0, 1000000).size();
    CHECK(server.eventsOf(village.device().id) == own);
    CHECK(SyncClient(village).waitingEvents() == 0);
    const Result<VerifyReport> verified = LedgerVerifier(village).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);

    // Another device receives the hundred cases once each.
    Device township(server, tz::test::kTownship);
    township.sync();
    CaseFilter all;
    CHECK(CaseList(township.ws->ledger().db()).count(all) == 100);
    CHECK(LedgerVerifier(township.ws->ledger()).verify()->ok);
}
