// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-bench --cases N --out DIR: builds (once, kept in DIR) a demo ledger of N cases with
// taizhang-cli, then measures open, list filters, search, intake and verify on it, each beside
// the same operation on a bare SQLite table of the same rows. Writes DIR/ledger.json and prints
// a Markdown table for docs/BENCHMARKS.md.
#include "benchoptions.h"
#include "benchstats.h"

#include "core/cases/caseexport.h"
#include "core/cases/caselist.h"
#include "core/cases/caseservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"
#include "core/residents/residentservice.h"
#include "core/search/searchservice.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <sqlite3.h>

using namespace tz;
using namespace tz::bench;

namespace {

QTextStream out(stdout);

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// A bare table holding the same case rows, with an FTS5 trigram index: the floor to compare with.
void buildBare(const QString &ledgerPath, const QString &barePath)
{
    QFile::remove(barePath);
    SqlDatabase bare(barePath, SqlDatabase::Mode::Create);
    bare.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    bare.exec("CREATE TABLE cases (rid INTEGER PRIMARY KEY, number TEXT, title TEXT, description TEXT, state "
              "INTEGER, "
              "registered_at INTEGER);"
              "CREATE INDEX cases_by_registered ON cases (registered_at);"
              "CREATE INDEX cases_by_state ON cases (state, registered_at);"
              "CREATE VIRTUAL TABLE cases_fts USING fts5 (title, description, content='cases', "
              "content_rowid='rid', "
              "tokenize='trigram');"
              "CREATE TABLE commits (id INTEGER PRIMARY KEY, payload TEXT);");
    SqlStatement attach = bare.prepare("ATTACH DATABASE ?1 AS ledger");
    attach.bind(1, ledgerPath).run();
    bare.exec("BEGIN; INSERT INTO cases SELECT rid, number, title, description, state, registered_at FROM "
              "ledger.cases; "
              "INSERT INTO cases_fts (cases_fts) VALUES ('rebuild'); COMMIT;");
    bare.exec("DETACH DATABASE ledger");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("The ledger's speed and size on a demo ledger of N cases, built once "
                                        "with taizhang-cli and kept in DIR."),
        {{QStringLiteral("cases"), QStringLiteral("N"), QStringLiteral("cases in the ledger"),
             QStringLiteral("1000000")},
            {QStringLiteral("out"), QStringLiteral("DIR"),
                QStringLiteral("where the ledger and ledger.json go"), QStringLiteral("build/bench")},
            {QStringLiteral("repeat"), QStringLiteral("N"), QStringLiteral("runs of each measured read"),
                QStringLiteral("200")},
            {QStringLiteral("skip-verify"), {}, QStringLiteral("leave out the full verify")}});
    options.parse(app.arguments());
    const int cases = options.number(QStringLiteral("cases"));
    const QString outDir = options.value(QStringLiteral("out"));
    const int repeat = options.number(QStringLiteral("repeat"));
    QDir().mkpath(outDir);
    const QString ledgerPath = QDir(outDir).absoluteFilePath(QStringLiteral("ledger-%1.taizhang").arg(cases));
    QJsonObject report {{QStringLiteral("cases"), cases}, {QStringLiteral("ledger"), ledgerPath}};

