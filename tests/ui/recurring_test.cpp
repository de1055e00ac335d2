// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/demo/demogenerator.h"
#include "ui/recurring/recurringpage.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kDongjiang = QStringLiteral("451202101000"); // 东江镇
const QString kBada = QStringLiteral("451202101200"); // 八达村

void registerRequest(TempLedger &t, const QString &at, const QString &title, const QString &description)
{
    t.setNow(at);
    RegisterCaseInput input;
    input.orgCode = kBada;
    input.handling = Handling::Routed;
    input.title = title;
    input.description = description;
    REQUIRE(t.ws().cases().registerCase(t.admin(), input).ok());
}

} // namespace

TEST_CASE("举一反三: a supervisor unticks a case that is not the same problem, names the cause and registers "
          "the case that fixes the rest",
    "[ui]")
{
    TempLedger t;
    registerRequest(t, QStringLiteral("2026-03-02T09:00:00"), QStringLiteral("八达村路灯不亮"),
        QStringLiteral("村口到八达小学那段路灯坏了好几天。"));
    registerRequest(t, QStringLiteral("2026-03-03T09:00:00"), QStringLiteral("路灯坏了"),
        QStringLiteral("晚上从村口到八达小学路灯一直不亮，老人摔了一跤。"));
    registerRequest(t, QStringLiteral("2026-03-04T09:00:00"), QStringLiteral("小学路口灯不亮"),
        QStringLiteral("来电反映村口至八达小学路段路灯不亮。"));
    registerRequest(t, QStringLiteral("2026-03-05T09:00:00"), QStringLiteral("建议小学路口加装路灯"),
        QStringLiteral("八达小学路口路灯太暗，建议再加装两盏路灯。"));
    const Actor supervisor = t.user(Role::Supervisor, kDongjiang, QStringLiteral("dujiang"));

    RecurringPage page(t.ws(), supervisor);
    page.resize(1200, 700);
    page.show();
    REQUIRE(page.proposals().size() == 1);
    QTableWidget *members = page.members();
    REQUIRE(members->rowCount() == 3); // the request for more lamps is not one of them
    auto *confirm = page.findChild<QPushButton *>(QStringLiteral("recurringConfirm"));
    CHECK(confirm->isEnabled());

    // The supervisor knows the lamp by the school gate failed on its own: untick it.
    REQUIRE(members->item(2, RecurringPage::TitleColumn)->text() == QStringLiteral("小学路口灯不亮"));
    const QString gate = members->item(2, RecurringPage::NumberColumn)->text();
    members->item(2, RecurringPage::NumberColumn)->setCheckState(Qt::Unchecked);
    auto *confirmed = page.findChild<QListWidget *>(QStringLiteral("recurringConfirmed"));
    CHECK_FALSE(page.confirm().isEmpty()); // no root cause yet: refused, nothing saved
    CHECK(confirmed->count() == 0);
    CHECK(page.proposals().size() == 1);
    auto *cause = page.findChild<QPlainTextEdit *>(QStringLiteral("recurringRootCause"));
    cause->setPlainText(QStringLiteral("整段线路老化，灯具坏了一半"));
    const QString done = page.confirm();
    CHECK(done.contains(QStringLiteral("2")));

    CHECK(page.proposals().isEmpty());
    REQUIRE(confirmed->count() == 1);
    const QString issue = confirmed->item(0)->data(Qt::UserRole).toString();
    CHECK(t.ws().cases().issueMembers(issue).size() == 2);
    CHECK(t.ws().cases().byNumber(gate)->issueNumber.isEmpty());
    CHECK(t.ws().cases().byNumber(issue)->rootCause == QStringLiteral("整段线路老化，灯具坏了一半"));

    // A clerk reads the groups but may not register one.
    registerRequest(t, QStringLiteral("2026-03-06T09:00:00"), QStringLiteral("垃圾没人清运"),
        QStringLiteral("八达村市场边的垃圾堆了一个星期没人拉走。"));
    registerRequest(t, QStringLiteral("2026-03-07T09:00:00"), QStringLiteral("市场垃圾堆积"),
        QStringLiteral("八达村市场边垃圾好多天没人拉，臭气熏天。"));
    registerRequest(t, QStringLiteral("2026-03-08T09:00:00"), QStringLiteral("垃圾没拉走"),
        QStringLiteral("市场旁边垃圾堆一周了没人拉走，苍蝇很多。"));
    RecurringPage clerkPage(t.ws(), t.user(Role::Clerk, kDongjiang, QStringLiteral("chuangkou")));
    clerkPage.show();
    REQUIRE(clerkPage.proposals().size() == 1);
    CHECK_FALSE(clerkPage.findChild<QPushButton *>(QStringLiteral("recurringConfirm"))->isEnabled());
}

TEST_CASE("the demo ledger has recurring problems for 举一反三 to find", "[ui]")
{
    TempLedger t(TempLedger::Data::None);
    DemoOptions options;
    options.cases = 300;
    options.endMs = QDateTime(QDate(2026, 11, 30), QTime(18, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    Result<DemoReport> demo = DemoGenerator(t.ws(), options).run(t.admin());
    INFO((demo ? QString() : demo.error().message).toStdString());
    REQUIRE(demo.ok());
    CHECK(demo->refused == 0);
    t.setNow(QStringLiteral("2026-11-30T18:00:00"));
    RecurringPage page(t.ws(), t.admin());
    page.show();
    CHECK(page.proposals().size() >= 10);
}
