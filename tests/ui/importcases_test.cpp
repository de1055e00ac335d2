// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/scopedlanguage.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "ui/cases/importcasesdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace tz;
using tz::test::TempLedger;

namespace {

void choose(QComboBox *combo, const QString &column)
{
    REQUIRE(combo);
    const int index = combo->findText(column);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE(
    "a clerk maps an old 台账's own column names, sees each row's problem by line, and imports the good rows",
    "[ui]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString path = t.dir() + QStringLiteral("/东江镇台账.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("日子,要办的事,地方\n"
                              "2025-11-03,村口路灯不亮,八达村\n"
                              "2025-11-04,屋后水沟堵塞,哪个村\n"
                              "2025-11-05,咨询医保缴费,\n")
                   .toUtf8());
    file.close();
    const Actor clerk = t.user(Role::Clerk, QStringLiteral("451202101000"), QStringLiteral("chuangkou"));

    ImportCasesDialog dialog(t.ws(), clerk, path);
    auto *run = dialog.findChild<QPushButton *>(QStringLiteral("importRun"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
    CHECK_FALSE(run->isEnabled()); // no column is named as 台账 usually name them
    CHECK(summary->text().contains(QStringLiteral("Registered on")));

    choose(dialog.columnFor(ImportField::RegisteredAt), QStringLiteral("日子"));
    choose(dialog.columnFor(ImportField::Title), QStringLiteral("要办的事"));
    choose(dialog.columnFor(ImportField::Unit), QStringLiteral("地方"));
    REQUIRE(dialog.rows().size() == 3);
    CHECK(dialog.rows().at(0).problem.isEmpty());
    CHECK(dialog.rows().at(1).line == 3);
    CHECK(dialog.rows().at(1).problem.contains(QStringLiteral("哪个村")));
    CHECK(dialog.rows().at(2).problem.isEmpty()); // no unit: the clerk's own township
    CHECK(dialog.preview()->rowCount() == 3);
    CHECK(run->isEnabled());

    // A mapping saved today fits next month's file.
    const QString mapping = t.dir() + QStringLiteral("/mapping.json");
    CHECK(dialog.saveMapping(mapping).isEmpty());
    ImportCasesDialog next(t.ws(), clerk, path);
    CHECK(next.loadMapping(mapping).isEmpty());
    CHECK(next.rows().size() == 3);

    // All or nothing refuses, naming the line; then the good rows, the other to a file.
    CHECK(dialog.importNow().contains(QStringLiteral("3")));
    CHECK(dialog.imported().isEmpty());
    const QString rejects = t.dir() + QStringLiteral("/left-out.csv");
    const QString done = dialog.importNow(rejects);
    REQUIRE(dialog.imported().size() == 2);
    CHECK(done.contains(QStringLiteral("2")));
    CHECK(QFile::exists(rejects));
    const CaseRecord lamp = *t.ws().cases().byNumber(dialog.imported().at(0));
    CHECK(lamp.backfilled);
    CHECK(lamp.originOrg == QStringLiteral("451202101200"));
    CHECK(t.ws().cases().byNumber(dialog.imported().at(1))->originOrg == QStringLiteral("451202101000"));
}

TEST_CASE("导入旧台账 renders for a look", "[.screenshot]")
{
    const tz::test::ScopedLanguage chinese(QStringLiteral("zh_CN"));
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString path = t.dir() + QStringLiteral("/东江镇2025年民情台账.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
        "序号,受理时间,群众姓名,联系电话,村（社区）,诉求内容,办理类别,办结时间,办理结果\n"
        "1,2025/11/3 9:20,韦建国,13907781234,八达村,村口路灯不亮,分办,2025/11/5,已更换灯泡\n"
        "2,2025/11/4,覃美兰,,八达村,屋后水沟堵塞,快办,2025/11/6,已组织疏通\n"
        "3,2025年11月6日,莫秀英,0778-2281234,东江社区,咨询医保缴费标准,即办,2025/11/6,当场解答\n"
        "4,11月7日,黄海龙,,八达村,道路破损,分办,,\n"
        "5,2025/11/8,蓝春花,1390778,不存在村,低保评议有异议,分办,,\n"
        "6,2025/11/9,罗志刚,,八达村,宅基地纠纷调解,联办,2025/11/20,\n")
                   .toUtf8());
    file.close();
    ImportCasesDialog dialog(t.ws(), t.admin(), path);
    dialog.show();
    const QString dir = qEnvironmentVariable("TZ_SCREENSHOTS", QStringLiteral("/tmp"));
    REQUIRE(dialog.grab().save(dir + QStringLiteral("/import.png")));
}