    if (!QFileInfo::exists(ledgerPath)) {
        out << "generating " << cases << " demo cases into " << ledgerPath << " ..." << Qt::endl;
        const double start = nowMs();
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(QStringLiteral(TZ_CLI_PATH),
            {QStringLiteral("--ledger"), ledgerPath, QStringLiteral("demo"), QStringLiteral("--cases"),
                QString::number(cases)});
        if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
            out << "demo generation failed" << Qt::endl;
            return 1;
        }
        report.insert(QStringLiteral("generate_s"), (nowMs() - start) / 1000);
    }

    // Open: from nothing to the first page of the case list, as the desktop does it.
    QJsonObject results;
    std::unique_ptr<Workspace> ws;
    const Samples open = measure(7, [&](int) {
        ws.reset();
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(ledgerPath);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        ws = std::move(*opened);
        CaseList list(ws->ledger().db());
        (void)list.page({}, nullptr, 200);
    });
    results.insert(QStringLiteral("open"), open.json());

    const QString barePath = QDir(outDir).absoluteFilePath(QStringLiteral("bare-%1.db").arg(cases));
    buildBare(ledgerPath, barePath);
    SqlDatabase bare(barePath, SqlDatabase::Mode::ReadWrite);
    const Samples bareOpen = measure(7, [&](int) {
        SqlDatabase db(barePath, SqlDatabase::Mode::ReadOnly);
        SqlStatement s
            = db.prepare("SELECT rid, number, title FROM cases ORDER BY registered_at DESC LIMIT 200");
        while (s.next()) { }
    });
    results.insert(QStringLiteral("open_bare"), bareOpen.json());

    // Filters and searches over the whole ledger.
    CaseList list(ws->ledger().db());
    QRandomGenerator random(7);
    QStringList residentsInitials;
    QStringList phoneSuffixes;
    {
        SqlStatement s = ws->ledger().db().prepare(
            "SELECT initials, substr(phone, -4) FROM residents WHERE phone IS NOT "
            "NULL ORDER BY random() LIMIT 300");
        while (s.next()) {
            residentsInitials.append(s.text(0));
            phoneSuffixes.append(s.text(1));
        }
    }
    const QStringList oneChar {QStringLiteral("灯"), QStringLiteral("水"), QStringLiteral("路"),
        QStringLiteral("保"), QStringLiteral("证")};
    const QStringList twoChar {QStringLiteral("路灯"), QStringLiteral("低保"), QStringLiteral("纠纷"),
        QStringLiteral("垃圾"), QStringLiteral("医保")};
    const QStringList threeChar {QStringLiteral("路灯不亮"), QStringLiteral("临时救助"),
        QStringLiteral("邻里纠纷"), QStringLiteral("垃圾清运"), QStringLiteral("养老保险")};
    const auto pick
        = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    const auto filterPage = [&](const CaseFilter &filter) { (void)list.page(filter, nullptr, 200); };
    QJsonObject filters;
    filters.insert(QStringLiteral("state_in_progress"), measure(repeat, [&](int) {
        CaseFilter f;
        f.state = CaseState::InProgress;
        filterPage(f);
    }).json());
    filters.insert(QStringLiteral("joint_class"), measure(repeat, [&](int) {
        CaseFilter f;
        f.handling = Handling::Joint;
        filterPage(f);
    }).json());
    filters.insert(QStringLiteral("township_subtree"), measure(repeat, [&](int) {
        CaseFilter f;
        f.orgCode = QStringLiteral("451202107000");
        filterPage(f);
    }).json());
    filters.insert(QStringLiteral("overdue"), measure(repeat, [&](int) {
        CaseFilter f;
        f.overdueOnly = true;
        filterPage(f);
    }).json());
    // The orders of the case list, first page.
    filters.insert(QStringLiteral("order_oldest"), measure(repeat, [&](int) {
        CaseFilter f;
        f.order = CaseOrder::Oldest;
        filterPage(f);
    }).json());
    filters.insert(QStringLiteral("order_deadline_all"), measure(repeat, [&](int) {
        CaseFilter f;
        f.order = CaseOrder::DeadlineFirst;
        filterPage(f);
    }).json());
    filters.insert(QStringLiteral("order_deadline_open_township"), measure(repeat, [&](int) {
        CaseFilter f;
        f.states = casestate::openStates();
        f.orgCode = QStringLiteral("451202107000");
        f.order = CaseOrder::DeadlineFirst;
        filterPage(f);
    }).json());
    results.insert(QStringLiteral("filter"), filters);

    // 督办 and 回访: the counts by unit a county supervisor's page reads, and this month's
    // follow-ups at a village center.
    const QDate today = businesstime::dateOf(QDateTime::currentMSecsSinceEpoch());
    QJsonObject pages;
    pages.insert(
        QStringLiteral("supervision_city_by_county_4_measures"), measure(std::min(repeat, 50), [&](int) {
            CaseFilter open;
            open.orgCode = QStringLiteral("451200000000");
            open.states = casestate::openStates();
            (void)list.countByUnit(open, 6);
            CaseFilter due = open;
            due.deadlineOn = today;
            (void)list.countByUnit(due, 6);
            CaseFilter overdue;
            overdue.orgCode = open.orgCode;
            overdue.overdueOnly = true;
            (void)list.countByUnit(overdue, 6);
            CaseFilter supervised = open;
            supervised.supervisedOnly = true;
            (void)list.countByUnit(supervised, 6);
        }).json());
    pages.insert(QStringLiteral("follow_ups_month_village"), measure(std::min(repeat, 50), [&](int) {
        CaseFilter month;
        month.originOrg = QStringLiteral("451202107001");
        month.followedUpFrom = QDate(today.year(), today.month(), 1);
        month.followedUpTo = today;
        (void)list.count(month);
    }).json());
    // CSV export of a whole township, then of every case, once each (seconds, rows).
    for (const auto &[key, org] :
        {std::pair {QStringLiteral("export_township_csv"), QStringLiteral("451202107000")},
            std::pair {QStringLiteral("export_all_csv"), QString()}}) {
        CaseFilter f;
        f.orgCode = org;
        const QString file = QDir(outDir).filePath(QStringLiteral("export.csv"));
        const double start = nowMs();
        Result<qint64> rows = CaseExport::toCsv(ledgerPath, f, casefield::all(), file);
        pages.insert(key,
            QJsonObject {{QStringLiteral("seconds"), (nowMs() - start) / 1000},
                {QStringLiteral("rows"), rows ? *rows : -1},
                {QStringLiteral("bytes"), QFileInfo(file).size()}});
        QFile::remove(file);
    }
    pages.insert(QStringLiteral("peak_rss_after_export_mib"), peakRssMiB());
    results.insert(QStringLiteral("pages"), pages);

    SearchService &search = ws->search();
    QJsonObject searches;
    searches.insert(QStringLiteral("chinese_1"),
        measure(repeat, [&](int) { (void)search.searchCases(pick(oneChar)); }).json());
    searches.insert(QStringLiteral("chinese_2"),
        measure(repeat, [&](int) { (void)search.searchCases(pick(twoChar)); }).json());
    searches.insert(QStringLiteral("chinese_3plus"),
        measure(repeat, [&](int) { (void)search.searchCases(pick(threeChar)); }).json());
    searches.insert(QStringLiteral("pinyin_initials"),
        measure(repeat, [&](int) { (void)search.searchCases(pick(residentsInitials)); }).json());
    searches.insert(QStringLiteral("phone_suffix"),
        measure(repeat, [&](int) { (void)search.searchCases(pick(phoneSuffixes)); }).json());
    // The same query on a bare trigram table (positions kept), in the same order (arrival,
    // newest first), and sorted by registration time as a plain SQL user would write it.
    const auto bareTrigram = [&](const char *order) {
        return measure(repeat, [&](int) {
            SqlStatement s = bare.prepare(QStringLiteral(
                "SELECT c.rid, c.number, c.title FROM cases_fts f JOIN cases c ON c.rid = f.rowid "
                "WHERE cases_fts MATCH ?1 ORDER BY %1 LIMIT 50")
                                              .arg(QLatin1String(order)));
            QString phrase = pick(threeChar);
            phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            s.bind(1, QLatin1Char('"') + phrase + QLatin1Char('"'));
            while (s.next()) { }
        });
    };
    searches.insert(QStringLiteral("bare_trigram_3plus"), bareTrigram("f.rowid DESC").json());
    searches.insert(QStringLiteral("bare_trigram_3plus_by_time"), bareTrigram("c.registered_at DESC").json());
    results.insert(QStringLiteral("search"), searches);

    // The intake form's resident completer: name, pinyin initials, phone or ID suffix.
    QStringList names;
    QStringList idSuffixes;
    {
        SqlStatement s = ws->ledger().db().prepare(
            "SELECT substr(name, 1, 2), substr(id_number, -6) FROM residents WHERE id_number IS NOT NULL "
            "ORDER BY random() LIMIT 300");
        while (s.next()) {
            names.append(s.text(0));
            idSuffixes.append(s.text(1));
        }
    }
    ResidentService &residents = ws->residents();
    QJsonObject completer;
    completer.insert(QStringLiteral("name_prefix"),
        measure(repeat, [&](int) { (void)residents.find(pick(names), 8); }).json());
    completer.insert(QStringLiteral("initials"),
        measure(repeat, [&](int) { (void)residents.find(pick(residentsInitials), 8); }).json());
    completer.insert(QStringLiteral("phone_suffix"),
        measure(repeat, [&](int) { (void)residents.find(pick(phoneSuffixes), 8); }).json());
    completer.insert(QStringLiteral("id_suffix"),
        measure(repeat, [&](int) { (void)residents.find(pick(idSuffixes), 8); }).json());
    results.insert(QStringLiteral("resident_completer"), completer);

    // Intake: one registration, committed with fsync, against a bare one-row commit.
    RegisterCaseInput input;
    input.orgCode = QStringLiteral("451202107001");
    input.handling = Handling::Fast;
    input.title = QStringLiteral("基准测试：路灯不亮");
    input.description = QStringLiteral("群众反映村口路灯连续三晚不亮，夜间出行不便，请尽快安排维修。");
    const Actor admin = ws->ledgerAdmin();
    const Samples intake = measure(std::min(repeat, 200), [&](int) {
        if (!ws->cases().registerCase(admin, input))
            qFatal("intake failed");
    });
    results.insert(QStringLiteral("intake"), intake.json());
    const Samples bareCommit = measure(std::min(repeat, 200), [&](int i) {
        SqlStatement s = bare.prepare("INSERT INTO commits (payload) VALUES (?1)");
        s.bind(1, QStringLiteral("one row %1").arg(i)).run();
    });
    results.insert(QStringLiteral("bare_commit"), bareCommit.json());
    results.insert(QStringLiteral("peak_rss_mib"), peakRssMiB());

    // Verify: every chain, integrity_check and a fresh fold.
    if (!options.isSet(QStringLiteral("skip-verify"))) {
        const double start = nowMs();
        Result<VerifyReport> verified = LedgerVerifier(ws->ledger()).verify();
        results.insert(QStringLiteral("verify_s"), (nowMs() - start) / 1000);
        results.insert(QStringLiteral("verify_ok"), verified.ok() && verified->ok);
        results.insert(QStringLiteral("peak_rss_after_verify_mib"), peakRssMiB());
    }
    const qint64 caseRows = ws->ledger().db().scalar("SELECT COUNT(*) FROM cases");
    const qint64 events = ws->ledger().eventCount();
    ws.reset();
    results.insert(QStringLiteral("case_rows"), caseRows);
    results.insert(QStringLiteral("events"), events);
    results.insert(QStringLiteral("file_bytes"), fileSize(ledgerPath));
    results.insert(
        QStringLiteral("bytes_per_case"), double(fileSize(ledgerPath)) / std::max<qint64>(1, caseRows));
    results.insert(QStringLiteral("bare_file_bytes"), fileSize(barePath));
    report.insert(QStringLiteral("results"), results);

    QFile json(QDir(outDir).filePath(QStringLiteral("ledger.json")));
    if (json.open(QIODevice::WriteOnly))
        json.write(QJsonDocument(report).toJson());
    out << QJsonDocument(report).toJson() << Qt::endl;
    return 0;
}
