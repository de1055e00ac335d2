// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "ui/cases/caselistmodel.h"
#include "ui/cases/casespage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace tz;
using tz::test::TempLedger;

namespace {

void addCases(TempLedger &t, int count)
{
    for (int i = 0; i < count; ++i) {
        RegisterCaseInput input;
        input.orgCode = QStringLiteral("451202107001");
        input.handling = Handling::Fast;
        input.title = i % 2 ? QStringLiteral("路灯不亮 %1").arg(i) : QStringLiteral("垃圾清运 %1").arg(i);
        REQUIRE(t.ws().cases().registerCase(t.admin(), input).ok());
    }
}

} // namespace

TEST_CASE("the case list model pages through the ledger and passes QAbstractItemModelTester", "[ui]")
{
    TempLedger t;
    addCases(t, 450);
    CaseListModel model(t.ws());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    CHECK(model.rowCount() == 200);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CaseFilter text;
    text.text = QStringLiteral("路灯");
    model.setFilter(text);
    CHECK(model.totalCount() == 225);
    CHECK(model.rowCount() == 200);
    model.fetchMore({});
    CHECK(model.rowCount() == 225); // the second page of a text search continues where the first ended
    QSet<QString> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.insert(model.numberAt(row));
    CHECK(numbers.size() == 225);
    CHECK(model.data(model.index(0, CaseListModel::column(CaseField::Title)))
              .toString()
              .startsWith(QStringLiteral("路灯")));
}

TEST_CASE("typing in the search box filters the main window's list", "[ui]")
{
    TempLedger t;
    addCases(t, 20);
    MainWindow window(t.ws(), t.admin());
    window.show();
    window.showPage(MainWindow::Cases);
    auto *search = window.casesPage()->findChild<QLineEdit *>(QStringLiteral("caseSearch"));
    auto *table = window.casesPage()->findChild<QTableView *>();
    REQUIRE(search);
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 20);
    // Chinese arrives as text (from the input method), not as Latin key codes.
    for (const QChar c : QStringLiteral("垃圾"))
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(c), Qt::NoModifier);
    for (int waited = 0; waited < 3000 && table->model()->rowCount() != 10; waited += 50)
        QTest::qWait(50);
    CHECK(table->model()->rowCount() == 10);
}
