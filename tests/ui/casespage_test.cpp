// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "cases/caseservice.h"
#include "cases/casespage.h"
#include "io/csvreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
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

    QTest::mouseClick(bar->findChildren<QToolButton *>().constLast(), Qt::LeftButton); // clear filters
    CHECK(page.shownCount() == 6);
}
