// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caselist.h"
#include "core/cases/casequeues.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001"); // 五圩社区
const QString kOtherVillage = QStringLiteral("451202107201");

} // namespace

TEST_CASE("each role's workbench queues count what waits for that user", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-01-09T10:00:00")); // Friday: a Fast case is due Wednesday 01-14
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    const Actor handler = t.user(Role::Handler, kVillage, QStringLiteral("handler"));
    const Actor elsewhere = t.user(Role::Handler, kOtherVillage, QStringLiteral("far"));
    CaseService &cases = t.ws().cases();
    QStringList numbers;
    for (int i = 0; i < 4; ++i) {
        RegisterCaseInput input;
        input.orgCode = kVillage;
        input.handling = Handling::Fast;
        input.title = QStringLiteral("诉求 %1").arg(i);
        Result<CaseRecord> c = cases.registerCase(clerk, input);
        REQUIRE(c.ok());
        numbers.append(c->number);
    }
    CaseList list(t.ws().ledger().db());
    const auto count = [&](CaseQueue queue, const Actor &actor, QDate today = QDate(2026, 1, 9)) {
        return list.count(casequeue::filter(queue, actor, today));
    };
    CHECK(count(CaseQueue::ToDispatch, clerk) == 4);
    CHECK(count(CaseQueue::ToAccept, handler) == 0);

    DispatchInput toVillage;
    toVillage.lead.orgCode = kVillage;
    for (int i = 0; i < 3; ++i)
        REQUIRE(cases.dispatch(t.admin(), numbers.at(i), toVillage).ok());
    CHECK(count(CaseQueue::ToDispatch, clerk) == 1);
    CHECK(count(CaseQueue::ToAccept, handler) == 3);
    CHECK(count(CaseQueue::ToAccept, elsewhere) == 0);

    REQUIRE(cases.accept(handler, numbers.at(0)).ok());
    REQUIRE(cases.returnCase(handler, numbers.at(1), QStringLiteral("不属于本单位职责")).ok());
    CHECK(count(CaseQueue::ToAccept, handler) == 1);
    CHECK(count(CaseQueue::InProgress, handler) == 1);
    CHECK(count(CaseQueue::Returned, clerk) == 1);
    CHECK(count(CaseQueue::ToDispatch, clerk) == 2);

    // Due on Wednesday, overdue from Thursday; resolved cases leave both and wait for follow-up.
    CHECK(count(CaseQueue::DueToday, handler, QDate(2026, 1, 13)) == 0);
    CHECK(count(CaseQueue::DueToday, handler, QDate(2026, 1, 14)) == 4);
    CHECK(count(CaseQueue::Overdue, handler, QDate(2026, 1, 14)) == 0);
    CHECK(count(CaseQueue::Overdue, handler, QDate(2026, 1, 15)) == 4);
    REQUIRE(cases.resolve(handler, numbers.at(0), QStringLiteral("已修复")).ok());
    CHECK(count(CaseQueue::Overdue, handler, QDate(2026, 1, 15)) == 3);
    CHECK(count(CaseQueue::FollowUpsDue, clerk) == 1);
    CHECK(count(CaseQueue::FollowUpsDue, elsewhere) == 0);
    REQUIRE(cases.followUp(clerk, numbers.at(0), Satisfaction::Satisfied, QString()).ok());
    CHECK(count(CaseQueue::FollowUpsDue, clerk) == 0);

    // A supervisor of the township sees the overdue cases of every unit under it.
    const Actor supervisor = t.user(Role::Supervisor, QStringLiteral("451202107000"), QStringLiteral("sup"));
    CHECK(count(CaseQueue::Overdue, supervisor, QDate(2026, 1, 15)) == 3);
    for (Role role : {Role::Clerk, Role::GridWorker, Role::Handler, Role::Supervisor, Role::Admin})
        CHECK_FALSE(casequeue::forRole(role).isEmpty());
}

TEST_CASE("an Immediate case saved without its result is resolved on the spot afterwards", "[cases]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Immediate;
    input.title = QStringLiteral("开具居住证明");
    Result<CaseRecord> c = t.ws().cases().registerCase(clerk, input);
    REQUIRE(c.ok());
    CHECK(c->state == CaseState::Registered);
    CHECK_FALSE(t.ws().cases().resolveOnTheSpot(clerk, c->number, QString()).ok()); // a result is needed
    Result<CaseRecord> done = t.ws().cases().resolveOnTheSpot(clerk, c->number, QStringLiteral("已开具"));
    REQUIRE(done.ok());
    CHECK(done->state == CaseState::Resolved);
    CHECK(done->resolution == QStringLiteral("已开具"));

    input.handling = Handling::Fast;
    Result<CaseRecord> fast = t.ws().cases().registerCase(clerk, input);
    REQUIRE(fast.ok());
    Result<CaseRecord> refused
        = t.ws().cases().resolveOnTheSpot(clerk, fast->number, QStringLiteral("已开具"));
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.isEmpty());
}
