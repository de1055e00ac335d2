// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Every count and row on screen follows the ledger: a step taken on one page shows at once on the
// page beside it and, when another page is opened, there too; so do events a sync stores.
#include "support/catchqt.h"
#include "support/templedger.h"
#include "support/widgets.h"

#include "core/cases/casequeues.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/search/searchservice.h"
#include "ui/cases/caselistmodel.h"
#include "ui/cases/casespage.h"
#include "ui/common/longtask.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/receipt/receiptdialog.h"
#include "ui/residents/residentspage.h"
#include "ui/supervision/supervisionpage.h"
#include "ui/workbench/workbenchpage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
const QString kVillage = QStringLiteral("451202107001"); // 五圩社区

// A case registered at the township and dispatched to the village; accepted there when asked.
QString dispatchedCase(TempLedger &t, const Actor &handler, bool accepted, const QString &title)
{
    RegisterCaseInput input;
    input.orgCode = kTownship;
    input.handling = Handling::Routed;
    input.title = title;
    Result<CaseRecord> c = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(c.ok());
    DispatchInput toVillage;
    toVillage.lead.orgCode = kVillage;
    REQUIRE(t.ws().cases().dispatch(t.admin(), c->number, toVillage).ok());
    if (accepted)
        REQUIRE(t.ws().cases().accept(handler, c->number).ok());
    return c->number;
}

// Clicks the action button `action` ("action-accept") of a case list, and in the dialog it opens
// types `text` when it asks for one and confirms.
void act(CasesPage *list, const char *action, const QString &text = QStringLiteral("已处理完毕"))
{
    auto *button = list->findChild<QPushButton *>(QString::fromLatin1(action));
    REQUIRE(button);
    bool answered = false;
    QTimer::singleShot(0, [&answered, text] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *field = dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionText")))
            field->setPlainText(text);
        if (auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("actionOk"))) {
            answered = true;
            ok->click();
        }
    });
    button->click();
    REQUIRE(answered);
}

QTableView *tableOf(CasesPage *list)
{
    auto *table = list->findChild<QTableView *>();
    REQUIRE(table);
    return table;
}

// The row of a case in a list as it shows it, or -1.
int rowOf(CasesPage *list, const QString &number)
{
    const auto *model = static_cast<const CaseListModel *>(tableOf(list)->model());
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->numberAt(row) == number)
            return row;
    return -1;
}

QString stateShown(CasesPage *list, const QString &number)
{
    const int row = rowOf(list, number);
    REQUIRE(row >= 0);
    const QAbstractItemModel *model = tableOf(list)->model();
    return model->index(row, CaseListModel::column(CaseField::State)).data().toString();
}

// The action bar holds a button for each step offered on the case shown (shown by the event loop).
bool offers(CasesPage *list, const char *action)
{
    return list->findChild<QPushButton *>(QString::fromLatin1(action)) != nullptr;
}

} // namespace

TEST_CASE(
    "a case accepted and resolved on the workbench shows so in its counts and in 事项's row and actions",
    "[ui][live]")
{
    TempLedger t;
    const Actor handler = t.user(Role::Handler, kVillage, QStringLiteral("handler"));
    const QString lamp = dispatchedCase(t, handler, false, QStringLiteral("路灯不亮"));
    dispatchedCase(t, handler, false, QStringLiteral("水管漏水"));
    dispatchedCase(t, handler, true, QStringLiteral("道路破损"));

    MainWindow window(t.ws(), handler);
    window.show();
    // 事项 shows the case waiting to be accepted, with 接单 and 退回 offered.
    window.showPage(MainWindow::Cases);
    CasesPage *cases = window.casesPage();
    tableOf(cases)->selectRow(rowOf(cases, lamp));
    CHECK(stateShown(cases, lamp) == casestate::label(CaseState::Dispatched));
    CHECK(offers(cases, "action-accept"));
    CHECK(offers(cases, "action-return"));

    window.showPage(MainWindow::Workbench);
    WorkbenchPage *bench = window.workbenchPage();
    REQUIRE(bench->count(CaseQueue::ToAccept) == 2);
    REQUIRE(bench->count(CaseQueue::InProgress) == 1);
    bench->showQueue(CaseQueue::ToAccept);
    CasesPage *queue = bench->list();
    tableOf(queue)->selectRow(rowOf(queue, lamp));
    act(queue, "action-accept");
    CHECK(bench->count(CaseQueue::ToAccept) == 1);
    CHECK(bench->count(CaseQueue::InProgress) == 2);
    CHECK(rowOf(queue, lamp) < 0); // it left the queue, and stays shown with what comes next
    act(queue, "action-resolve", QStringLiteral("已更换灯泡"));
    CHECK(bench->count(CaseQueue::ToAccept) == 1);
    CHECK(bench->count(CaseQueue::InProgress) == 1);

    window.showPage(MainWindow::Cases);
    CHECK(stateShown(cases, lamp) == casestate::label(CaseState::Resolved));
    CHECK(tableOf(cases)->currentIndex().row() == rowOf(cases, lamp));
    CHECK_FALSE(offers(cases, "action-accept"));
    CHECK_FALSE(offers(cases, "action-return"));
    CHECK_FALSE(offers(cases, "action-resolve"));
}

