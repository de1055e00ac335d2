// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli as scripts use it: a real process, JSON on stdout, errors on stderr.
#include "support/catchqt.h"
#include "support/templedger.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TZ_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("taizhang-cli checks resident ID numbers", "[cli]")
{
    CHECK(cli({QStringLiteral("check-id"), QStringLiteral("11010519491231002X")}).exitCode == 0);
    CHECK(cli({QStringLiteral("check-id"), QStringLiteral("440524188001010014")}).exitCode == 0);
    const Run bad = cli({QStringLiteral("check-id"), QStringLiteral("110105194912310021")});
    CHECK(bad.exitCode == 1);
    CHECK_FALSE(bad.err.isEmpty());
    CHECK(cli({QStringLiteral("check-id"), QStringLiteral("110105491231002")}).exitCode == 1);
}

TEST_CASE("taizhang-cli builds a ledger and takes a case through the loop", "[cli]")
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("cli.taizhang"));
    const QStringList base {QStringLiteral("--ledger"), ledger, QStringLiteral("--json")};

    const Run init = cli(base + QStringList {QStringLiteral("init")});
    REQUIRE(init.exitCode == 0);
    CHECK(init.json().value(QLatin1String("adminPassword")).toString().size() >= 12);
    CHECK(cli(base + QStringList {QStringLiteral("init")}).exitCode != 0); // never over an existing ledger

    const Run divisions = cli(base
        + QStringList {QStringLiteral("import-divisions"),
            tz::test::sourcePath(QStringLiteral("resources/divisions/divisions-4512-hechi.csv"))});
    REQUIRE(divisions.exitCode == 0);
    CHECK(divisions.json()
        == QJsonObject {{QStringLiteral("city"), 1}, {QStringLiteral("county"), 11},
            {QStringLiteral("township"), 141}, {QStringLiteral("village"), 1666}});
    REQUIRE(cli(base
                + QStringList {QStringLiteral("import-holidays"),
                    tz::test::sourcePath(QStringLiteral("resources/calendar/holidays-cn-2025-2026.csv"))})
                .exitCode
        == 0);
    REQUIRE(cli(base
                + QStringList {QStringLiteral("import-catalog"),
                    tz::test::sourcePath(QStringLiteral("resources/catalog/default-catalog.csv"))})
                .exitCode
        == 0);

    const Run registered = cli(base
        + QStringList {QStringLiteral("case"), QStringLiteral("register"), QStringLiteral("--org"),
            QStringLiteral("451202107001"), QStringLiteral("--handling"), QStringLiteral("fast"),
            QStringLiteral("--title"), QStringLiteral("路灯不亮"), QStringLiteral("--at"),
            QStringLiteral("2026-01-09T10:00"), QStringLiteral("--resident-id"),
            QStringLiteral("11010519491231002X"), QStringLiteral("--resident-name"), QStringLiteral("黎承辉"),
            QStringLiteral("--phone"), QStringLiteral("13807781234")});
    REQUIRE(registered.exitCode == 0);
    const QString number = registered.json().value(QLatin1String("caseNumber")).toString();
    CHECK(number.startsWith(QStringLiteral("20260109-")));
    CHECK(registered.json().value(QLatin1String("deadline")).toString() == QStringLiteral("2026-01-14"));
    CHECK(registered.json().value(QLatin1String("phone")).toString() == QStringLiteral("138****1234"));

    const auto caseStep = [&](const QStringList &words) {
        const Run run = cli(base + QStringList {QStringLiteral("case")} + words);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json().value(QLatin1String("state")).toString();
    };
    CHECK(caseStep(
              {QStringLiteral("dispatch"), number, QStringLiteral("--org"), QStringLiteral("451202107001")})
        == QStringLiteral("dispatched"));
    CHECK(caseStep({QStringLiteral("accept"), number}) == QStringLiteral("accepted"));
    CHECK(caseStep({QStringLiteral("resolve"), number, QStringLiteral("--result"), QStringLiteral("已修复")})
        == QStringLiteral("resolved"));
    CHECK(caseStep({QStringLiteral("follow-up"), number, QStringLiteral("--satisfaction"),
              QStringLiteral("satisfied")})
        == QStringLiteral("followed-up"));
    CHECK(caseStep({QStringLiteral("close"), number}) == QStringLiteral("closed"));

    const Run refused = cli(base + QStringList {QStringLiteral("case"), QStringLiteral("accept"), number});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.err.isEmpty());
    CHECK(refused.out.isEmpty());

    const Run found = cli(base + QStringList {QStringLiteral("search"), QStringLiteral("路灯")});
    REQUIRE(found.exitCode == 0);
    CHECK(found.json().value(QLatin1String("count")).toInt() == 1);

    const Run verify = cli(base + QStringList {QStringLiteral("verify")});
    REQUIRE(verify.exitCode == 0);
    CHECK(verify.json().value(QLatin1String("ok")).toBool());
    CHECK(verify.json().value(QLatin1String("events")).toInt() > 1800);
}

TEST_CASE("taizhang-cli refuses a broken CSV and leaves the ledger as it was", "[cli]")
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("cli.taizhang"));
    REQUIRE(cli({QStringLiteral("--ledger"), ledger, QStringLiteral("init")}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("broken.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("code,name,level,parent_code\n451200000000,\xE6\xB2\xB3\xFF\xFE,city,450000000000\n");
    file.close();
    const Run run = cli({QStringLiteral("--ledger"), ledger, QStringLiteral("import-divisions"), csv});
    CHECK(run.exitCode != 0);
    CHECK_FALSE(run.err.isEmpty());
    const Run verify
        = cli({QStringLiteral("--ledger"), ledger, QStringLiteral("--json"), QStringLiteral("verify")});
    CHECK(verify.json().value(QLatin1String("events")).toInt() == 1);
}
