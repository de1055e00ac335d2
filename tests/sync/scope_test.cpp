// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// What a device writes is judged by where it is, not by the names its events carry.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/auth/userservice.h"
#include "core/cases/caseevents.h"
#include "core/cases/caserecord.h"
#include "core/cases/caseservice.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/sync/setaside.h"
#include "core/sync/wire.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

using namespace tz;
using namespace tz::test;

namespace {

// An event written straight into the laptop's own ledger, past the services, as a tampered
// program would: hash-chained and pushed like any other.
void writeRaw(Device &device, const QString &actor, AggregateType type, const QString &id,
    const QString &eventType, const QJsonObject &payload)
{
    REQUIRE(device.ws->ledger()
                .write(actor, [&](LedgerTransaction &tx) { tx.append(type, id, eventType, payload); })
                .ok());
}

const QString kVerifier = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaA");

} // namespace

TEST_CASE("a village cannot put a case into another village by naming itself in the registration", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device attacker(server, kOtherVillage);
    attacker.sync();
    Device victim(server, kVillage);
    victim.sync();

    // Written straight into the attacker's own ledger, as a modified program would: registered
    // in 五圩社区, "from" 三境村 (a name the server once filed the case under as well).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString caseId = Uuid7::toString(Uuid7::generate(now));
    const QString number = QStringLiteral("FORGED-0001");
    const Status written
        = attacker.ws->ledger().write(attacker.ws->ledgerAdmin().userId, [&](LedgerTransaction &tx) {
              tx.append(AggregateType::Case, caseId, caseevents::registered,
                  {{QStringLiteral("title"), QStringLiteral("伪造的事项")}, {QStringLiteral("channel"), 1},
                      {QStringLiteral("org"), kVillage}, {QStringLiteral("from"), kOtherVillage},
                      {QStringLiteral("handling"), 2}, {QStringLiteral("at"), now},
                      {QStringLiteral("number"), number},
                      {QStringLiteral("deadline"), QStringLiteral("2027-01-01")}});
          });
    REQUIRE(written.ok());

    // Refused and set aside on the attacker's laptop; never filed in 五圩社区.
    const SyncReport pushed = attacker.sync();
    CHECK(pushed.setAside == 1);
    const QList<SetAsideEvent> aside = setaside::list(attacker.ws->ledger().db());
    REQUIRE(aside.size() == 1);
    CHECK(aside.constFirst().aggregateId == caseId);
    CHECK(aside.constFirst().reason == wire::RefusedOutsideScope);
    victim.sync();
    CHECK(victim.ws->ledger().events(AggregateType::Case, caseId).isEmpty());
}

TEST_CASE("a record the server refuses is set aside with its reason and the good ones still leave the laptop",
    "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device township(server, kTownship);
    township.sync();

    // The township's administrator creates a user for another county's town: the server refuses
    // it (outside the laptop's scope). Before, every later sync failed on it with 403.
    const Actor admin = township.ws->ledgerAdmin();
    Result<User> outsider = township.ws->users().create(admin,
        {QStringLiteral("outsider"), QStringLiteral("外县的人"), Role::Clerk, kOtherCounty, {},
            QStringLiteral("password-outsider-1")});
    REQUIRE(outsider.ok());
    const SyncReport first = township.sync();
    CHECK(first.setAside == 1);

    // The cases registered afterwards go up on the next sync, and reach the county.
    const CaseRecord sent = sentByTownship(township, QStringLiteral("村道塌方"), kVillage);
    Device village(server, kVillage);
    village.sync();
    CHECK(village.find(sent.number).has_value());
    const SyncReport again = township.sync();
    CHECK(again.setAside == 0);
    CHECK(setaside::count(township.ws->ledger().db()) == 1);
    const QList<SetAsideEvent> aside = setaside::list(township.ws->ledger().db());
    REQUIRE(aside.size() == 1);
    CHECK(aside.constFirst().aggregateId == outsider->id);
    CHECK_FALSE(aside.constFirst().reasonText().isEmpty());
    CHECK_FALSE(aside.constFirst().detail.isEmpty());
}

TEST_CASE(
    "a village laptop receives the users of its unit and not the county administrator's password verifier",
    "[sync]")
{
    TestServer server;
    Origin origin(server);
    REQUIRE(origin.t.ws().users().byLogin(QStringLiteral("admin")).has_value());
    Device village(server, kVillage);
    village.sync();
    // Its own clerk signs in offline; the administrator bound to no unit is not there at all.
    CHECK(village.ws->users().authenticate(QStringLiteral("clerk"), QStringLiteral("password-1")).ok());
    const std::optional<User> admin = origin.t.ws().users().byLogin(QStringLiteral("admin"));
    CHECK_FALSE(village.ws->users().byLogin(QStringLiteral("admin")).has_value());
    CHECK(village.ws->ledger().events(AggregateType::User, admin->id).isEmpty());
    // Another laptop of the city's own unit still gets it.
    Device city(server, kCity);
    city.sync();
    CHECK(city.ws->users().byLogin(QStringLiteral("admin")).has_value());
}

