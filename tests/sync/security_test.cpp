// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// What the server refuses, over raw HTTP on 127.0.0.1: forged, ended and rotated credentials,
// oversize and malformed bodies, guessed enrollment codes.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/cases/caseevents.h"
#include "core/cases/caseservice.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/sync/setaside.h"
#include "core/sync/syncstate.h"
#include "core/sync/wire.h"

#include <QCborArray>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace tz;
using namespace tz::test;

namespace {

struct Answer
{
    int status = 0;
    QCborMap map;
};

Answer post(const TestServer &server, const QString &path, const QByteArray &body, const QString &bearer = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request = SyncClient::requestTo(server.url(), path, 15000);
    if (!bearer.isEmpty())
        request.setRawHeader(
            QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer.toLatin1());
    QEventLoop loop;
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (Result<QCborMap> map = wire::unpack(reply->readAll()))
        answer.map = *map;
    return answer;
}

QByteArray emptySync()
{
    QCborMap request;
    request.insert(wire::Cursor, 0);
    request.insert(wire::Events, QCborArray());
    return wire::pack(request);
}

QByteArray accessRequest(const QString &device, const QString &secret)
{
    QCborMap request;
    request.insert(wire::Device, device);
    request.insert(wire::Token, secret);
    return wire::pack(request);
}

QString stateOf(Device &device, const char *key)
{
    return syncstate::get(device.ws->ledger().db(), key);
}

} // namespace

