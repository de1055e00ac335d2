// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"
#include "support/zipentry.h"

#include "core/cases/attachmentstore.h"
#include "core/cases/caseservice.h"
#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"
#include "ui/cases/casespage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace tz;
using tz::test::TempLedger;

TEST_CASE("the case list narrows by class, unit and overdue, and exports what it shows", "[ui]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString wuxu = QStringLiteral("451202107001");
    const QString dongjiang = QStringLiteral("451202101200");
    for (int i = 0; i < 6; ++i) {
        RegisterCaseInput input;
        input.orgCode = i % 2 ? dongjiang : wuxu;
        input.handling = i < 4 ? Handling::Fast : Handling::Routed;
        input.title = QStringLiteral("路灯不亮 %1").arg(i);
        REQUIRE(t.ws().cases().registerCase(t.admin(), input).ok());
    }
    const Actor supervisor = t.user(Role::Supervisor, QStringLiteral("451202000000"), QStringLiteral("sup"));
    CasesPage page(t.ws(), supervisor);
    page.resize(1200, 700);
    page.show();
    auto *table = page.findChild<QTableView *>();
    REQUIRE(table);
    CHECK(page.shownCount() == 6);

    auto *toggle = page.findChild<QToolButton *>(QStringLiteral("filterToggle"));
    auto *bar = page.findChild<QFrame *>(QStringLiteral("filterBar"));
    REQUIRE(toggle);
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(bar->isVisible());

    auto *handlingCombo = page.findChild<QComboBox *>(QStringLiteral("filterClass"));
    handlingCombo->setCurrentIndex(handlingCombo->findData(static_cast<int>(Handling::Fast)));
    CHECK(page.shownCount() == 4);
    CHECK(toggle->text().contains(QLatin1String("1")));

    // The unit is picked by typing its name (Chinese text arrives as an input method commits it).
    auto *unit = page.findChild<QComboBox *>(QStringLiteral("filterUnit"));
    REQUIRE(unit->findData(dongjiang) > 0);
    unit->lineEdit()->setFocus();
    unit->lineEdit()->clear();
    unit->lineEdit()->insert(unit->itemText(unit->findData(dongjiang)));
    QTest::keyClick(unit->lineEdit(), Qt::Key_Return);
    CHECK(unit->currentData().toString() == dongjiang);
    CHECK(page.shownCount() == 2);

    // Fast cases registered Monday 03-02 are due Thursday 03-05: overdue on the 6th.
    auto *overdue = page.findChild<QCheckBox *>(QStringLiteral("filterOverdue"));
    t.setNow(QStringLiteral("2026-03-06T09:00:00"));
    overdue->setChecked(true);
    CHECK(page.shownCount() == 2);

    const QString file = t.dir() + QStringLiteral("/shown.csv");
    CHECK(page.exportTo(file).isEmpty());
    Result<CsvTable> csv = CsvReader::readFile(file, CsvReader::Encoding::Utf8);
    REQUIRE(csv.ok());
    CHECK(csv->rows.size() == 2);
    for (const CsvRow &row : csv->rows)
        CHECK(row.fields.contains(QStringLiteral("八达村")));
    // The same list as an Excel workbook: one sheet, a line saying when and who, a header and the two cases.
    const QString workbook = t.dir() + QStringLiteral("/shown.xlsx");
    CHECK(page.exportTo(workbook).isEmpty());
    const QString sheet = tz::test::zipEntry(workbook, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.count(QStringLiteral("<row ")) == 4);
    CHECK(sheet.count(QStringLiteral("八达村")) == 2);
    // And as a PDF to hand on or print.
    const QString pdf = t.dir() + QStringLiteral("/shown.pdf");
    CHECK(page.exportTo(pdf).isEmpty());
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(5) == QByteArray("%PDF-"));

    QTest::mouseClick(bar->findChildren<QToolButton *>().constLast(), Qt::LeftButton); // clear filters
    CHECK(page.shownCount() == 6);
}

