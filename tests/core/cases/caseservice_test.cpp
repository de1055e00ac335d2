// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/calendar/calendarservice.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/residents/residentservice.h"

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kWuxu = QStringLiteral("451202107000"); // 五圩镇
const QString kVillage = QStringLiteral("451202107001"); // 五圩社区
const QString kCounty = QStringLiteral("451202000000"); // 金城江区
const QString kCity = QStringLiteral("451200000000");
const QString kOtherCounty = QStringLiteral("451203001001"); // a village of 宜州区

RegisterCaseInput request(
    const QString &org, Handling handling, const QString &title = QStringLiteral("路灯不亮"))
{
    RegisterCaseInput input;
    input.orgCode = org;
    input.handling = handling;
    input.title = title;
    input.description = QStringLiteral("群众反映村口路灯连续三晚不亮，夜间出行不便。");
    return input;
}

} // namespace

TEST_CASE("a Fast case registered on Friday 2026-01-09 is due at the end of Wednesday 2026-01-14", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-01-09T10:00:00"));
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    Result<CaseRecord> c = t.ws().cases().registerCase(clerk, request(kVillage, Handling::Fast));
    REQUIRE(c.ok());
    CHECK(c->deadline == QDate(2026, 1, 14));
    CHECK(c->state == CaseState::Registered);
    CHECK(c->number.startsWith(QStringLiteral("20260109-")));
    CHECK(c->number.size() <= 20);
}

TEST_CASE("an Immediate case resolved on the spot is saved resolved in one transaction", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:30:00"));
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    RegisterCaseInput input = request(kVillage, Handling::Immediate, QStringLiteral("开具居住证明"));
    input.resolveNow = true;
    input.resolution = QStringLiteral("当场开具证明并交群众本人");
    const qint64 before = t.ws().ledger().eventCount();
    Result<CaseRecord> c = t.ws().cases().registerCase(clerk, input);
    REQUIRE(c.ok());
    CHECK(c->state == CaseState::Resolved);
    CHECK(c->deadline == QDate(2026, 3, 2));
    CHECK(c->resolvedLevel == static_cast<int>(OrgLevel::Village));
    CHECK(t.ws().ledger().eventCount() == before + 2);

    SECTION("a non-Immediate case cannot be resolved on the spot, and nothing is saved")
    {
        RegisterCaseInput fast = request(kVillage, Handling::Fast);
        fast.resolveNow = true;
        fast.resolution = QStringLiteral("x");
        const qint64 count = t.ws().ledger().eventCount();
        Result<CaseRecord> refused = t.ws().cases().registerCase(clerk, fast);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("handling"));
        CHECK(t.ws().ledger().eventCount() == count);
    }
}