TEST_CASE("only a live access token opens sync: forged ones, the secret itself and ended ones are refused",
    "[sync]")
{
    TestServer server(TestServer::Store::Sqlite, {QStringLiteral("--token-seconds"), QStringLiteral("2")});
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    const QString access = stateOf(village, "access");
    REQUIRE_FALSE(access.isEmpty());
    CHECK(post(server, QStringLiteral("v1/sync"), emptySync(), access).status == 200);
    CHECK(post(server, QStringLiteral("v1/sync"), emptySync()).status == 401);
    CHECK(
        post(server, QStringLiteral("v1/sync"), emptySync(), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")).status
        == 401);
    CHECK(post(server, QStringLiteral("v1/sync"), emptySync(), stateOf(village, "token")).status == 401);

    // Two seconds later the token has ended; the laptop gets a new one by itself and syncs.
    QThread::msleep(2100);
    CHECK(post(server, QStringLiteral("v1/sync"), emptySync(), access).status == 401);
    Result<CaseRecord> registered
        = village.ws->cases().registerCase(village.actor(QStringLiteral("clerk")), [] {
              RegisterCaseInput input;
              input.orgCode = kVillage;
              input.handling = Handling::Routed;
              input.title = QStringLiteral("低保材料怎么交");
              return input;
          }());
    REQUIRE(registered.ok());
    const SyncReport report = village.sync();
    CHECK(report.pushed == 1);
    CHECK(report.requests == 2); // a new access token, then the sync
    CHECK(stateOf(village, "access") != access);
}

TEST_CASE("an administrator's rotation ends access at once, and a secret once replaced is refused", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    const QString deviceId = village.ws->ledger().device().id;
    const QString first = stateOf(village, "token");
    const QString access = stateOf(village, "access");

    CHECK(
        server.admin({QStringLiteral("rotate"), QStringLiteral("--device"), deviceId}).contains("1 access"));
    CHECK(post(server, QStringLiteral("v1/sync"), emptySync(), access).status == 401);
    village.sync(); // refused once, renews, goes on
    const QString second = stateOf(village, "token");
    CHECK(second != first);

    // An answer lost on the way: the secret shown last still works, and each try hands out a new
    // one; the first secret ends once a newer one is used.
    Answer lost = post(server, QStringLiteral("v1/token"), accessRequest(deviceId, second));
    REQUIRE(lost.status == 200);
    Answer again = post(server, QStringLiteral("v1/token"), accessRequest(deviceId, second));
    REQUIRE(again.status == 200);
    const QString third = again.map.value(wire::Token).toString();
    CHECK(post(server, QStringLiteral("v1/token"), accessRequest(deviceId, third)).status == 200);
    CHECK(post(server, QStringLiteral("v1/token"), accessRequest(deviceId, first)).status == 403);
    CHECK(post(server, QStringLiteral("v1/token"), accessRequest(deviceId, second)).status == 403);

    // The laptop's own secret is now one step behind: the server no longer takes it.
    CHECK(server.admin({QStringLiteral("rotate"), QStringLiteral("--all")}).contains("access token"));
    Result<SyncReport> refused = village.client->sync();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    CHECK(refused.error().message.contains(QStringLiteral("new code")));

    // A revoked device is refused a token even with a secret that was good.
    const QString fourth = post(server, QStringLiteral("v1/token"), accessRequest(deviceId, third))
                               .map.value(wire::Token)
                               .toString();
    (void)server.admin({QStringLiteral("revoke"), QStringLiteral("--device"), deviceId});
    CHECK(post(server, QStringLiteral("v1/token"), accessRequest(deviceId, fourth)).status == 403);
}

TEST_CASE("oversize, malformed and guessed requests are refused with their status", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    const QString access = stateOf(village, "access");

    QByteArray huge(wire::kMaxBody + 1, 'x');
    CHECK(post(server, QStringLiteral("v1/sync"), huge, access).status == 413);
    CHECK(
        post(server, QStringLiteral("v1/sync"), QByteArrayLiteral("not zlib at all"), access).status == 400);
    QCborMap badEvent;
    badEvent.insert(wire::Cursor, 0);
    badEvent.insert(wire::Events, QCborArray {QCborMap {{1, QStringLiteral("no id")}}});
    const Answer malformed = post(server, QStringLiteral("v1/sync"), wire::pack(badEvent), access);
    CHECK(malformed.status == 400);
    CHECK_FALSE(malformed.map.value(wire::Message).toString().isEmpty());
    QCborMap badCursor;
    badCursor.insert(wire::Cursor, QStringLiteral("yesterday"));
    CHECK(post(server, QStringLiteral("v1/sync"), wire::pack(badCursor), access).status == 400);

    // A wrong enrollment code or secret is refused (how guessers are slowed: throttle_test.cpp).
    QCborMap guess;
    guess.insert(wire::Code, QStringLiteral("WRONGCODE0"));
    guess.insert(wire::Device, QStringLiteral("0190f7a2-0000-7000-8000-00000000abcd"));
    guess.insert(wire::Label, QStringLiteral("guess"));
    CHECK(post(server, QStringLiteral("v1/enroll"), wire::pack(guess)).status == 403);
    CHECK(post(server, QStringLiteral("v1/token"),
              accessRequest(village.ws->ledger().device().id, QStringLiteral("guess")))
              .status
        == 403);
}

TEST_CASE("the server refuses a step the user named in it may not take, and users it does not know", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    Device other(server, kVillage);
    village.sync();
    other.sync();
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Routed;
    input.title = QStringLiteral("邻里噪音");
    Result<CaseRecord> registered
        = village.ws->cases().registerCase(village.actor(QStringLiteral("clerk")), input);
    REQUIRE(registered.ok());
    village.sync();

    // Written past the services (as a tampered program would): a clerk's name on a resolution.
    const QString clerk = village.actor(QStringLiteral("clerk")).userId;
    REQUIRE(village.ws->ledger()
                .write(clerk,
                    [&](LedgerTransaction &t) {
                        t.append(AggregateType::Case, registered->id, caseevents::resolved,
                            {{QStringLiteral("result"), QStringLiteral("已解决")},
                                {QStringLiteral("org"), kVillage}, {QStringLiteral("at"), 1}});
                    })
                .ok());
    // Refused on its own and set aside with the server's reason; the sync itself goes through.
    const SyncReport refused = village.sync();
    CHECK(refused.setAside == 1);
    const QList<SetAsideEvent> aside = setaside::list(village.ws->ledger().db());
    REQUIRE(aside.size() == 1);
    CHECK(aside.constFirst().reason == wire::RefusedRole);
    CHECK(aside.constFirst().detail.contains(QStringLiteral("may not")));

    // A name no administrator ever created.
    REQUIRE(
        other.ws->ledger()
            .write(QStringLiteral("somebody"),
                [&](LedgerTransaction &t) {
                    t.append(AggregateType::Case, QStringLiteral("0190f7a2-0000-7000-8000-0000000000aa"),
                        caseevents::registered,
                        {{QStringLiteral("number"), QStringLiteral("X-1")}, {QStringLiteral("org"), kVillage},
                            {QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("handling"), 2}});
                })
            .ok());
    const SyncReport unknown = other.sync();
    CHECK(unknown.setAside == 1);
    const QList<SetAsideEvent> unknownAside = setaside::list(other.ws->ledger().db());
    REQUIRE(unknownAside.size() == 1);
    CHECK(unknownAside.constFirst().reason == wire::RefusedUnknownUser);
    CHECK(unknownAside.constFirst().detail.contains(QStringLiteral("does not know")));
}

TEST_CASE("a server upgraded from before the role check knows the users its store already holds", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    {
        // What an earlier version left: no roles indexed, schema 4.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upgrade"));
        db.setDatabaseName(server.store().mid(QStringLiteral("sqlite:").size()));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("DROP TABLE actor_roles")));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE actor_units"))); // schema 6
        REQUIRE(query.exec(QStringLiteral("DROP TABLE case_numbers"))); // schema 7
        REQUIRE(
            query.exec(QStringLiteral("UPDATE server_meta SET value = '4' WHERE key = 'schema_version'")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("upgrade"));
    server.restart();
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("危房排查");
    REQUIRE(village.ws->cases().registerCase(village.actor(QStringLiteral("clerk")), input).ok());
    CHECK(village.sync().pushed == 1);
}

TEST_CASE("an event not chained to its device's event before it is refused; the device's next sync goes on",
    "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device township(server, kTownship);
    township.sync();
    const CaseRecord sent = sentByTownship(township, QStringLiteral("路灯不亮"), kVillage);

    // Sent past the program with its token: the next number, correctly hashed, chained to nothing.
    const auto pushForged = [&server](Device &device, Event forged) {
        forged.id = Uuid7::generate();
        forged.type = caseevents::noted;
        forged.payload = {{QStringLiteral("text"), QStringLiteral("伪造")}, {QStringLiteral("at"), 1}};
        forged.hlc = HlcTimestamp {forged.hlc.value + 1};
        forged.prevHash = QByteArray(Event::kHashSize, '\x5a');
        forged.hash = forged.computeHash();
        QCborMap request;
        request.insert(wire::Cursor, 0);
        request.insert(wire::Events, QCborArray {wire::encodeEvent(forged)});
        return post(server, QStringLiteral("v1/sync"), wire::pack(request), stateOf(device, "access"));
    };
    Event last = township.ws->ledger().events(AggregateType::Case, sent.id).constLast();
    ++last.deviceSeq;
    const Answer refused = pushForged(township, last);
    CHECK(refused.status == 200);
    CHECK(refused.map.value(wire::Acks).toArray().at(0).toInteger() == 0);
    const QCborArray why = refused.map.value(wire::Refused).toArray();
    REQUIRE(why.size() == 1);
    CHECK(why.at(0).toArray().at(1).toInteger() == wire::RefusedBrokenChain);
    const qint64 stored = server.eventsOf(township.ws->ledger().device().id);

    // A device's first event chains to nothing: one that names a predecessor is refused too.
    Device fresh(server, kVillage);
    fresh.sync();
    last.device = fresh.ws->ledger().device().id;
    last.deviceSeq = 1;
    const Answer first = pushForged(fresh, last);
    CHECK(first.map.value(wire::Refused).toArray().at(0).toArray().at(1).toInteger()
        == wire::RefusedBrokenChain);
    CHECK(server.eventsOf(fresh.ws->ledger().device().id) == 0);

    // The device's own next events, the first under the number the forged one tried, are taken;
    // a new laptop starts from the server's events and their chains.
    const CaseRecord next = sentByTownship(township, QStringLiteral("井盖缺失"), kVillage);
    CHECK(server.eventsOf(township.ws->ledger().device().id) == stored + 2);
    CHECK(setaside::count(township.ws->ledger().db()) == 0);
    Device later(server, kVillage);
    later.sync();
    CHECK(later.find(sent.number).has_value());
    CHECK(later.find(next.number).has_value());
}
