// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Enrollment binds a new device id once: a code never takes over an id the server knows.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/ledger/ledger.h"
#include "core/sync/syncstate.h"
#include "core/sync/wire.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace tz;
using namespace tz::test;

namespace {

struct Answer
{
    int status = 0;
    QString message;
};

Answer enroll(const TestServer &server, const QString &code, const QString &device)
{
    QCborMap body;
    body.insert(wire::Code, code);
    body.insert(wire::Device, device);
    body.insert(wire::Label, QStringLiteral("somebody's laptop"));
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.post(
        SyncClient::requestTo(server.url(), QStringLiteral("v1/enroll"), 15000), wire::pack(body)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (Result<QCborMap> map = wire::unpack(reply->readAll()))
        answer.message = map->value(wire::Message).toString();
    return answer;
}

} // namespace

TEST_CASE("a fresh code used with the id of an enrolled laptop is refused and the laptop keeps its access",
    "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device village(server, kOtherVillage);
    village.sync();
    const QString id = village.ws->ledger().device().id;

    // A code for another village, used with this laptop's id (ids travel in every event).
    const QString code = server.enrollmentCode(kVillage);
    const Answer takeover = enroll(server, code, id);
    CHECK(takeover.status == 409);
    CHECK(takeover.message.contains(QStringLiteral("already enrolled")));
    // The same goes for the administrator's own device.
    CHECK(enroll(server, code, origin.t.ws().ledger().device().id).status == 409);

    // The laptop is still itself: its secret, its unit, its sync.
    CHECK(server.admin({QStringLiteral("devices")}).contains(id + QLatin1Char('\t') + kOtherVillage));
    REQUIRE(server.admin({QStringLiteral("rotate"), QStringLiteral("--device"), id}).contains("1 access"));
    village.sync(); // a new access token for its secret, then the sync
    CHECK(syncstate::get(village.ws->ledger().db(), "scope") == kOtherVillage);

    // The code was not spent: a new laptop enrolls with it under an id of its own.
    CHECK(enroll(server, code, QStringLiteral("0190f7a2-0000-7000-8000-0000000f00d5")).status == 200);
}

TEST_CASE("a copy of an enrolled laptop's ledger cannot be enrolled, and says why", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    // Copied whole once the laptop has closed it (as a backup would be).
    village.client.reset();
    village.ws.reset();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.taizhang"));
    REQUIRE(QFile::copy(village.dir.filePath(QStringLiteral("device.taizhang")), copy));
    if (QFile::exists(village.dir.filePath(QStringLiteral("device.taizhang-wal"))))
        REQUIRE(QFile::copy(
            village.dir.filePath(QStringLiteral("device.taizhang-wal")), copy + QStringLiteral("-wal")));
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(copy);
    REQUIRE(opened.ok());
    SyncClient clone((*opened)->ledger());
    const Status enrolled
        = clone.enroll(server.url(), server.enrollmentCode(kVillage), QStringLiteral("copy"));
    REQUIRE_FALSE(enrolled.ok());
    CHECK(enrolled.error().kind == ErrorKind::Conflict);
    CHECK(enrolled.error().message.contains(QStringLiteral("already enrolled")));
}
