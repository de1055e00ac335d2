// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// 统计: the figures a township secretary reads, and every number opening on its cases.
#include "support/catchqt.h"
#include "support/scopedlanguage.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/demo/demogenerator.h"
#include "core/ledger/ledger.h"
#include "core/reports/assessment.h"
#include "ui/cases/casespage.h"
#include "ui/reports/assessmentview.h"
#include "ui/reports/rulesdialog.h"
#include "ui/reports/statisticspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QPieSlice>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

using namespace tz;
using tz::test::registerAt;
using tz::test::resolveAt;
using tz::test::TempLedger;

namespace {

const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
const QString kWuxu = QStringLiteral("451202107001");
const QString kSanjing = QStringLiteral("451202107201");

int figureIndex(const StatisticsPage &page, const QString &code)
{
    for (int i = 0; i < page.data().figures.size(); ++i)
        if (page.data().figures.at(i).definition.code == code)
            return i;
    return -1;
}

int rowOf(QStandardItemModel *model, const QString &code)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r, 0)->data(Qt::UserRole + 1).toString() == code)
            return r;
    return -1;
}

template<typename Series>
Series *seriesOf(StatisticsPage &page, const char *chart)
{
    auto *view = page.findChild<QChartView *>(QLatin1String(chart));
    REQUIRE(view);
    REQUIRE(!view->chart()->series().isEmpty());
    return qobject_cast<Series *>(view->chart()->series().first());
}

} // namespace