TEST_CASE("a case put under supervision from 督办's list counts in 督办's table at once", "[ui][live]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString number = test::registerAt(t, kVillage, Handling::Fast, QStringLiteral("村道破损"));
    const Actor county
        = t.user(Role::Supervisor, QStringLiteral("451202000000"), QStringLiteral("county-supervisor"));

    MainWindow window(t.ws(), county);
    window.show();
    window.showPage(MainWindow::Supervision);
    SupervisionPage *page = window.supervisionPage();
    QStandardItemModel *table = page->table();
    CHECK(table->item(0, SupervisionPage::SupervisedColumn)->data(Qt::UserRole).toLongLong() == 0);
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("supervisionCases"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(static_cast<int>(SupervisionPage::Cases::Open)));
    CasesPage *list = page->list();
    REQUIRE(rowOf(list, number) >= 0);
    tableOf(list)->selectRow(rowOf(list, number));
    act(list, "action-supervise", QStringLiteral("群众多次反映"));
    CHECK(table->item(0, SupervisionPage::SupervisedColumn)->data(Qt::UserRole).toLongLong() == 1);
    CHECK(offers(list, "action-supervise")); // now offered as "End supervision"
}

TEST_CASE("events stored as a sync stores them update the workbench's counts and list", "[ui][live]")
{
    TempLedger t;
    const Actor handler = t.user(Role::Handler, kVillage, QStringLiteral("handler"));
    dispatchedCase(t, handler, false, QStringLiteral("路灯不亮"));
    MainWindow window(t.ws(), handler);
    window.show();
    window.showPage(MainWindow::Workbench);
    WorkbenchPage *bench = window.workbenchPage();
    bench->showQueue(CaseQueue::ToAccept);
    REQUIRE(bench->count(CaseQueue::ToAccept) == 1);
    REQUIRE(bench->list()->shownCount() == 1);

    // Another computer registers and dispatches a case to the village; its events arrive.
    TempLedger other(TempLedger::Data::Reference, QStringLiteral("other.taizhang"));
    const Actor otherHandler = other.user(Role::Handler, kVillage, QStringLiteral("handler"));
    const QString arrived = dispatchedCase(other, otherHandler, false, QStringLiteral("井盖缺失"));
    const std::optional<CaseRecord> record = other.ws().cases().byNumber(arrived);
    REQUIRE(record);
    REQUIRE(t.ws().ledger().ingest(other.ws().ledger().events(AggregateType::Case, record->id)).ok());

    CHECK(QTest::qWaitFor([bench] { return bench->count(CaseQueue::ToAccept) == 2; }, 2000));
    CHECK(bench->list()->shownCount() == 2);
    CHECK(rowOf(bench->list(), arrived) >= 0);
}

