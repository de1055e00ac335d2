// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// What a device writes is judged by where it is, not by the names its events carry.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "auth/userservice.h"
#include "cases/caseevents.h"
#include "cases/caserecord.h"
#include "common/uuid.h"
#include "ledger/ledger.h"
#include "sync/setaside.h"
#include "sync/wire.h"

#include <QDateTime>
#include <QJsonObject>

using namespace tz;
using namespace tz::test;

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
