// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-report-bench --ledger FILE [--repeat N] [--today YYYY-MM-DD] [--intake N]: 统计 on a
// big ledger. Times the dashboard's first paint (open the ledger, read everything the screen
// shows for the whole ledger and this year) and its reads for other units and periods, beside
// the same measures counted from every case without the tallies. With --intake, what keeping
// the tallies costs a registration: N registrations (fsync included) on the ledger and on a copy
// without the tally triggers, in alternating rounds. With --recurring, only 举一反三: finding the
// groups of one problem among the open and recent cases of a township, the county and the whole
// ledger. Prints JSON for docs/BENCHMARKS.md.
#include "benchoptions.h"
#include "benchstats.h"

#include "core/cases/caseservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/recurring/recurringissues.h"
#include "core/reports/dashboard.h"
#include "core/reports/measuretallies.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace tz;
using namespace tz::bench;

namespace {

QTextStream out(stdout);

void mustLoad(Dashboard &dashboard, const MeasureQuery &query, const QDate &today)
{
    Result<DashboardData> data = dashboard.load(query, today);
    if (!data)
        qFatal("%s", qPrintable(data.error().message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(
        QStringLiteral("统计 on a big ledger: the dashboard's first paint and reads beside the "
                       "same measures counted from every case."),
        {{QStringLiteral("ledger"), QStringLiteral("FILE"), QStringLiteral("the ledger (required)")},
            {QStringLiteral("repeat"), QStringLiteral("N"), QStringLiteral("runs of each read"),
                QStringLiteral("20")},
            {QStringLiteral("today"), QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("the day the reads take as today"),
                businesstime::dateOf(QDateTime::currentMSecsSinceEpoch()).toString(Qt::ISODate)},
            {QStringLiteral("intake"), QStringLiteral("N"),
                QStringLiteral("also N registrations with and without the tallies"), QStringLiteral("0")},
            {QStringLiteral("recurring"), {}, QStringLiteral("only 举一反三's reads")}});
    options.parse(app.arguments());
    const QString ledgerPath = options.value(QStringLiteral("ledger"));
    const int repeat = options.number(QStringLiteral("repeat"));
    const QDate today = QDate::fromString(options.value(QStringLiteral("today")), Qt::ISODate);
    if (ledgerPath.isEmpty())
        options.fail(QStringLiteral("--ledger is required."));
    if (!today.isValid())
        options.fail(QStringLiteral("--today takes a date as YYYY-MM-DD."));
    QJsonObject results;
    if (options.isSet(QStringLiteral("recurring"))) {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(ledgerPath);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        Workspace &w = **opened;
        RecurringIssues issues(w.ledger().db(), w.org(), w.catalog());
        const qint64 now = QDateTime(today, QTime(18, 0), businesstime::zone()).toMSecsSinceEpoch();
        QJsonObject finds;
        for (const auto &[name, unit] : {std::pair {"township", QStringLiteral("451202107000")},
                 std::pair {"county", QStringLiteral("451202000000")},
                 std::pair {"whole_ledger", QString()}}) {
            qsizetype groups = 0;
            QJsonObject find = measure(std::max(3, repeat / 4), [&](int) {
                Result<QList<RecurringProposal>> found = issues.find(unit, now);
                if (!found)
                    qFatal("%s", qPrintable(found.error().message));
                groups = found->size();
            }).json();
            find.insert(QStringLiteral("groups"), groups);
            finds.insert(QLatin1String(name), find);
        }
        results.insert(QStringLiteral("recurring_find"), finds);
        results.insert(QStringLiteral("cases"), w.ledger().db().scalar("SELECT COUNT(*) FROM cases"));
        results.insert(QStringLiteral("open_cases"),
            w.ledger().db().scalar("SELECT COUNT(*) FROM cases WHERE state IN (1, 2, 3, 4, 8)"));
        results.insert(QStringLiteral("peak_rss_mib"), peakRssMiB());
        out << QJsonDocument(
            QJsonObject {{QStringLiteral("ledger"), ledgerPath},
                {QStringLiteral("today"), today.toString(Qt::ISODate)}, {QStringLiteral("results"), results}})
                   .toJson()
            << Qt::endl;
        return 0;
    }
    const QDate yearStart(today.year(), 1, 1);
    const QDate yearEnd(today.year(), 12, 31);

    // First paint: from nothing to every number of the screen (whole ledger, this year).
    std::unique_ptr<Workspace> ws;
    results.insert(QStringLiteral("first_paint_whole_ledger_this_year"), measure(repeat, [&](int) {
        ws.reset();
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(ledgerPath);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        ws = std::move(*opened);
        Dashboard dashboard(ws->ledger().db(), ws->org());
        mustLoad(dashboard, {yearStart, yearEnd, {}, {}}, today);
    }).json());

    Dashboard dashboard(ws->ledger().db(), ws->org());
    const auto load = [&](const MeasureQuery &query) {
        return measure(repeat, [&](int) { mustLoad(dashboard, query, today); }).json();
    };
    const QString city = QStringLiteral("451200000000");
    const QString township = QStringLiteral("451202107000");
    QJsonObject loads;
    loads.insert(QStringLiteral("city_this_year"), load({yearStart, yearEnd, city, {}}));
    loads.insert(QStringLiteral("city_two_years"), load({yearStart.addYears(-1), yearEnd, city, {}}));
    loads.insert(QStringLiteral("city_last_30_days"), load({today.addDays(-29), today, city, {}}));
    loads.insert(QStringLiteral("city_odd_period"),
        load({yearStart.addYears(-1).addDays(45), today.addDays(-10), city, {}}));
    loads.insert(QStringLiteral("township_this_month"),
        load({QDate(today.year(), today.month(), 1), today, township, {}}));
    loads.insert(QStringLiteral("township_this_year"), load({yearStart, yearEnd, township, {}}));
    results.insert(QStringLiteral("dashboard_load"), loads);

    // The nine measures' four cohorts counted from every case, as before the tallies.
    MeasureTallies tallies(ws->ledger().db());
    const auto cohorts = [&](const MeasureQuery &query, bool fromCases) {
        return measure(std::max(3, repeat / 4), [&](int) {
            for (int c = 1; c <= 4; ++c) {
                Result<QMap<QString, TallySums>> sums = fromCases
                    ? tallies.sumsFromCases(static_cast<Cohort>(c), query)
                    : tallies.sums(static_cast<Cohort>(c), query);
                if (!sums)
                    qFatal("%s", qPrintable(sums.error().message));
            }
        }).json();
    };
    QJsonObject measures;
    const MeasureQuery twoYears {yearStart.addYears(-1), yearEnd, {}, {}};
    measures.insert(QStringLiteral("four_cohorts_two_years_tallies"), cohorts(twoYears, false));
    measures.insert(QStringLiteral("four_cohorts_two_years_every_case"), cohorts(twoYears, true));
    results.insert(QStringLiteral("measures"), measures);
    results.insert(
        QStringLiteral("tally_rows"), ws->ledger().db().scalar("SELECT COUNT(*) FROM case_tallies"));
    results.insert(QStringLiteral("cases"), ws->ledger().db().scalar("SELECT COUNT(*) FROM cases"));
    results.insert(QStringLiteral("peak_rss_mib"), peakRssMiB());

    if (const int intakes = options.number(QStringLiteral("intake")); intakes > 0) {
        // The copy: the same cases, no triggers keeping case_tallies.
        const QString copyPath = ledgerPath + QStringLiteral(".no-tallies");
        QFile::remove(copyPath);
        ws.reset();
        if (!QFile::copy(ledgerPath, copyPath))
            qFatal("cannot copy the ledger");
        {
            SqlDatabase copy(copyPath, SqlDatabase::Mode::ReadWrite);
            copy.exec("DROP TRIGGER case_tallies_insert; DROP TRIGGER case_tallies_update; DROP TRIGGER "
                      "case_tallies_delete;");
        }
        Result<std::unique_ptr<Workspace>> with = Workspace::open(ledgerPath);
        Result<std::unique_ptr<Workspace>> without = Workspace::open(copyPath);
        if (!with || !without)
            qFatal("cannot open the ledgers");
        RegisterCaseInput input;
        input.orgCode = QStringLiteral("451202107001");
        input.handling = Handling::Fast;
        input.title = QStringLiteral("基准测试：路灯不亮");
        input.description = QStringLiteral("群众反映村口路灯连续三晚不亮，夜间出行不便，请尽快安排维修。");
        Samples withTallies;
        Samples withoutTallies;
        for (int round = 0; round < 4; ++round) {
            for (auto &[target, samples] :
                {std::pair {with->get(), &withTallies}, std::pair {without->get(), &withoutTallies}}) {
                const Actor admin = target->ledgerAdmin();
                const Samples part = measure(intakes / 4, [&](int) {
                    if (!target->cases().registerCase(admin, input))
                        qFatal("intake failed");
                });
                samples->ms += part.ms;
            }
        }
        results.insert(QStringLiteral("intake_with_tallies"), withTallies.json());
        results.insert(QStringLiteral("intake_without_tallies"), withoutTallies.json());
        without->reset();
        QFile::remove(copyPath);
        QFile::remove(copyPath + QStringLiteral("-wal"));
        QFile::remove(copyPath + QStringLiteral("-shm"));
    }

    QJsonObject report {{QStringLiteral("ledger"), ledgerPath},
        {QStringLiteral("today"), today.toString(Qt::ISODate)}, {QStringLiteral("results"), results}};
    out << QJsonDocument(report).toJson() << Qt::endl;
    return 0;
}
