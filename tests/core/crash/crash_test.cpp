// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// kill -9 at random moments while registering: every case number printed after its commit
// is in the ledger, nothing is duplicated, and verify passes. TZ_CRASH_ROUNDS sets the rounds
// (200 by default, as CI runs it; 1000+ by hand).
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <csignal>

using tz::test::TempLedger;

TEST_CASE("kill -9 while registering loses no acknowledged case and corrupts nothing", "[crash]")
{
    const int rounds = qEnvironmentVariableIntValue("TZ_CRASH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("TZ_CRASH_ROUNDS")
        : 200;
    TempLedger t;
    const QString path = t.path();
    t.close(); // the child is the only connection while it runs
    QStringList acknowledged;
    QRandomGenerator random(77);
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(TZ_CLI_PATH),
            {QStringLiteral("--ledger"), path, QStringLiteral("stress-register"), QStringLiteral("--org"),
                QStringLiteral("451202107001")});
        REQUIRE(child.waitForStarted(10000));
        QThread::msleep(30 + random.bounded(120));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        REQUIRE(child.waitForFinished(10000));
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                acknowledged.append(QString::fromUtf8(line.trimmed()));
        }
    }
    t.reopen();
    QSet<QString> unique(acknowledged.cbegin(), acknowledged.cend());
    CHECK(unique.size() == acknowledged.size());
    INFO(acknowledged.size() << " cases acknowledged over " << rounds << " kills");
    REQUIRE(acknowledged.size() > 0);
    for (const QString &number : std::as_const(acknowledged)) {
        if (!t.ws().cases().byNumber(number)) {
            FAIL("acknowledged case " << number.toStdString() << " is missing");
        }
    }
    const qint64 rows = t.ws().ledger().db().scalar("SELECT COUNT(*) FROM cases");
    const qint64 distinct = t.ws().ledger().db().scalar("SELECT COUNT(DISTINCT number) FROM cases");
    CHECK(rows == distinct);
    CHECK(rows >= acknowledged.size());
    tz::Result<tz::VerifyReport> report = tz::LedgerVerifier(t.ws().ledger()).verify();
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok);
}
