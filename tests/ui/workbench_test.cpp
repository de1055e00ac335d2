// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/casequeues.h"
#include "core/cases/caseservice.h"
#include "ui/cases/casespage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/workbench/workbenchpage.h"

#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace tz;
using tz::test::TempLedger;

TEST_CASE("a handler's workbench opens on the cases to accept and lists each queue on a click", "[ui]")
{
    TempLedger t;
    const QString village = QStringLiteral("451202107001");
    const Actor handler = t.user(Role::Handler, village, QStringLiteral("handler"));
    DispatchInput toVillage;
    toVillage.lead.orgCode = village;
    for (int i = 0; i < 5; ++i) {
        RegisterCaseInput input;
        input.orgCode = village;
        input.handling = Handling::Routed;
        input.title = QStringLiteral("水管漏水 %1").arg(i);
        Result<CaseRecord> c = t.ws().cases().registerCase(t.admin(), input);
        REQUIRE(c.ok());
        REQUIRE(t.ws().cases().dispatch(t.admin(), c->number, toVillage).ok());
        if (i < 2)
            REQUIRE(t.ws().cases().accept(handler, c->number).ok());
    }
    MainWindow window(t.ws(), handler);
    window.show();
    REQUIRE(window.currentPage() == MainWindow::Workbench);
    WorkbenchPage *bench = window.workbenchPage();
    CHECK(bench->count(CaseQueue::ToAccept) == 3);
    CHECK(bench->count(CaseQueue::InProgress) == 2);
    auto *table = bench->list()->findChild<QTableView *>();
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 3);
    auto *inProgress = bench->findChild<QToolButton *>(
        QStringLiteral("queue%1").arg(static_cast<int>(CaseQueue::InProgress)));
    REQUIRE(inProgress);
    CHECK(inProgress->text().endsWith(QStringLiteral("2")));
    QTest::mouseClick(inProgress, Qt::LeftButton);
    CHECK(table->model()->rowCount() == 2);
}