TEST_CASE("a Routed case goes round the whole loop", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-04-07T09:00:00"));
    CaseService &cases = t.ws().cases();
    const Actor clerk = t.user(Role::Clerk, kWuxu, QStringLiteral("clerk"));
    const Actor handler = t.user(Role::Handler, kWuxu, QStringLiteral("handler"));
    const Actor supervisor = t.user(Role::Supervisor, kWuxu, QStringLiteral("boss"));
    Result<CaseRecord> c = cases.registerCase(clerk, request(kVillage, Handling::Routed));
    REQUIRE(c.ok());
    const QString n = c->number;

    REQUIRE(cases.dispatch(clerk, n, {{kVillage, {}, {}}, {}, {}})->state == CaseState::Dispatched);
    REQUIRE(cases.accept(handler, n)->state == CaseState::Accepted);
    REQUIRE(cases.note(handler, n, QStringLiteral("已联系供电所"))->state == CaseState::InProgress);
    Result<CaseRecord> resolved = cases.resolve(handler, n, QStringLiteral("已更换灯泡"));
    REQUIRE(resolved.ok());
    CHECK(resolved->state == CaseState::Resolved);
    CHECK(resolved->resolvedOrg == kVillage);

    SECTION("satisfied: followed up and closed")
    {
        REQUIRE(cases.followUp(clerk, n, Satisfaction::Satisfied, {})->state == CaseState::FollowedUp);
        REQUIRE(cases.close(clerk, n)->state == CaseState::Closed);
        Result<CaseRecord> again = cases.note(clerk, n, QStringLiteral("x"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == ErrorKind::Conflict);
    }
    SECTION("unsatisfied: reopened automatically, dispatched again")
    {
        Result<CaseRecord> followed
            = cases.followUp(clerk, n, Satisfaction::Unsatisfied, QStringLiteral("灯又坏了"));
        REQUIRE(followed.ok());
        CHECK(followed->state == CaseState::Reopened);
        CHECK(followed->reopenCount == 1);
        CHECK(followed->resolvedAt == 0);
        CHECK(cases.dispatch(clerk, n, {{kVillage, {}, {}}, {}, {}})->state == CaseState::Dispatched);
    }
    SECTION("a supervisor reopens a followed-up case by hand")
    {
        REQUIRE(cases.followUp(clerk, n, Satisfaction::MostlySatisfied, {}).ok());
        CHECK(
            cases.reopen(supervisor, n, QStringLiteral("复查发现问题未解决"))->state == CaseState::Reopened);
    }
}

TEST_CASE("roles may do only what the loop gives them", "[cases]")
{
    TempLedger t;
    CaseService &cases = t.ws().cases();
    const Actor clerk = t.user(Role::Clerk, kWuxu, QStringLiteral("clerk"));
    const Actor grid = t.user(Role::GridWorker, kVillage, QStringLiteral("grid"));
    const Actor handler = t.user(Role::Handler, kWuxu, QStringLiteral("handler"));
    Result<CaseRecord> c = cases.registerCase(grid, request(kVillage, Handling::Fast));
    REQUIRE(c.ok());
    const QString n = c->number;

    Result<CaseRecord> r = cases.dispatch(grid, n, {{kVillage, {}, {}}, {}, {}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Forbidden);
    REQUIRE(cases.dispatch(clerk, n, {{kVillage, {}, {}}, {}, {}}).ok());
    r = cases.accept(clerk, n);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Forbidden);
    r = cases.resolve(handler, n, QStringLiteral("x"));
    REQUIRE_FALSE(r.ok()); // not accepted yet
    CHECK(r.error().kind == ErrorKind::Conflict);
    CHECK(cases.accept(handler, n).ok());

    SECTION("a handler in another county cannot touch it")
    {
        const Actor stranger
            = t.user(Role::Handler, QStringLiteral("451203001000"), QStringLiteral("stranger"));
        Result<CaseRecord> refused = cases.resolve(stranger, n, QStringLiteral("x"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Forbidden);
    }
    SECTION("a clerk cannot register in another county")
    {
        Result<CaseRecord> refused = cases.registerCase(clerk, request(kOtherCounty, Handling::Fast));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Forbidden);
    }
}

TEST_CASE("escalation climbs one level at a time and stops at the city", "[cases]")
{
    TempLedger t;
    CaseService &cases = t.ws().cases();
    const Actor admin = t.admin();
    Result<CaseRecord> c = cases.registerCase(admin, request(kVillage, Handling::Routed));
    REQUIRE(c.ok());
    const QString n = c->number;
    CHECK(cases.escalate(admin, n, QStringLiteral("超出村级事权"))->orgCode == kWuxu);
    CHECK(cases.escalate(admin, n, QStringLiteral("需县级协调"))->orgCode == kCounty);
    Result<CaseRecord> city = cases.escalate(admin, n, QStringLiteral("需市级资金"));
    REQUIRE(city.ok());
    CHECK(city->orgCode == kCity);
    CHECK(city->state == CaseState::Dispatched);
    CHECK(city->escalations == 3);
    Result<CaseRecord> top = cases.escalate(admin, n, QStringLiteral("再提级"));
    REQUIRE_FALSE(top.ok());
    CHECK(top.error().kind == ErrorKind::Conflict);

    SECTION("an escalated case leaves the village handler's reach")
    {
        const Actor villageHandler = t.user(Role::Handler, kVillage, QStringLiteral("vh"));
        Result<CaseRecord> refused = cases.accept(villageHandler, n);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Forbidden);
    }
}