TEST_CASE(
    "a laptop can neither take over a login nor act in the name of a user from outside its unit", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    const Actor clerk = village.actor(QStringLiteral("clerk"));
    const Actor secretary = village.actor(QStringLiteral("secretary"));
    const QString county = origin.t.ws().users().byLogin(QStringLiteral("county"))->id;

    // Written past the services, as a tampered program would: an account under the county
    // administrator's login (an id that sorts first), then one made by a clerk.
    const auto created = [](const QString &login, const QString &role) {
        return QJsonObject {{QStringLiteral("login"), login},
            {QStringLiteral("name"), QStringLiteral("冒充")}, {QStringLiteral("role"), role.toInt()},
            {QStringLiteral("org"), kVillage}, {QStringLiteral("password"), kVerifier}};
    };
    writeRaw(village, secretary.userId, AggregateType::User,
        QStringLiteral("00000000-0000-7000-8000-000000000001"), QStringLiteral("UserCreated"),
        created(QStringLiteral("admin"), QStringLiteral("5")));
    writeRaw(village, clerk.userId, AggregateType::User,
        QStringLiteral("0190f7a2-0000-7000-8000-0000000000c1"), QStringLiteral("UserCreated"),
        created(QStringLiteral("mole"), QStringLiteral("1")));
    // A case of the village's own, then a note on it in the name of a county user.
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("路灯不亮");
    const Result<CaseRecord> registered = village.ws->cases().registerCase(clerk, input);
    REQUIRE(registered.ok());
    writeRaw(village, county, AggregateType::Case, registered->id, caseevents::noted,
        {{QStringLiteral("text"), QStringLiteral("县里说已办")}, {QStringLiteral("at"), 1}});

    const SyncReport pushed = village.sync();
    CHECK(pushed.setAside == 3);
    QList<int> reasons;
    for (const SetAsideEvent &aside : setaside::list(village.ws->ledger().db()))
        reasons.append(aside.reason);
    std::sort(reasons.begin(), reasons.end());
    CHECK(reasons == QList<int> {wire::RefusedOutsideScope, wire::RefusedRole, wire::RefusedLoginTaken});
    // The county's administrator still signs in with the real password after the next sync.
    REQUIRE(origin.client->sync().ok());
    CHECK(origin.t.ws().users().authenticate(QStringLiteral("admin"), QStringLiteral("admin-password")).ok());
    for (const User &user : origin.t.ws().users().all())
        CHECK(user.displayName != QStringLiteral("冒充"));
}

TEST_CASE(
    "a later event naming other units spreads nothing, and only an administrator resets or closes accounts",
    "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    Device neighbour(server, kOtherVillage);
    neighbour.sync();
    const Actor clerk = village.actor(QStringLiteral("clerk"));
    const QString secretary = village.actor(QStringLiteral("secretary")).userId;

    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("邻里纠纷");
    const Result<CaseRecord> registered = village.ws->cases().registerCase(clerk, input);
    REQUIRE(registered.ok());
    // Written past the services: a note naming the neighbouring village and another county, a
    // password change of another user naming the neighbour, a deactivation, and the clerk's own
    // password changed (allowed).
    writeRaw(village, clerk.userId, AggregateType::Case, registered->id, caseevents::noted,
        {{QStringLiteral("text"), QStringLiteral("转给邻村")}, {QStringLiteral("org"), kOtherVillage},
            {QStringLiteral("to"), kOtherCounty}, {QStringLiteral("at"), 1}});
    writeRaw(village, clerk.userId, AggregateType::User, secretary, QStringLiteral("UserPasswordChanged"),
        {{QStringLiteral("password"), kVerifier}, {QStringLiteral("org"), kOtherVillage}});
    writeRaw(village, clerk.userId, AggregateType::User, secretary, QStringLiteral("UserDeactivated"), {});
    writeRaw(village, clerk.userId, AggregateType::User, clerk.userId, QStringLiteral("UserPasswordChanged"),
        {{QStringLiteral("password"), kVerifier}});

    const SyncReport pushed = village.sync();
    CHECK(pushed.setAside == 2); // the reset and the closing of another's account
    QList<int> reasons;
    for (const SetAsideEvent &aside : setaside::list(village.ws->ledger().db()))
        reasons.append(aside.reason);
    CHECK(reasons == QList<int> {wire::RefusedRole, wire::RefusedRole});

    // The neighbour receives neither the case nor anyone's verifier.
    neighbour.sync();
    CHECK(neighbour.ws->ledger().events(AggregateType::Case, registered->id).isEmpty());
    CHECK(neighbour.ws->ledger().events(AggregateType::User, secretary).isEmpty());
    CHECK(neighbour.ws->ledger().events(AggregateType::User, clerk.userId).isEmpty());
}
