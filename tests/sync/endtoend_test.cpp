// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Sync end to end: the real taizhang-server on 127.0.0.1 and several device ledgers.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/templedger.h"
#include "support/testserver.h"

#include "core/auth/userservice.h"
#include "core/cases/caselist.h"
#include "core/cases/caserecord.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/org/orgservice.h"
#include "core/sync/syncclient.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace tz;
using tz::test::Device;
using tz::test::Origin;
using tz::test::TestServer;

namespace {

using namespace tz::test;

RegisterCaseInput streetLight()
{
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Routed;
    input.title = QStringLiteral("村口路灯坏了三盏");
    return input;
}

} // namespace

TEST_CASE("a case registered offline in a village climbs to the county and comes back resolved", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device village(server, kVillage);
    Device township(server, kTownship);
    Device county(server, kCounty);
    Device neighbour(server, kOtherVillage);
    Device elsewhere(server, kOtherCounty);
    for (Device *d : {&village, &township, &county, &neighbour, &elsewhere})
        d->sync();
    // Everyone has the shared reference data; a village's users reach the village and above.
    CHECK(village.ws->org().unit(kVillage).has_value());
    CHECK(elsewhere.ws->org().unit(kVillage).has_value());
    CHECK(village.ws->users().byLogin(QStringLiteral("clerk")).has_value());
    CHECK(county.ws->users().byLogin(QStringLiteral("clerk")).has_value());
    CHECK_FALSE(neighbour.ws->users().byLogin(QStringLiteral("clerk")).has_value());

    // Offline in the village: registered, then escalated by the village secretary.
    Result<CaseRecord> registered
        = village.ws->cases().registerCase(village.actor(QStringLiteral("clerk")), streetLight());
    REQUIRE(registered.ok());
    const QString number = registered->number;
    REQUIRE(
        village.ws->cases()
            .escalate(village.actor(QStringLiteral("secretary")), number, QStringLiteral("需镇里协调供电所"))
            .ok());
    CHECK(village.client->waitingEvents() >= 2);
    const SyncReport sent = village.sync();
    CHECK(sent.pushed >= 2);
    CHECK(sent.requests == 1);
    CHECK(village.client->waitingEvents() == 0);

    // The township accepts and escalates to the county.
    township.sync();
    std::optional<CaseRecord> atTownship = township.find(number);
    REQUIRE(atTownship.has_value());
    CHECK(atTownship->orgCode == kTownship);
    CHECK(atTownship->state == CaseState::Dispatched);
    const Actor townshipHandler = township.actor(QStringLiteral("township"));
    REQUIRE(township.ws->cases().accept(townshipHandler, number).ok());
    REQUIRE(township.ws->cases().escalate(townshipHandler, number, QStringLiteral("需县住建局资金")).ok());
    township.sync();

    // The county resolves it.
    county.sync();
    const Actor countyHandler = county.actor(QStringLiteral("county"));
    REQUIRE(county.ws->cases().accept(countyHandler, number).ok());
    REQUIRE(county.ws->cases().resolve(countyHandler, number, QStringLiteral("已更换三盏路灯")).ok());
    county.sync();

    // The village sees it resolved, with every step in its timeline.
    village.sync();
    std::optional<CaseRecord> back = village.find(number);
    REQUIRE(back.has_value());
    CHECK(back->state == CaseState::Resolved);
    CHECK(back->resolvedOrg == kCounty);
    CHECK(back->resolution == QStringLiteral("已更换三盏路灯"));
    CHECK(village.ws->ledger().events(AggregateType::Case, back->id).size()
        == county.ws->ledger().events(AggregateType::Case, back->id).size());

    // Devices outside its path never receive it; the administrator's sees all.
    neighbour.sync();
    elsewhere.sync();
    CHECK_FALSE(neighbour.find(number).has_value());
    CHECK_FALSE(elsewhere.find(number).has_value());
    REQUIRE(origin.client->sync().ok());
    CHECK(origin.t.ws().cases().byNumber(number)->state == CaseState::Resolved);

    // Level: once synced, the devices that hold the case agree on its read table.
    township.sync();
    const auto digests = [](Workspace &ws) {
        return LedgerVerifier(ws.ledger()).projectionDigests().value(QStringLiteral("cases"));
    };
    CHECK(digests(village.ws.operator*()) == digests(county.ws.operator*()));
    CHECK(digests(township.ws.operator*()) == digests(county.ws.operator*()));
}