TEST_CASE("a case list read again keeps the case selected and the place scrolled to", "[ui][live]")
{
    TempLedger t;
    QStringList numbers;
    for (int i = 0; i < 80; ++i)
        numbers.append(test::registerAt(t, kVillage, Handling::Fast, QStringLiteral("诉求 %1").arg(i)));
    CasesPage page(t.ws(), t.admin());
    page.resize(1200, 500);
    page.show();
    QTableView *table = tableOf(&page);
    const QString picked = numbers.at(40); // newest first: row 39
    table->selectRow(rowOf(&page, picked));
    table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    const QString newest = test::registerAt(t, kVillage, Handling::Fast, QStringLiteral("新诉求"));
    CHECK(QTest::qWaitFor([&page] { return page.shownCount() == 81; }, 2000));
    CHECK(rowOf(&page, newest) == 0);
    CHECK(table->currentIndex().row() == rowOf(&page, picked));
    CHECK(table->verticalScrollBar()->value() == scrolled);
    CHECK(page.findChild<QWidget *>(QStringLiteral("caseDetail"))
              ->property("html")
              .toString()
              .contains(picked));
}

TEST_CASE("a case registered at 受理 shows on 工作台 and in 事项 after the clerk closes the receipt",
    "[ui][live][intake]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("counter"));
    test::registerAt(t, kVillage, Handling::Routed, QStringLiteral("路灯不亮"));
    // Opened as the desktop opens it: on a worker thread, behind a progress window.
    t.close();
    Result<std::unique_ptr<Workspace>> opened = Error {ErrorKind::Storage, QString(), QString()};
    runLongTask(nullptr, QStringLiteral("opening"),
        [&](const Progress &progress) { opened = Workspace::open(t.path(), {}, progress); });
    REQUIRE(opened.ok());
    Workspace &ws = **opened;
    MainWindow window(ws, clerk);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(window.currentPage() == MainWindow::Intake);
    WorkbenchPage *bench = window.workbenchPage();
    CasesPage *cases = window.casesPage();
    const qint64 waiting = bench->count(CaseQueue::ToDispatch);
    const qint64 listed = cases->shownCount();
    REQUIRE(waiting == 1);
    const auto openAtUnit = [&window] {
        return window.supervisionPage()
            ->table()
            ->item(0, SupervisionPage::OpenColumn)
            ->data(Qt::UserRole)
            .toLongLong();
    };
    const qint64 open = openAtUnit();
    // 居民 already searched for the resident the clerk is about to register.
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Residents);
    window.residentsPage()->search(QStringLiteral("韦小宝"));
    auto *residents = test::child<QTableWidget>(window.residentsPage(), "residentResults");
    REQUIRE(residents->rowCount() == 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);

    // Registered as at the counter: typed, saved with Ctrl+Enter, the receipt closed with Esc.
    const auto type = [](QWidget *field, const QString &text) {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    };
    const auto registerOne = [&](const QString &title, const QString &newResident = {}) {
        if (!newResident.isEmpty())
            type(test::child<QLineEdit>(window.intakePage(), "resident"), newResident);
        auto *field = test::child<QLineEdit>(window.intakePage(), "title");
        field->setFocus();
        type(field, title);
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
        auto *receipt = qobject_cast<ReceiptDialog *>(QApplication::activeModalWidget());
        REQUIRE(receipt);
        QTest::qWait(100); // the clerk glances at the receipt
        QTest::keyClick(receipt, Qt::Key_Escape);
        REQUIRE(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 2000));
        QApplication::setActiveWindow(&window); // as the window manager hands it back
        const QList<CaseHit> hits = ws.search().searchCases(title);
        REQUIRE(hits.size() == 1);
        return hits.first().number;
    };
    const QString number = registerOne(QStringLiteral("反映井盖缺失"));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Cases);
    CHECK(cases->shownCount() == listed + 1);
    CHECK(rowOf(cases, number) >= 0);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Intake);
    registerOne(QStringLiteral("咨询医保报销"));
    registerOne(QStringLiteral("反映噪音扰民"), QStringLiteral("韦小宝"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Workbench);
    CHECK(bench->count(CaseQueue::ToDispatch) == waiting + 3);
    bench->showQueue(CaseQueue::ToDispatch);
    CHECK(bench->list()->shownCount() == waiting + 3);
    CHECK(rowOf(bench->list(), number) >= 0);

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Supervision);
    CHECK(openAtUnit() == open + 3);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Residents);
    CHECK(residents->rowCount() == 1);
}