TEST_CASE("统计 shows a township's measures for the period, by village, and lists the cases behind each",
    "[ui][reports]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString first = registerAt(t, kWuxu, Handling::Fast);
    const QString second = registerAt(t, kWuxu, Handling::Fast);
    const QString third = registerAt(t, kWuxu, Handling::Fast);
    registerAt(t, kSanjing, Handling::Joint);
    registerAt(t, kTownship, Handling::Routed);
    resolveAt(t, first, kWuxu);
    resolveAt(t, second, kWuxu);
    t.setNow(QStringLiteral("2026-03-20T09:00:00"));

    const Actor secretary = t.user(Role::Supervisor, kTownship, QStringLiteral("secretary"));
    StatisticsPage page(t.ws(), secretary);
    page.resize(1280, 720);
    page.setPeriod(StatisticsPage::Period::ThisYear);
    page.show();
    QAbstractItemModelTester tester(page.units(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.data().query.orgCode == kTownship);
    CHECK(page.data().query.from == QDate(2026, 1, 1));
    CHECK(page.data().query.to == QDate(2026, 12, 31));

    const int completion = figureIndex(page, QStringLiteral("completion_rate"));
    REQUIRE(completion >= 0);
    CHECK(page.data().figures.at(completion).numerator == 2);
    CHECK(page.data().figures.at(completion).denominator == 5);
    auto *tile = page.findChild<QWidget *>(QStringLiteral("figure_completion_rate"));
    REQUIRE(tile);
    CHECK(tile->findChild<QLabel *>(QStringLiteral("value"))->text() == QStringLiteral("40.00%"));
    CHECK(tile->toolTip().contains(page.data().figures.at(completion).definition.rule));
    // At first the list holds the period's cases; a figure's numerator lists its own.
    CHECK(page.list()->shownCount() == 5);
    QTest::mouseClick(tile->findChild<QToolButton *>(QStringLiteral("numerator")), Qt::LeftButton);
    CHECK(page.list()->shownCount() == 2);
    CHECK(page.listTitle().contains(page.data().figures.at(completion).definition.rule));

    // The township, then its villages: 五圩社区 registered 3 and resolved 2; 1 open case is
    // overdue now (Fast, due 5 March) at the village it was dispatched to, none at 三境村.
    QStandardItemModel *units = page.units();
    const int total = rowOf(units, kTownship);
    const int wuxu = rowOf(units, kWuxu);
    const int sanjing = rowOf(units, kSanjing);
    REQUIRE(total == 0);
    REQUIRE(wuxu > 0);
    REQUIRE(sanjing > 0);
    CHECK(units->item(total, StatisticsPage::IntakeColumn)->text() == QStringLiteral("5"));
    CHECK(units->item(wuxu, StatisticsPage::IntakeColumn)->text() == QStringLiteral("3"));
    CHECK(units->item(wuxu, StatisticsPage::CompletionColumn)->text() == QStringLiteral("66.67%"));
    CHECK(units->item(sanjing, StatisticsPage::CompletionColumn)->text() == QStringLiteral("0.00%"));
    CHECK(units->item(total, StatisticsPage::OverdueColumn)->text() == QStringLiteral("2"));
    auto *view = page.findChild<QTableView *>(QStringLiteral("statisticsUnits"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        view->visualRect(units->index(wuxu, StatisticsPage::IntakeColumn)).center());
    CHECK(page.list()->shownCount() == 3);

    // A bar of the months and a slice of the classes.
    auto *months = seriesOf<QBarSeries>(page, "trendChart");
    REQUIRE(months);
    REQUIRE(months->barSets().size() == 2);
    CHECK(months->barSets().at(0)->at(2) == 5); // March, registered
    CHECK(months->barSets().at(1)->at(2) == 2); // March, resolved
    emit months->barSets().at(1)->clicked(2);
    CHECK(page.list()->shownCount() == 2);
    auto *classes = seriesOf<QPieSeries>(page, "classChart");
    REQUIRE(classes);
    for (QPieSlice *slice : classes->slices()) {
        if (slice->value() == 3)
            emit slice->clicked();
    }
    CHECK(page.list()->shownCount() == 3); // the three 快办

    // A resolution that arrives later counts at once for March's cohort.
    resolveAt(t, third, kWuxu);
    page.refresh();
    CHECK(page.data().figures.at(completion).numerator == 3);

    // Last month had nothing: no rate, "—", and nothing divided by zero.
    page.setPeriod(StatisticsPage::Period::LastMonth);
    CHECK(page.data().figures.at(completion).denominator == 0);
    CHECK(page.findChild<QWidget *>(QStringLiteral("figure_completion_rate"))
              ->findChild<QLabel *>(QStringLiteral("value"))
              ->text()
        == QStringLiteral("—"));

    // Dates the wrong way round: said, and the figures shown stay.
    page.setCustomPeriod(QDate(2026, 3, 31), QDate(2026, 3, 1));
    auto *error = page.findChild<QLabel *>(QStringLiteral("statisticsError"));
    CHECK(error->isVisible());
    CHECK(page.data().query.from == QDate(2026, 2, 1));

    // The printable form carries every figure with its rule and version, and the units.
    page.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK_FALSE(error->isVisible());
    const QString html = page.printableHtml();
    CHECK(html.contains(QStringLiteral("60.00%")));
    CHECK(html.contains(page.data().figures.at(completion).definition.rule.toHtmlEscaped()));
    CHECK(html.contains(units->item(wuxu, 0)->text()));

    // Handed upward: an Excel workbook and a PDF of what the page shows.
    const QString xlsx = t.dir() + QStringLiteral("/五圩镇.xlsx");
    CHECK(page.exportTo(xlsx).isEmpty());
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == QByteArray("PK"));
    const QString pdf = t.dir() + QStringLiteral("/五圩镇.pdf");
    CHECK(page.exportTo(pdf).isEmpty());
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(5) == QByteArray("%PDF-"));
    CHECK(printed.size() > 10000); // the tables and the charts
    CHECK_FALSE(page.exportTo(t.dir() + QStringLiteral("/no-such-folder/r.xlsx")).isEmpty());
}