TEST_CASE("a device cannot write outside its scope, nor enroll twice with one code", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    const QString code = server.enrollmentCode(kOtherVillage);
    Device neighbour(server, kOtherVillage);
    neighbour.sync();

    // A second device with a spent code is refused.
    QTemporaryDir dir;
    Workspace::InitOptions options;
    options.replica = true;
    Result<std::unique_ptr<Workspace>> other
        = Workspace::init(dir.filePath(QStringLiteral("x.taizhang")), options);
    REQUIRE(other.ok());
    SyncClient thief((*other)->ledger());
    REQUIRE(thief.enroll(server.url(), code, QStringLiteral("a")).ok()); // the code was unused until now
    SyncClient again((*other)->ledger());
    const Status twice = again.enroll(server.url(), code, QStringLiteral("b"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Forbidden);

    // The neighbouring village registers a case in 五圩社区: refused and set aside, kept locally.
    const Actor admin = neighbour.ws->ledgerAdmin();
    Result<CaseRecord> foreign = neighbour.ws->cases().registerCase(admin, streetLight());
    REQUIRE(foreign.ok());
    const SyncReport refused = neighbour.sync();
    CHECK(refused.setAside >= 1);
    CHECK(refused.pushed == 0);
    CHECK(neighbour.client->waitingEvents() == 0);
    CHECK(neighbour.find(foreign->number).has_value());
    Device village(server, kVillage);
    village.sync();
    CHECK_FALSE(village.find(foreign->number).has_value());
}

TEST_CASE("a laptop whose clock is a day off either way is told so, and its cases still arrive", "[sync]")
{
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 offset = GENERATE_COPY(day, -day);
    INFO("clock off by " << offset / 3600000 << " h");
    TestServer server;
    Origin origin(server);
    Device skewed(server, kVillage, {}, offset);
    Device township(server, kTownship);
    skewed.sync();
    const qint64 skew = skewed.client->clockSkewMs();
    CHECK(std::abs(skew - offset) < 3600 * 1000);
    Result<CaseRecord> registered
        = skewed.ws->cases().registerCase(skewed.actor(QStringLiteral("clerk")), streetLight());
    REQUIRE(registered.ok());
    skewed.sync();
    township.sync();
    CHECK(township.find(registered->number).has_value());
    CHECK(std::abs(township.client->clockSkewMs()) < SyncClient::kClockWarningMs);
    // The township's own clock was not dragged a day ahead by what it received.
    CHECK(township.ws->ledger().clock().last().millis()
        <= QDateTime::currentMSecsSinceEpoch() + HybridClock::kMaxAheadMs);
    // A step taken at the township comes back to the laptop after the registration, whatever
    // the laptop's clock says.
    REQUIRE(
        township.ws->cases()
            .note(township.actor(QStringLiteral("township")), registered->number, QStringLiteral("已知悉"))
            .ok());
    township.sync();
    skewed.sync();
    const QList<Event> steps = skewed.ws->ledger().events(AggregateType::Case, registered->id);
    REQUIRE(steps.size() == 2);
    CHECK(steps.last().type == QStringLiteral("CaseNoted"));
}

TEST_CASE(
    "two laptops resolving one case offline leave one resolution and a conflict for the secretary", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    Device first(server, kTownship);
    Device second(server, kTownship);
    village.sync();
    const Result<CaseRecord> registered
        = village.ws->cases().registerCase(village.actor(QStringLiteral("clerk")), streetLight());
    REQUIRE(registered.ok());
    const QString number = registered->number;
    REQUIRE(village.ws->cases()
                .escalate(village.actor(QStringLiteral("secretary")), number, QStringLiteral("需镇里协调"))
                .ok());
    village.sync();
    first.sync();
    REQUIRE(first.ws->cases().accept(first.actor(QStringLiteral("township")), number).ok());
    first.sync();
    second.sync();

    // Both township laptops resolve it while offline, differently.
    REQUIRE(first.ws->cases()
                .resolve(first.actor(QStringLiteral("township")), number, QStringLiteral("已修复"))
                .ok());
    REQUIRE(second.ws->cases()
                .resolve(second.actor(QStringLiteral("township")), number, QStringLiteral("已报电力所"))
                .ok());
    first.sync();
    second.sync();
    first.sync();
    village.sync();
    QString kept;
    for (Device *d : {&village, &first, &second}) {
        const std::optional<CaseRecord> record = d->find(number);
        REQUIRE(record.has_value());
        CHECK(record->state == CaseState::Resolved);
        CHECK_FALSE(record->conflict.isEmpty());
        CHECK(d->ws->cases().losingDecisions(*record).size() == 1);
        if (kept.isEmpty())
            kept = record->resolution;
        CHECK(record->resolution == kept); // the same decision stands everywhere
    }

    // The village secretary looks at it; the flag goes everywhere the review goes.
    REQUIRE(village.ws->cases()
                .reviewConflict(village.actor(QStringLiteral("secretary")), number, QStringLiteral("已核实"))
                .ok());
    village.sync();
    first.sync();
    second.sync();
    for (Device *d : {&village, &first, &second}) {
        CHECK(d->find(number)->conflict.isEmpty());
        CHECK(d->find(number)->resolution == kept);
    }
}

TEST_CASE("a case a village returns as not its own leaves that village's laptops and can come back", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device township(server, kTownship);
    Device village(server, kVillage);
    Device villageLaptop(server, kVillage); // the same village's second laptop
    Device neighbour(server, kOtherVillage);
    for (Device *d : {&township, &village, &villageLaptop, &neighbour})
        d->sync();

    // The township registers a case and sends it to the wrong village.
    RegisterCaseInput input = streetLight();
    input.orgCode = kTownship;
    input.description = QStringLiteral("覃美兰反映路口漆黑");
    const Actor clerk = township.actor(QStringLiteral("township-clerk"));
    Result<CaseRecord> registered = township.ws->cases().registerCase(clerk, input);
    REQUIRE(registered.ok());
    const QString number = registered->number;
    const QString id = registered->id;
    const auto dispatchTo = [&](const QString &unit) {
        DispatchInput to;
        to.lead.orgCode = unit;
        REQUIRE(township.ws->cases().dispatch(clerk, number, to).ok());
        township.sync();
    };
    dispatchTo(kVillage);
    village.sync();
    villageLaptop.sync();
    REQUIRE(village.find(number).has_value());
    REQUIRE(villageLaptop.find(number).has_value());

    // The second laptop, offline, notes something; the first returns the case.
    REQUIRE(villageLaptop.ws->cases()
                .note(villageLaptop.actor(QStringLiteral("clerk")), number, QStringLiteral("已电话联系"))
                .ok());
    REQUIRE(village.ws->cases()
                .returnCase(village.actor(QStringLiteral("village-handler")), number,
                    QStringLiteral("不属本村，路灯在三境村"))
                .ok());
    const SyncReport returned = village.sync();
    CHECK(returned.dropped == 1);
    CHECK_FALSE(village.find(number).has_value());
    CaseFilter all;
    CHECK(CaseList(village.ws->ledger().db()).count(all) == 0);
    CaseFilter byName;
    byName.text = QStringLiteral("覃美兰");
    CHECK(CaseList(village.ws->ledger().db()).count(byName) == 0);
    CHECK(village.ws->ledger().isDropped(AggregateType::Case, id));

    // The offline laptop's note is still taken, then the case leaves it too.
    const SyncReport late = villageLaptop.sync();
    CHECK(late.pushed >= 1);
    CHECK(late.dropped == 1);
    CHECK_FALSE(villageLaptop.find(number).has_value());
    township.sync();
    CHECK(township.find(number)->state == CaseState::Registered);
    CHECK(township.ws->ledger().events(AggregateType::Case, id).size() == 4); // with the note

    // Sent to the right village: there it arrives whole; the first village never sees it again.
    dispatchTo(kOtherVillage);
    neighbour.sync();
    REQUIRE(neighbour.find(number).has_value());
    CHECK(neighbour.find(number)->orgCode == kOtherVillage);
    CHECK(neighbour.ws->ledger().events(AggregateType::Case, id).size() == 5);
    village.sync();
    CHECK_FALSE(village.find(number).has_value());

    // The township finds it was right the first time and sends it back before anyone took it
    // up: it leaves the second village and comes back to the first with its whole story,
    // folded afresh.
    dispatchTo(kVillage);
    CHECK(neighbour.sync().dropped == 1);
    CHECK_FALSE(neighbour.find(number).has_value());
    const SyncReport back = village.sync();
    CHECK(back.dropped == 0);
    const std::optional<CaseRecord> again = village.find(number);
    REQUIRE(again.has_value());
    CHECK(again->state == CaseState::Dispatched);
    CHECK_FALSE(village.ws->ledger().isDropped(AggregateType::Case, id));
    CHECK(village.ws->ledger().events(AggregateType::Case, id).size() == 6);
    CHECK(CaseList(village.ws->ledger().db()).count(byName) == 1);
    for (Device *d : {&village, &villageLaptop, &township}) {
        Result<VerifyReport> verified = LedgerVerifier(d->ws->ledger()).verify();
        REQUIRE(verified.ok());
        INFO(verified->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(verified->ok);
    }
    CHECK(LedgerVerifier(village.ws->ledger()).projectionDigests().value(QStringLiteral("cases"))
        == LedgerVerifier(township.ws->ledger()).projectionDigests().value(QStringLiteral("cases")));
}

TEST_CASE(
    "what a village laptop decides offline on a case its village returned does not bring it back", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device township(server, kTownship);
    Device village(server, kVillage);
    Device villageLaptop(server, kVillage);
    for (Device *d : {&township, &village, &villageLaptop})
        d->sync();
    const CaseRecord sent = sentByTownship(township, QStringLiteral("村口路灯坏了三盏"), kVillage);
    village.sync();
    villageLaptop.sync();

    REQUIRE(village.ws->cases()
                .returnCase(
                    village.actor(QStringLiteral("village-handler")), sent.number, QStringLiteral("不属本村"))
                .ok());
    CHECK(village.sync().dropped == 1);
    // The other laptop, not having heard, takes it up and resolves it in the village's name.
    const Actor handler = villageLaptop.actor(QStringLiteral("village-handler"));
    REQUIRE(villageLaptop.ws->cases().accept(handler, sent.number).ok());
    REQUIRE(villageLaptop.ws->cases().resolve(handler, sent.number, QStringLiteral("已修好")).ok());
    const SyncReport late = villageLaptop.sync();
    CHECK(late.pushed == 2); // kept on the server, where the township's supervisor sees them
    CHECK_FALSE(villageLaptop.find(sent.number).has_value());
    village.sync();
    CHECK_FALSE(village.find(sent.number).has_value());
    township.sync();
    CHECK(township.ws->ledger().events(AggregateType::Case, sent.id).size() == 5);
}