TEST_CASE("a Joint case has one lead, co-handlers answer, then the lead resolves", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-05-11T09:00:00"));
    CaseService &cases = t.ws().cases();
    const Actor admin = t.admin();
    Result<Department> social = t.ws().org().addDepartment(admin, kWuxu, QStringLiteral("社会事务办"));
    Result<Department> justice = t.ws().org().addDepartment(admin, kWuxu, QStringLiteral("司法所"));
    REQUIRE(social.ok());
    REQUIRE(justice.ok());
    const Actor clerk = t.user(Role::Clerk, kWuxu, QStringLiteral("clerk"));
    const Actor lead = t.user(Role::Handler, kWuxu, QStringLiteral("lead"), social->id);
    const Actor co = t.user(Role::Handler, kWuxu, QStringLiteral("co"), justice->id);
    Result<CaseRecord> c
        = cases.registerCase(clerk, request(kWuxu, Handling::Joint, QStringLiteral("土地纠纷调处")));
    REQUIRE(c.ok());
    const QString n = c->number;

    Result<CaseRecord> noCo = cases.dispatch(clerk, n, {{kWuxu, social->id, {}}, {}, {}});
    REQUIRE_FALSE(noCo.ok());
    CHECK(noCo.error().field == QStringLiteral("coHandlers"));

    Result<CaseRecord> d
        = cases.dispatch(clerk, n, {{kWuxu, social->id, {}}, {{kWuxu, justice->id, {}}}, {}});
    REQUIRE(d.ok());
    REQUIRE(d->handlers.size() == 2);
    CHECK(d->handlers.at(0).lead);
    CHECK(d->deadline == QDate(2026, 6, 1)); // 15 working days
    REQUIRE(cases.accept(lead, n).ok());
    Result<CaseRecord> early = cases.resolve(lead, n, QStringLiteral("已调处"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().kind == ErrorKind::Conflict);
    Result<CaseRecord> answered = cases.answerAsCoHandler(co, n, QStringLiteral("已提供法律意见"));
    REQUIRE(answered.ok());
    CHECK(answered->handlers.at(1).answer == QStringLiteral("已提供法律意见"));
    CHECK(cases.resolve(lead, n, QStringLiteral("双方达成调解协议"))->state == CaseState::Resolved);
}

TEST_CASE("returning a case sends it back to the unit that dispatched it", "[cases]")
{
    TempLedger t;
    CaseService &cases = t.ws().cases();
    const Actor clerk = t.user(Role::Clerk, kWuxu, QStringLiteral("clerk"));
    const Actor handler = t.user(Role::Handler, kVillage, QStringLiteral("vh"));
    Result<CaseRecord> c = cases.registerCase(clerk, request(kWuxu, Handling::Routed));
    REQUIRE(c.ok());
    REQUIRE(cases.dispatch(clerk, c->number, {{kVillage, {}, {}}, {}, {}}).ok());
    Result<CaseRecord> empty = cases.returnCase(handler, c->number, QStringLiteral("  "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("reason"));
    Result<CaseRecord> back = cases.returnCase(handler, c->number, QStringLiteral("不属于本村事权"));
    REQUIRE(back.ok());
    CHECK(back->state == CaseState::Registered);
    CHECK(back->orgCode == kWuxu);
    CHECK(back->returned == 1);
}

TEST_CASE("waiting for the citizen's materials pauses the clock", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-01-05T09:00:00")); // Monday
    CaseService &cases = t.ws().cases();
    const Actor admin = t.admin();
    Result<CaseRecord> c = cases.registerCase(admin, request(kVillage, Handling::Fast));
    REQUIRE(c.ok());
    CHECK(c->deadline == QDate(2026, 1, 8));
    REQUIRE(cases.dispatch(admin, c->number, {{kVillage, {}, {}}, {}, {}}).ok());
    REQUIRE(cases.accept(admin, c->number).ok());
    t.setNow(QStringLiteral("2026-01-06T10:00:00"));
    Result<CaseRecord> paused = cases.requestMaterials(admin, c->number, QStringLiteral("户口本复印件"));
    REQUIRE(paused.ok());
    CHECK(paused->isPaused());
    CHECK_FALSE(paused->isOverdue(QDate(2026, 1, 20)));
    t.setNow(QStringLiteral("2026-01-09T15:00:00")); // Friday: 3 working days later
    Result<CaseRecord> resumed = cases.receiveMaterials(admin, c->number);
    REQUIRE(resumed.ok());
    CHECK_FALSE(resumed->isPaused());
    CHECK(resumed->deadline == QDate(2026, 1, 13));
}

TEST_CASE("bad input is refused with the field named and nothing saved", "[cases]")
{
    TempLedger t;
    const Actor admin = t.admin();
    const qint64 before = t.ws().ledger().eventCount();
    RegisterCaseInput long_ = request(kVillage, Handling::Fast, QString(61, QChar(0x8DEF)));
    CHECK(t.ws().cases().registerCase(admin, long_).error().field == QStringLiteral("title"));
    RegisterCaseInput control = request(kVillage, Handling::Fast, QStringLiteral("路灯\x01不亮"));
    CHECK(t.ws().cases().registerCase(admin, control).error().field == QStringLiteral("title"));
    RegisterCaseInput future = request(kVillage, Handling::Fast);
    future.registeredAt = t.nowMs() + 24LL * 3600 * 1000;
    CHECK(t.ws().cases().registerCase(admin, future).error().field == QStringLiteral("registeredAt"));
    RegisterCaseInput phone = request(kVillage, Handling::Fast);
    phone.phone = QStringLiteral("12345");
    CHECK(t.ws().cases().registerCase(admin, phone).error().field == QStringLiteral("phone"));
    CHECK(t.ws().ledger().eventCount() == before);
}

TEST_CASE("a backfilled paper record keeps its real registration time and who entered it", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-02-10T16:00:00"));
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    RegisterCaseInput input = request(kVillage, Handling::Fast);
    input.registeredAt = businesstime::parseIso(QStringLiteral("2026-02-03T10:00:00"), nullptr);
    Result<CaseRecord> c = t.ws().cases().registerCase(clerk, input);
    REQUIRE(c.ok());
    CHECK(c->backfilled);
    CHECK(c->number.startsWith(QStringLiteral("20260203-")));
    CHECK(c->enteredBy == clerk.userId);
    CHECK(c->enteredAt == t.nowMs());
    CHECK(c->deadline == QDate(2026, 2, 6));
}

TEST_CASE("case numbers count up per device and day and survive a restart", "[cases]")
{
    TempLedger t;
    const Actor admin = t.admin();
    const QString first = t.ws().cases().registerCase(admin, request(kVillage, Handling::Fast))->number;
    const QString second = t.ws().cases().registerCase(admin, request(kVillage, Handling::Fast))->number;
    CHECK(first.endsWith(QStringLiteral("-0001")));
    CHECK(second.endsWith(QStringLiteral("-0002")));
    t.reopen();
    CHECK(t.ws()
              .cases()
              .registerCase(t.admin(), request(kVillage, Handling::Fast))
              ->number.endsWith(QStringLiteral("-0003")));
}

TEST_CASE("a unit's own deadline rule overrides the ledger default, and its villages inherit it", "[cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-01-05T09:00:00")); // Monday
    const Actor admin = t.admin();
    REQUIRE(t.ws().calendar().setDeadlineDays(admin, {}, Handling::Fast, 4).ok());
    REQUIRE(t.ws().calendar().setDeadlineDays(admin, kWuxu, Handling::Fast, 2).ok());
    CHECK(
        t.ws().cases().registerCase(admin, request(kVillage, Handling::Fast))->deadline == QDate(2026, 1, 7));
    CHECK(
        t.ws().cases().registerCase(admin, request(QStringLiteral("451202101001"), Handling::Fast))->deadline
        == QDate(2026, 1, 9));
    CHECK(t.ws().calendar().setDeadlineDays(admin, kWuxu, Handling::Immediate, 3).error().field
        == QStringLiteral("days"));
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    CHECK(t.ws().calendar().setDeadlineDays(clerk, kVillage, Handling::Fast, 1).error().kind
        == ErrorKind::Forbidden);
    // An administrator of one township sets its rule, not the default every unit follows.
    const Actor townAdmin = t.user(Role::Admin, kWuxu, QStringLiteral("town-admin"));
    CHECK(t.ws().calendar().setDeadlineDays(townAdmin, {}, Handling::Fast, 200).error().kind
        == ErrorKind::Forbidden);
    CHECK(t.ws().calendar().setDeadlineDays(townAdmin, kWuxu, Handling::Fast, 3).ok());
    CHECK(t.ws().calendar().deadlineDays(QStringLiteral("451202101001"), Handling::Fast) == 4);
}
