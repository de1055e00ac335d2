// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Two computers decide one case at the same time (both offline): every ledger keeps the decision
// that folds first, flags the other, and a supervisor's review clears exactly what was reviewed.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/auth/userservice.h"
#include "core/cases/caseevents.h"
#include "core/cases/caselist.h"
#include "core/cases/caseservice.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"

#include <QJsonObject>

#include <algorithm>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001");
const QString kTownship = QStringLiteral("451202107000");

void exchange(TempLedger &from, TempLedger &to)
{
    REQUIRE(to.ws().ledger().ingest(from.ws().ledger().eventsSince(0, 1000000)).ok());
}

Actor login(TempLedger &t, const QString &name)
{
    const std::optional<User> user = t.ws().users().byLogin(name);
    REQUIRE(user.has_value());
    return t.ws().users().actorFor(*user);
}

} // namespace

TEST_CASE(
    "two resolutions of one case made offline: one stands, the other waits for a supervisor", "[cases][sync]")
{
    TempLedger a;
    const Actor handler = a.user(Role::Handler, kTownship, QStringLiteral("township"));
    const Actor secretary = a.user(Role::Supervisor, kVillage, QStringLiteral("secretary"));
    const Actor clerk = a.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Routed;
    input.title = QStringLiteral("村口路灯不亮");
    const Result<CaseRecord> registered = a.ws().cases().registerCase(clerk, input);
    REQUIRE(registered.ok());
    const QString number = registered->number;
    REQUIRE(a.ws().cases().escalate(secretary, number, QStringLiteral("需镇里协调")).ok());
    REQUIRE(a.ws().cases().accept(handler, number).ok());

    // Three laptops of the township's handler have the case; then everyone is offline.
    TempLedger b(TempLedger::Data::None, QStringLiteral("b.taizhang"));
    TempLedger c(TempLedger::Data::None, QStringLiteral("c.taizhang"));
    TempLedger d(TempLedger::Data::None, QStringLiteral("d.taizhang"));
    for (TempLedger *laptop : {&b, &c, &d})
        exchange(a, *laptop);
    REQUIRE(b.ws()
                .cases()
                .resolve(login(b, QStringLiteral("township")), number, QStringLiteral("已修复线路"))
                .ok());
    c.setNow(QStringLiteral("2026-01-05T10:00:00"));
    REQUIRE(c.ws()
                .cases()
                .resolve(login(c, QStringLiteral("township")), number, QStringLiteral("已更换灯泡"))
                .ok());

    exchange(b, a);
    exchange(c, a);
    const std::optional<CaseRecord> onA = a.ws().cases().byNumber(number);
    REQUIRE(onA.has_value());
    CHECK(onA->state == CaseState::Resolved);
    CHECK(onA->resolution == QStringLiteral("已修复线路")); // b's came first
    REQUIRE_FALSE(onA->conflict.isEmpty());
    const QList<Event> lost = a.ws().cases().losingDecisions(*onA);
    REQUIRE(lost.size() == 1);
    CHECK(lost.first().type == caseevents::resolved);
    CHECK(lost.first().payload.value(QStringLiteral("result")).toString() == QStringLiteral("已更换灯泡"));
    CaseFilter conflicts;
    conflicts.conflictOnly = true;
    CHECK(CaseList(a.ws().ledger().db()).count(conflicts) == 1);

    // Only a supervisor reviews; then the flag is gone, here and wherever the review goes.
    const Result<CaseRecord> byClerk = a.ws().cases().reviewConflict(clerk, number, {});
    REQUIRE_FALSE(byClerk.ok());
    CHECK(byClerk.error().kind == ErrorKind::Forbidden);
    const Result<CaseRecord> reviewed
        = a.ws().cases().reviewConflict(secretary, number, QStringLiteral("已电话核实，线路已修复"));
    REQUIRE(reviewed.ok());
    CHECK(reviewed->conflict.isEmpty());
    CHECK(CaseList(a.ws().ledger().db()).count(conflicts) == 0);
    const Result<CaseRecord> again = a.ws().cases().reviewConflict(secretary, number, {});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);

    // A third decision, from a laptop that stayed offline longer, reaches a after the review:
    // it is flagged anew, since nobody has looked at it yet.
    d.setNow(QStringLiteral("2026-01-05T11:00:00"));
    REQUIRE(d.ws()
                .cases()
                .resolve(login(d, QStringLiteral("township")), number, QStringLiteral("第三种说法"))
                .ok());
    exchange(d, a);
    const std::optional<CaseRecord> later = a.ws().cases().byNumber(number);
    REQUIRE(later.has_value());
    REQUIRE(a.ws().cases().losingDecisions(*later).size() == 1);
    CHECK(a.ws().cases().losingDecisions(*later).first().payload.value(QStringLiteral("result")).toString()
        == QStringLiteral("第三种说法"));
    REQUIRE(a.ws().cases().reviewConflict(secretary, number, {}).ok());

    // Every ledger that holds the same events reads the same case.
    for (TempLedger *to : {&b, &c, &d})
        exchange(a, *to);
    for (TempLedger *t : {&b, &c, &d}) {
        const std::optional<CaseRecord> here = t->ws().cases().byNumber(number);
        REQUIRE(here.has_value());
        CHECK(here->resolution == QStringLiteral("已修复线路"));
        CHECK(here->conflict.isEmpty());
    }
}

