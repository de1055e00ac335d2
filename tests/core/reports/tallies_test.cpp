// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The month tallies behind 统计 against counting every case, on a demo ledger.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caselist.h"
#include "core/cases/caseservice.h"
#include "core/demo/demogenerator.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/migrations.h"
#include "core/ledger/sqldatabase.h"
#include "core/reports/measureservice.h"
#include "core/reports/measuretallies.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QStringList kOrgs {QString(), QStringLiteral("451200000000"), QStringLiteral("451202000000"),
    QStringLiteral("451202107000"), QStringLiteral("451202107001")};

// Every cohort, grouping and unit over `periods`: the tallies and the cases must agree.
void requireAgreement(SqlDatabase &db, const QList<QPair<QDate, QDate>> &periods)
{
    MeasureTallies tallies(db);
    const QList<TallyGrouping> groupings {
        {}, {TallyGrouping::Kind::Unit, 9}, {TallyGrouping::Kind::Month, 0}};
    for (const auto &[from, to] : periods) {
        for (const QString &org : kOrgs) {
            for (int c = 1; c <= 4; ++c) {
                for (const TallyGrouping &grouping : groupings) {
                    const MeasureQuery query {from, to, org, {}};
                    INFO(from.toString(Qt::ISODate).toStdString() + " .. "
                        + to.toString(Qt::ISODate).toStdString() + " org " + org.toStdString() + " cohort "
                        + std::to_string(c) + " grouping " + std::to_string(int(grouping.kind)));
                    Result<QMap<QString, TallySums>> fast
                        = tallies.sums(static_cast<Cohort>(c), query, grouping);
                    Result<QMap<QString, TallySums>> slow
                        = tallies.sumsFromCases(static_cast<Cohort>(c), query, grouping);
                    REQUIRE(fast.ok());
                    REQUIRE(slow.ok());
                    CHECK(*fast == *slow);
                }
            }
        }
    }
}

QList<QPair<QDate, QDate>> somePeriods(quint32 seed)
{
    QList<QPair<QDate, QDate>> periods {
        {QDate(2024, 7, 1), QDate(2026, 6, 30)}, // whole months only
        {QDate(2025, 3, 1), QDate(2025, 3, 31)}, {QDate(2025, 3, 15), QDate(2025, 3, 20)}, // inside one month
        {QDate(2025, 2, 27), QDate(2025, 5, 2)}, // days on both sides of whole months
    };
    QRandomGenerator random(seed);
    for (int i = 0; i < 6; ++i) {
        const QDate from = QDate(2024, 7, 1).addDays(random.bounded(700));
        periods.append({from, from.addDays(random.bounded(400))});
    }
    return periods;
}

