// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "ui/cases/casespage.h"
#include "ui/followups/followupspage.h"
#include "ui/supervision/supervisionpage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace tz;
using tz::test::registerAt;
using tz::test::resolveAt;
using tz::test::TempLedger;

namespace {

const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
const QString kWuxu = QStringLiteral("451202107001");
const QString kSanjing = QStringLiteral("451202107201");

// The row of a unit below the total (row 0).
int rowOf(QStandardItemModel *model, const QString &prefix)
{
    for (int r = 1; r < model->rowCount(); ++r)
        if (model->item(r, 0)->text().startsWith(prefix))
            return r;
    return -1;
}

} // namespace

TEST_CASE("the follow-up page lists what waits for the citizen's answer and this month's rate", "[ui]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const Actor clerk = t.user(Role::Clerk, kWuxu, QStringLiteral("clerk"));
    QStringList numbers;
    for (int i = 0; i < 4; ++i) {
        numbers.append(registerAt(t, kWuxu, Handling::Fast));
        resolveAt(t, numbers.last(), kWuxu);
    }
    registerAt(t, kSanjing, Handling::Fast); // another center's: not this clerk's to ask
    t.setNow(QStringLiteral("2026-03-03T10:00:00"));
    REQUIRE(t.ws().cases().followUp(clerk, numbers.at(0), Satisfaction::Satisfied, {}).ok());
    REQUIRE(t.ws().cases().followUp(clerk, numbers.at(1), Satisfaction::Unsatisfied, {}).ok());

    FollowUpsPage page(t.ws(), clerk);
    page.resize(1200, 700);
    page.show();
    CHECK(page.count(FollowUpsPage::View::Due) == 2);
    CHECK(page.count(FollowUpsPage::View::ThisMonth) == 2);
    CHECK(page.count(FollowUpsPage::View::UnsatisfiedThisMonth) == 1);
    CHECK(page.list()->shownCount() == 2);
    CHECK(page.summary().contains(QStringLiteral("50.0%")));

    // A follow-up recorded moves the case from the queue to the month's answers.
    REQUIRE(t.ws().cases().followUp(clerk, numbers.at(2), Satisfaction::MostlySatisfied, {}).ok());
    page.refresh();
    CHECK(page.count(FollowUpsPage::View::Due) == 1);
    CHECK(page.summary().contains(QStringLiteral("66.7%")));
    QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("followUpView2")), Qt::LeftButton);
    CHECK(page.list()->shownCount() == 1);
}

TEST_CASE("the supervision page counts open and overdue cases by unit and lists a unit's", "[ui]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00")); // Monday: Fast cases are due Thursday
    registerAt(t, kWuxu, Handling::Fast);
    registerAt(t, kWuxu, Handling::Fast);
    registerAt(t, kSanjing, Handling::Joint);
    const QString own = registerAt(t, kTownship, Handling::Fast);
    REQUIRE(t.ws().cases().supervise(t.admin(), own, true, QStringLiteral("群众多次反映")).ok());
    t.setNow(QStringLiteral("2026-03-06T09:00:00"));

    const Actor county = t.user(Role::Supervisor, QStringLiteral("451202000000"), QStringLiteral("county"));
    SupervisionPage page(t.ws(), county);
    page.resize(1200, 800);
    page.show();
    QAbstractItemModelTester tester(page.table(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStandardItemModel *model = page.table();
    // The county, then its townships, the one with overdue cases first.
    REQUIRE(model->rowCount() >= 3);
    CHECK(model->item(0, SupervisionPage::OpenColumn)->data(Qt::UserRole).toLongLong() == 4);
    CHECK(model->item(0, SupervisionPage::OverdueColumn)->data(Qt::UserRole).toLongLong() == 3);
    CHECK(model->item(0, SupervisionPage::SupervisedColumn)->data(Qt::UserRole).toLongLong() == 1);
    CHECK(model->item(1, 0)->text() == QStringLiteral("五圩镇"));

    // Down to the township: its villages, and the cases it holds itself.
    auto *view = page.findChild<QTableView *>(QStringLiteral("supervisionTable"));
    view->selectRow(1);
    CHECK(page.list()->shownCount() == 3); // the township's overdue cases
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(page.shownUnit() == kTownship);
    const int ownRow = rowOf(model, QStringLiteral("五圩镇"));
    const int wuxuRow = rowOf(model, QStringLiteral("五圩社区"));
    REQUIRE(ownRow > 0);
    REQUIRE(wuxuRow > 0);
    CHECK(model->item(wuxuRow, SupervisionPage::OverdueColumn)->data(Qt::UserRole).toLongLong() == 2);
    CHECK(model->item(wuxuRow, SupervisionPage::RateColumn)->text() == QStringLiteral("100.0%"));
    view->selectRow(ownRow);
    CHECK(page.list()->shownCount() == 1);
    view->selectRow(rowOf(model, QStringLiteral("三境")));
    CHECK(page.list()->shownCount() == 0); // 联办 has longer: not overdue yet

    QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("supervisionUp")), Qt::LeftButton);
    CHECK(page.shownUnit() == QStringLiteral("451202000000"));
}