TEST_CASE(
    "files are attached to a case by the button's path or a drop, stored once, refused when too big", "[ui]")
{
    TempLedger t;
    RegisterCaseInput input;
    input.orgCode = QStringLiteral("451202107001");
    input.handling = Handling::Routed;
    input.title = QStringLiteral("危房改造申请");
    REQUIRE(t.ws().cases().registerCase(t.admin(), input).ok());
    CasesPage page(t.ws(), t.admin());
    page.resize(1200, 700);
    page.show();

    const QString photo = t.dir() + QStringLiteral("/房屋照片.jpg");
    QFile file(photo);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CHECK(page.attachFiles({photo}).contains(QStringLiteral("房屋照片.jpg")));

    // A drop of the same file: attached again under the same reference, stored once.
    auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("caseDetail"));
    REQUIRE(detail);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photo)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    // Offscreen there is no drag in progress for QApplication to route a drop: hand it to the
    // filter the viewport reports to (the case detail's own), as a real drop is.
    drop.ignore();
    CHECK(static_cast<QObject *>(detail)->eventFilter(detail->viewport(), &drop));
    CHECK(drop.isAccepted());

    const CaseRecord record
        = *t.ws().cases().byNumber(CaseList(t.ws().ledger().db()).page({}, nullptr, 1).first().number);
    REQUIRE(record.attachments.size() == 1); // one reference: the same bytes
    const AttachmentStore store(t.path());
    const QString stored = store.pathOf(record.attachments.first().ref);
    REQUIRE_FALSE(stored.isEmpty());
    QFile copy(stored);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == QByteArray(4096, 'x'));
    CHECK(QDir(store.folder()).entryList(QDir::Files).size() == 1);
    CHECK(detail->toHtml().contains(QStringLiteral("房屋照片.jpg")));
    CHECK(t.ws().ledger().events(AggregateType::Case, record.id).size() == 3); // registered, two attachments

    const QString huge = t.dir() + QStringLiteral("/scan.pdf");
    QFile big(huge);
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(AttachmentStore::kMaxBytes + 1));
    big.close();
    CHECK(page.attachFiles({huge}).contains(QStringLiteral("25 MB")));
    CHECK(page.findChild<QLabel *>(QStringLiteral("attachMessage"))->isVisibleTo(&page));
    CHECK(t.ws().cases().byNumber(record.number)->attachments.size() == 1);
}

TEST_CASE("事项 starts at the user's own unit, and All shows the rest of the ledger", "[ui]")
{
    TempLedger t;
    for (const QString &org : {QStringLiteral("451202107001"), QStringLiteral("451202101200")}) {
        RegisterCaseInput input;
        input.orgCode = org;
        input.handling = Handling::Fast;
        input.title = QStringLiteral("路灯不亮");
        REQUIRE(t.ws().cases().registerCase(t.admin(), input).ok());
    }
    CasesPage page(t.ws(), t.user(Role::Clerk, QStringLiteral("451202107001"), QStringLiteral("clerk")));
    CHECK(page.shownCount() == 2);
    page.startAtOwnUnit();
    CHECK(page.shownCount() == 1);
    page.findChild<QComboBox *>(QStringLiteral("filterUnit"))->setCurrentIndex(0);
    CHECK(page.shownCount() == 2);
}

TEST_CASE("Tab leaves the case table for the case's steps instead of walking its cells", "[ui]")
{
    TempLedger t;
    for (int i = 0; i < 3; ++i) {
        RegisterCaseInput input;
        input.orgCode = QStringLiteral("451202107001");
        input.handling = Handling::Routed;
        input.title = QStringLiteral("路灯不亮 %1").arg(i);
        REQUIRE(t.ws().cases().registerCase(t.admin(), input).ok());
    }
    CasesPage page(t.ws(), t.admin());
    page.resize(1200, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto *table = page.findChild<QTableView *>();
    REQUIRE(table);
    table->setFocus();
    table->selectRow(0);
    const QModelIndex first = table->currentIndex();
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table);
    CHECK(table->currentIndex().row() == first.row()); // the same case stays chosen
}