std::unique_ptr<TempLedger> demoLedger()
{
    auto t = std::make_unique<TempLedger>(TempLedger::Data::None);
    DemoOptions options;
    options.cases = 1500;
    options.endMs = QDateTime(QDate(2026, 6, 30), QTime(18, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    Result<DemoReport> report = DemoGenerator(t->ws(), options).run(t->admin());
    REQUIRE(report.ok());
    REQUIRE(report->refused == 0);
    return t;
}

} // namespace

TEST_CASE("the month tallies give what counting every case gives, for any period, unit and grouping, "
          "as cases move on and after the migration",
    "[reports][tallies]")
{
    std::unique_ptr<TempLedger> t = demoLedger();
    SqlDatabase &db = t->ws().ledger().db();
    REQUIRE(db.scalar("SELECT COUNT(*) FROM case_tallies") > 0);
    requireAgreement(db, somePeriods(11));

    {
        // Cases move on (escalated, resolved): the triggers follow them.
        const Actor admin = t->admin();
        SqlStatement open
            = db.prepare("SELECT number FROM cases WHERE state IN (2, 3, 4) ORDER BY number LIMIT 30");
        QStringList numbers;
        while (open.next())
            numbers.append(open.text(0));
        REQUIRE(numbers.size() > 5);
        t->setNow(QStringLiteral("2026-06-30T19:00"));
        int resolved = 0;
        for (int i = 0; i < numbers.size(); ++i) {
            const QString &number = numbers.at(i);
            if (i % 3 == 0)
                resolved
                    += t->ws().cases().escalate(admin, number, QStringLiteral("超出村级事权")).ok() ? 1 : 0;
            else
                resolved += t->ws().cases().resolve(admin, number, QStringLiteral("已办结")).ok() ? 1 : 0;
        }
        CHECK(resolved > 0);
        requireAgreement(db, somePeriods(12));
    }

    {
        // An older ledger gets its tallies from the migration.
        const qint64 before
            = db.scalar("SELECT SUM(cases * cohort + resolved_now + satisfied) FROM case_tallies");
        {
            // As an older Taizhang left it; the scope ends before the connection does.
            const SqlDatabase::WriteScope olderVersion(db);
            db.exec(
                "DROP TRIGGER case_tallies_insert; DROP TRIGGER case_tallies_delete; DROP TRIGGER "
                "case_tallies_update; DROP TABLE case_tallies; DROP TABLE case_tally_changes; DROP INDEX "
                "cases_by_dispatched; DROP TABLE assessment_rule_sets; "
                "DROP INDEX cases_by_resolved; DROP INDEX cases_by_issue; DROP INDEX cases_with_root_cause; "
                "ALTER TABLE cases DROP COLUMN root_cause; ALTER TABLE cases DROP COLUMN issue_number; "
                "DROP TABLE set_aside; PRAGMA user_version = 10;");
        }
        t->reopen();
        SqlDatabase &again = t->ws().ledger().db();
        CHECK(again.scalar("PRAGMA user_version") == Migrations::latestVersion());
        CHECK(again.scalar("SELECT SUM(cases * cohort + resolved_now + satisfied) FROM case_tallies")
            == before);
        requireAgreement(again, somePeriods(13));
        Result<VerifyReport> verified = LedgerVerifier(t->ws().ledger()).verify();
        REQUIRE(verified.ok());
        CHECK(verified->ok);
    }

    // The units' figures add up to their parent's.
    MeasureService service(t->ws().ledger().db());
    const MeasureQuery query {QDate(2025, 1, 10), QDate(2026, 6, 20), QStringLiteral("451202000000"), {}};
    Result<QList<MeasureFigure>> whole = service.compute(query);
    Result<QMap<QString, QList<MeasureFigure>>> byTownship = service.computeByUnit(query, 9);
    REQUIRE(whole.ok());
    REQUIRE(byTownship.ok());
    REQUIRE(byTownship->size() > 1);
    for (int i = 0; i < whole->size(); ++i) {
        qint64 numerator = 0;
        qint64 denominator = 0;
        for (const QList<MeasureFigure> &unit : std::as_const(*byTownship)) {
            numerator += unit.at(i).numerator;
            denominator += unit.at(i).denominator;
        }
        INFO(whole->at(i).definition.code.toStdString());
        CHECK(numerator == whole->at(i).numerator);
        CHECK(denominator == whole->at(i).denominator);
    }
    CHECK(whole->at(0).denominator > 100);

    // Every figure's cases as a case list (统计's drill-down) count what the figure counts.
    CaseList list(t->ws().ledger().db());
    for (const MeasureFigure &figure : std::as_const(*whole)) {
        INFO(figure.definition.code.toStdString());
        Result<CaseFilter> numerator
            = MeasureService::drillDown(figure.definition, MeasureService::Part::Numerator, query);
        Result<CaseFilter> denominator
            = MeasureService::drillDown(figure.definition, MeasureService::Part::Denominator, query);
        REQUIRE(numerator.ok());
        REQUIRE(denominator.ok());
        CHECK(list.count(*numerator) == figure.numerator);
        CHECK(list.count(*denominator) == figure.denominator);
    }
}
