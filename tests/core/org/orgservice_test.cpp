// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/org/orgservice.h"

using namespace tz;
using tz::test::TempLedger;

namespace {

CsvTable table(const QByteArray &csv)
{
    Result<CsvTable> parsed = CsvReader::parse(csv, CsvReader::Encoding::Utf8);
    REQUIRE(parsed.ok());
    return *parsed;
}

} // namespace

TEST_CASE("the real 河池 division file imports whole, and again changes nothing", "[org]")
{
    TempLedger t(TempLedger::Data::None);
    const QString file = tz::test::sourcePath(QStringLiteral("resources/divisions/divisions-4512-hechi.csv"));
    Result<DivisionImportReport> first = t.ws().org().importDivisions(t.admin(), file);
    REQUIRE(first.ok());
    REQUIRE(first->errors.isEmpty());
    CHECK(first->totals.value(OrgLevel::City) == 1);
    CHECK(first->totals.value(OrgLevel::County) == 11);
    CHECK(first->totals.value(OrgLevel::Township) == 141);
    CHECK(first->totals.value(OrgLevel::Village) == 1666);
    CHECK(first->created == 1819);

    const qint64 events = t.ws().ledger().eventCount();
    Result<DivisionImportReport> again = t.ws().org().importDivisions(t.admin(), file);
    REQUIRE(again.ok());
    CHECK(again->created == 0);
    CHECK(again->unchanged == 1819);
    CHECK(t.ws().ledger().eventCount() == events);
    CHECK(t.ws().org().pathName(QStringLiteral("451202107001"))
        == QStringLiteral("河池市 / 金城江区 / 五圩镇 / 五圩社区居民委员会"));
}

TEST_CASE("an import stopped halfway changes nothing, and tells its progress up to the stop", "[org]")
{
    TempLedger t(TempLedger::Data::None);
    const QString file = tz::test::sourcePath(QStringLiteral("resources/divisions/divisions-4512-hechi.csv"));
    const qint64 events = t.ws().ledger().eventCount();
    QList<qint64> told;
    Result<DivisionImportReport> stopped
        = t.ws().org().importDivisions(t.admin(), file, [&told](qint64 done, qint64 total) {
              CHECK(total == 1819);
              told.append(done);
              return done < 900;
          });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind == ErrorKind::Cancelled);
    CHECK(told.constLast() >= 900);
    CHECK(told.constLast() < 1819);
    CHECK(t.ws().ledger().eventCount() == events);
    CHECK_FALSE(t.ws().org().unit(QStringLiteral("451202107001")).has_value());

    // The same import let run reaches the total, and the ledger is whole afterwards.
    qint64 last = 0;
    Result<DivisionImportReport> whole
        = t.ws().org().importDivisions(t.admin(), file, [&last](qint64 done, qint64) {
              last = done;
              return true;
          });
    REQUIRE(whole.ok());
    CHECK(last == 1819);
    CHECK(whole->created == 1819);
    CHECK(LedgerVerifier(t.ws().ledger()).verify()->ok);
}

TEST_CASE("a renamed unit becomes one rename event", "[org]")
{
    TempLedger t;
    const qint64 events = t.ws().ledger().eventCount();
    QByteArray csv = tz::test::smallDivisionsCsv();
    csv.replace("东江镇", "东江街道");
    Result<DivisionImportReport> report = t.ws().org().importDivisions(t.admin(), table(csv));
    REQUIRE(report.ok());
    CHECK(report->renamed == 1);
    CHECK(t.ws().ledger().eventCount() == events + 1);
    CHECK(t.ws().org().unit(QStringLiteral("451202101000"))->name == QStringLiteral("东江街道"));
}

TEST_CASE("a broken division file is reported row by row and imports nothing", "[org]")
{
    TempLedger t(TempLedger::Data::None);
    const QByteArray csv = "code,name,level,parent_code\n"
                           "451200000000,河池市,city,450000000000\n"
                           "45120200000,金城江区,county,451200000000\n" // line 3: 11 digits
                           "451203000000,宜州区,district,451200000000\n" // line 4: bad level
                           "451203001000,庆远镇,township,451299000000\n" // line 5: parent missing
                           "451200000000,河池市,city,450000000000\n" // line 6: duplicate
                           "451204001000,某镇,township,451200000000\n" // line 7: township under city
                           "451221000000,南丹县,county,451200000000\n"
                           "451222101000,错镇,township,451221000000\n" // line 9: prefix mismatch
                           "451221101000,,township,451221000000\n" // line 10: empty name
                           "451221107501,新镇,township,451221000000\n" // line 11: a village's code
                           "451221101000,车河镇,township,451221000000\n"
                           "451221101000000,x,village,451221101000\n" // line 13: 15 digits
                           "451221101000,车河镇重复,village,451221101000\n"; // line 14: a township's code
    const qint64 events = t.ws().ledger().eventCount();
    Result<DivisionImportReport> report = t.ws().org().importDivisions(t.admin(), table(csv));
    REQUIRE(report.ok());
    QList<int> lines;
    for (const RowError &e : report->errors)
        lines.append(e.line);
    CHECK(lines == QList<int> {3, 4, 5, 6, 7, 9, 10, 11, 13, 14});
    CHECK(t.ws().ledger().eventCount() == events);
    CHECK(t.ws().org().countByLevel().value(OrgLevel::City) == 0);
}

TEST_CASE("only an administrator changes the org tree", "[org]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, QStringLiteral("451202107001"), QStringLiteral("clerk"));
    Result<DivisionImportReport> report
        = t.ws().org().importDivisions(clerk, table(tz::test::smallDivisionsCsv()));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Forbidden);
    Result<Department> department
        = t.ws().org().addDepartment(clerk, QStringLiteral("451202107000"), QStringLiteral("司法所"));
    REQUIRE_FALSE(department.ok());
}

TEST_CASE("departments belong to a unit and are unique there", "[org]")
{
    TempLedger t;
    Result<Department> d
        = t.ws().org().addDepartment(t.admin(), QStringLiteral("451202107000"), QStringLiteral("司法所"));
    REQUIRE(d.ok());
    CHECK(t.ws().org().departments(QStringLiteral("451202107000")).size() == 1);
    Result<Department> twice
        = t.ws().org().addDepartment(t.admin(), QStringLiteral("451202107000"), QStringLiteral("司法所"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Conflict);
    REQUIRE(t.ws().org().retireDepartment(t.admin(), d->id).ok());
    CHECK(t.ws().org().departments(QStringLiteral("451202107000")).isEmpty());
}