TEST_CASE("two registrations under one number: both folded, the younger flagged, later events go on",
    "[cases][sync]")
{
    TempLedger a;
    const Actor secretary = a.user(Role::Supervisor, kVillage, QStringLiteral("secretary"));
    a.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    TempLedger b(TempLedger::Data::None, QStringLiteral("b.taizhang"));
    TempLedger c(TempLedger::Data::None, QStringLiteral("c.taizhang"));
    exchange(a, b);
    exchange(a, c);
    const qint64 shared = a.ws().ledger().eventsSince(0, 1000000).size();

    // b registers a case; c, as a tampered program (or a device code drawn twice) would, another
    // case under the same number. A server from before the check took both.
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Routed;
    input.title = QStringLiteral("村口路灯不亮");
    const Result<CaseRecord> first = b.ws().cases().registerCase(login(b, QStringLiteral("clerk")), input);
    REQUIRE(first.ok());
    const QString number = first->number;
    const QList<Event> onB = b.ws().ledger().events(AggregateType::Case, first->id);
    REQUIRE(onB.size() == 1);
    QJsonObject payload = onB.first().payload;
    payload.insert(QStringLiteral("title"), QStringLiteral("同号的另一件"));
    const QString secondId = Uuid7::toString(Uuid7::generate());
    REQUIRE(c.ws()
                .ledger()
                .write(login(c, QStringLiteral("clerk")).userId,
                    [&](LedgerTransaction &t) {
                        t.append(AggregateType::Case, secondId, caseevents::registered, payload);
                    })
                .ok());
    const QString older = std::min(first->id, secondId);
    const QString younger = std::max(first->id, secondId);

    // One batch with both; then, in the other order on another ledger, one by one.
    const QList<Event> fromB = b.ws().ledger().eventsSince(0, 1000000).mid(shared);
    const QList<Event> fromC = c.ws().ledger().eventsSince(0, 1000000).mid(shared);
    REQUIRE(a.ws().ledger().ingest(fromB + fromC).ok());
    TempLedger d(TempLedger::Data::None, QStringLiteral("d.taizhang"));
    REQUIRE(d.ws().ledger().ingest(a.ws().ledger().eventsSince(0, 1000000).mid(0, shared)).ok());
    REQUIRE(d.ws().ledger().ingest(fromC).ok());
    REQUIRE(d.ws().ledger().ingest(fromB).ok());

    QString apart;
    for (TempLedger *t : {&a, &d}) {
        const std::optional<CaseRecord> holder = t->ws().cases().byNumber(number);
        REQUIRE(holder.has_value());
        CHECK(holder->id == older);
        CHECK(holder->conflict.isEmpty());
        const std::optional<CaseRecord> other = t->ws().cases().byId(younger);
        REQUIRE(other.has_value());
        CHECK(other->number.startsWith(number + QLatin1Char('-')));
        CHECK_FALSE(other->conflict.isEmpty());
        if (apart.isEmpty())
            apart = other->number;
        CHECK(other->number == apart);
        CaseFilter conflicts;
        conflicts.conflictOnly = true;
        CHECK(CaseList(t->ws().ledger().db()).count(conflicts) == 1);
        CHECK(LedgerVerifier(t->ws().ledger()).verify()->ok);
    }

    // Later events of both devices are taken and folded.
    const QString onC = c.ws().cases().byId(secondId)->number; // c knows its own case only
    REQUIRE(c.ws().cases().note(login(c, QStringLiteral("clerk")), onC, QStringLiteral("已通知电工")).ok());
    REQUIRE(b.ws().cases().note(login(b, QStringLiteral("clerk")), number, QStringLiteral("已上报")).ok());
    exchange(c, a);
    exchange(b, a);
    CHECK(a.ws().cases().byId(secondId)->version == 2);
    CHECK(a.ws().cases().byId(first->id)->version == 2);

    // A supervisor looks at it; the flag goes, the number apart stays.
    const Result<CaseRecord> reviewed
        = a.ws().cases().reviewConflict(secretary, apart, QStringLiteral("同号，已分开"));
    REQUIRE(reviewed.ok());
    CHECK(reviewed->conflict.isEmpty());
    CHECK(reviewed->number == apart);
    CHECK(LedgerVerifier(a.ws().ledger()).verify()->ok);
}