TEST_CASE(
    "考评 scores the units below under the rules in force; an administrator's edit becomes a new version",
    "[ui][reports]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString late = registerAt(t, kWuxu, Handling::Fast);
    DispatchInput to;
    to.lead.orgCode = kWuxu;
    REQUIRE(t.ws().cases().dispatch(t.admin(), late, to).ok());
    t.setNow(QStringLiteral("2026-03-04T09:00:00")); // two days after dispatch
    REQUIRE(t.ws().cases().accept(t.admin(), late).ok());

    StatisticsPage page(t.ws(), t.admin());
    page.resize(1280, 720);
    page.show();
    page.setUnit(kTownship);
    page.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    page.views()->setCurrentIndex(1);
    AssessmentView *view = page.assessment();
    REQUIRE(view->ruleSets().size() == 1); // the shipped example, and it says so
    CHECK(view->findChild<QLabel *>(QStringLiteral("assessmentExample"))->isVisible());
    QStandardItemModel *table = view->table();
    const int wuxu = rowOf(table, kWuxu);
    REQUIRE(wuxu >= 0);
    // The example's first rule: not accepted within 24 hours, -0.5 a case.
    CHECK(view->ruleSets().first().rules.first().minus == QStringLiteral("acceptedWithin24h"));
    CHECK(table->item(wuxu, AssessmentView::ScoreColumn)->text() == QStringLiteral("99.50"));
    auto *grid = view->findChild<QTableView *>(QStringLiteral("assessmentTable"));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
        grid->visualRect(table->index(wuxu, AssessmentView::FirstRuleColumn)).center());
    CHECK(page.list()->shownCount() == 1);

    // The administrator makes it -20 a case without limit: a new version, in force at once; the example
    // stays.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<RulesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("rulesName"))
            ->setText(QStringLiteral("五圩镇考评办法"));
        auto *rules = dialog->findChild<QTableWidget *>(QStringLiteral("rulesTable"));
        qobject_cast<QDoubleSpinBox *>(rules->cellWidget(0, 3))->setValue(-20);
        qobject_cast<QDoubleSpinBox *>(rules->cellWidget(0, 4))->setValue(0); // no limit
        dialog->accept();
    });
    view->editRules();
    REQUIRE(view->ruleSets().size() == 2);
    CHECK(view->ruleSets().last().number == 1);
    CHECK(table->item(rowOf(table, kWuxu), AssessmentView::ScoreColumn)->text() == QStringLiteral("80.00"));
    CHECK(table->item(rowOf(table, kWuxu), AssessmentView::RatingColumn)->text()
        == rating::label(Rating::FairlyGood));
    CHECK_FALSE(view->findChild<QLabel *>(QStringLiteral("assessmentExample"))->isVisible());
    CHECK(page.printableHtml().contains(QStringLiteral("五圩镇考评办法")));
    view->showRuleSet(0);
    CHECK(table->item(rowOf(table, kWuxu), AssessmentView::ScoreColumn)->text() == QStringLiteral("99.50"));
}

TEST_CASE(
    "rules an administrator gets wrong are refused in the dialog, which stays open, and nothing is saved",
    "[ui][reports]")
{
    TempLedger t;
    AssessmentService service(t.ws().ledger(), t.ws().org());
    RulesDialog dialog(AssessmentRuleSet::shipped(),
        [&](const AssessmentRuleSet &rules) { return service.save(t.admin(), rules); });
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("rulesName"))->setText(QStringLiteral("试行办法"));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rulesGood"))->setValue(60);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rulesFairlyGood"))->setValue(80);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("rulesError"))->isVisible());
    CHECK(service.ruleSets().size() == 1);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rulesGood"))->setValue(90);
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(service.ruleSets().size() == 2);
    CHECK(dialog.saved().name == QStringLiteral("试行办法"));
}

TEST_CASE("考评 renders for a look", "[.screenshot]")
{
    const tz::test::ScopedLanguage chinese(QStringLiteral("zh_CN"));
    TempLedger t(TempLedger::Data::None);
    DemoOptions options;
    options.cases = 3000;
    options.endMs = QDateTime(QDate(2026, 11, 30), QTime(18, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    REQUIRE(DemoGenerator(t.ws(), options).run(t.admin()).ok());
    t.setNow(QStringLiteral("2026-11-30T18:00:00"));
    StatisticsPage page(t.ws(), t.admin());
    page.resize(1200, 700);
    page.show();
    page.setUnit(QStringLiteral("451202000000")); // 金城江区: its townships
    page.views()->setCurrentIndex(1);
    const QString dir = qEnvironmentVariable("TZ_SCREENSHOTS", QStringLiteral("/tmp"));
    REQUIRE(page.grab().save(dir + QStringLiteral("/statistics-assessment.png")));
}
