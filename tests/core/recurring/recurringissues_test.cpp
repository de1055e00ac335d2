// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseevents.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"
#include "core/recurring/recurringissues.h"

using namespace tz;
using tz::test::resolveAt;
using tz::test::TempLedger;

namespace {

const QString kDongjiang = QStringLiteral("451202101000"); // 东江镇
const QString kBada = QStringLiteral("451202101200"); // 八达村
const QString kWuxuTownship = QStringLiteral("451202107000"); // 五圩镇

QString registerRequest(TempLedger &t, const QString &title, const QString &description)
{
    RegisterCaseInput input;
    input.orgCode = kBada;
    input.handling = Handling::Routed;
    input.title = title;
    input.description = description;
    Result<CaseRecord> saved = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(saved.ok());
    return saved->number;
}

qint64 caseCount(TempLedger &t)
{
    return t.ws().ledger().db().scalar("SELECT count(*) FROM cases");
}

} // namespace

TEST_CASE(
    "a supervisor confirms a recurring issue: one 举一反三 case, its members linked and resolved with it",
    "[recurring]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString a = registerRequest(
        t, QStringLiteral("八达村路灯不亮"), QStringLiteral("村口到八达小学那段路灯坏了好几天。"));
    t.setNow(QStringLiteral("2026-03-03T10:00:00"));
    const QString b = registerRequest(
        t, QStringLiteral("路灯坏了"), QStringLiteral("晚上从村口到八达小学路灯一直不亮，老人摔了一跤。"));
    const QString other = registerRequest(
        t, QStringLiteral("垃圾没人清运"), QStringLiteral("八达村市场边的垃圾堆了一个星期没人拉走。"));
    t.setNow(QStringLiteral("2026-03-05T15:00:00"));
    const QString c = registerRequest(
        t, QStringLiteral("小学路口灯不亮"), QStringLiteral("来电反映村口至八达小学路段路灯不亮。"));

    RecurringIssues issues(t.ws().ledger().db(), t.ws().org(), t.ws().catalog());
    Result<QList<RecurringProposal>> found = issues.find(kDongjiang, t.nowMs());
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    const RecurringProposal &proposal = found->constFirst();
    QStringList numbers;
    for (const RecurringCase &member : proposal.cases)
        numbers.append(member.number);
    CHECK(numbers == QStringList {a, b, c});
    CHECK(proposal.placeName.contains(QStringLiteral("八达村")));
    CHECK(proposal.sharedTerms.contains(QStringLiteral("路灯")));
    // Another township's supervisor does not see them.
    REQUIRE(issues.find(kWuxuTownship, t.nowMs()).ok());
    CHECK(issues.find(kWuxuTownship, t.nowMs())->isEmpty());

    const Actor supervisor = t.user(Role::Supervisor, kDongjiang, QStringLiteral("dujiang"));
    const Actor clerk = t.user(Role::Clerk, kDongjiang, QStringLiteral("chuangkou"));
    RegisterCaseInput issue;
    issue.orgCode = kDongjiang;
    issue.handling = Handling::Routed;
    issue.title = QStringLiteral("八达村村口至小学路段路灯整修");
    issue.rootCause = QStringLiteral("整段线路老化，灯具坏了一半");
    issue.issueMembers = {a, b, c};
    const qint64 before = caseCount(t);

    SECTION("refused: a clerk, one member, no cause, a missing case; nothing is saved")
    {
        CHECK(t.ws().cases().registerCase(clerk, issue).error().kind == ErrorKind::Forbidden);
        RegisterCaseInput lone = issue;
        lone.issueMembers = {a};
        CHECK(t.ws().cases().registerCase(supervisor, lone).error().field == QStringLiteral("issueMembers"));
        RegisterCaseInput noCause = issue;
        noCause.rootCause = QStringLiteral("  ");
        CHECK(t.ws().cases().registerCase(supervisor, noCause).error().field == QStringLiteral("rootCause"));
        RegisterCaseInput missing = issue;
        missing.issueMembers.append(QStringLiteral("20260305-NOONE-0001"));
        CHECK(t.ws().cases().registerCase(supervisor, missing).error().kind == ErrorKind::NotFound);
        CHECK(caseCount(t) == before);
        CHECK(t.ws().cases().byNumber(a)->issueNumber.isEmpty());
    }

    SECTION(
        "confirmed, then resolved: the open members are resolved with a link, one resolved before is left")
    {
        Result<CaseRecord> saved = t.ws().cases().registerCase(supervisor, issue);
        REQUIRE(saved.ok());
        CHECK(saved->rootCause == issue.rootCause);
        CHECK(caseCount(t) == before + 1);
        for (const QString &member : {a, b, c})
            CHECK(t.ws().cases().byNumber(member)->issueNumber == saved->number);
        CHECK(t.ws().cases().issueMembers(saved->number).size() == 3);
        CHECK(issues.find(kDongjiang, t.nowMs())->isEmpty()); // linked cases leave the finder
        Result<QList<ConfirmedIssue>> listed = issues.confirmed(kDongjiang);
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 1);
        CHECK(listed->constFirst().number == saved->number);
        CHECK(listed->constFirst().rootCause == issue.rootCause);
        CHECK(listed->constFirst().members == 3);
        CHECK(listed->constFirst().membersOpen == 3);
        CHECK(issues.confirmed(kWuxuTownship)->isEmpty());

        // A case belongs to one issue only.
        RegisterCaseInput second = issue;
        second.issueMembers = {a, other};
        CHECK(t.ws().cases().registerCase(supervisor, second).error().kind == ErrorKind::Conflict);

        t.setNow(QStringLiteral("2026-03-06T09:00:00"));
        resolveAt(t, b, kBada); // one lamp fixed on its own first
        t.setNow(QStringLiteral("2026-03-10T16:00:00"));
        resolveAt(t, saved->number, kDongjiang);

        const CaseRecord first = *t.ws().cases().byNumber(a);
        CHECK(first.state == CaseState::Resolved);
        CHECK(first.resolvedOrg == kBada); // where the member stands, not where the fix came from
        CHECK(first.issueNumber == saved->number);
        CHECK(t.ws().cases().byNumber(c)->state == CaseState::Resolved);
        CHECK(t.ws().cases().byNumber(b)->resolvedAt < first.resolvedAt);
        CHECK(t.ws().cases().byNumber(other)->state == CaseState::Registered);
        CHECK(issues.confirmed(kDongjiang)->constFirst().membersOpen == 0);

        // The member's own history says why it was resolved.
        QStringList types;
        for (const Event &e : t.ws().ledger().events(AggregateType::Case, first.id))
            types.append(e.type);
        CHECK(types.contains(caseevents::linkedToIssue));
        CHECK(types.contains(caseevents::resolvedWithIssue));

        // A fresh fold of the events gives the same tables.
        Result<VerifyReport> report = LedgerVerifier(t.ws().ledger()).verify();
        REQUIRE(report.ok());
        CHECK(report->ok);
    }
}
