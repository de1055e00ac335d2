// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Attachments over sync: sent apart from the events, by their hash, resumed after a cut.
#include "support/catchqt.h"
#include "support/faultproxy.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/cases/attachmentstore.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/sync/filesync.h"

#include <QFile>
#include <QRandomGenerator>

using namespace tz;
using namespace tz::test;

namespace {

// A scan of `bytes` random bytes (photos do not compress either).
QString scan(const QTemporaryDir &dir, const QString &name, qint64 bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE(
    "a photo attached in a village reaches the township after a lost answer and a cut request", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    FaultProxy villageLink(server.url());
    FaultProxy townshipLink(server.url());
    Device village(server, kVillage, villageLink.url());
    Device township(server, kTownship, townshipLink.url());
    Device elsewhere(server, kOtherCounty);
    for (Device *d : {&village, &township, &elsewhere})
        d->sync();

    // 5.5 MB: six pieces up, two answers down.
    QTemporaryDir dir;
    const qint64 size = 5 * 1024 * 1024 + 512 * 1024;
    const QString original = scan(dir, QStringLiteral("房屋裂缝.jpg"), size);
    Result<CaseAttachment> attached = AttachmentStore(village.ws->ledger().path()).add(original);
    REQUIRE(attached.ok());
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Routed;
    input.title = QStringLiteral("危房鉴定");
    input.attachments = {*attached};
    Result<CaseRecord> registered
        = village.ws->cases().registerCase(village.actor(QStringLiteral("clerk")), input);
    REQUIRE(registered.ok());
    REQUIRE(village.ws->cases()
                .escalate(village.actor(QStringLiteral("secretary")), registered->number,
                    QStringLiteral("需镇里鉴定"))
                .ok());

    // Requests: the sync, where the server stands, then pieces; the answer to the third piece is
    // lost after the server stored it (twice: Qt's network access resends once by itself).
    villageLink.arm(FaultProxy::Fault::DropResponse, 5);
    villageLink.arm(FaultProxy::Fault::DropResponse, 6);
    REQUIRE_FALSE(village.client->sync().ok());
    const SyncReport sent = village.sync();
    CHECK(sent.filesSent == 1);
    CHECK(sent.bytesSent < size / 2 + 64 * 1024); // the three pieces the server has are not sent again

    // The township's sync fetches it for its open case; the second answer's request is cut.
    townshipLink.arm(FaultProxy::Fault::CutRequest, 3);
    townshipLink.arm(FaultProxy::Fault::CutRequest, 4);
    REQUIRE_FALSE(township.client->sync().ok());
    const SyncReport fetched = township.sync();
    CHECK(fetched.filesFetched == 1);
    CHECK(fetched.bytesReceived < 2 * 1024 * 1024); // the first 4 MB were kept
    const QString there = AttachmentStore(township.ws->ledger().path()).pathOf(attached->ref);
    REQUIRE_FALSE(there.isEmpty());
    CHECK(bytesOf(there) == bytesOf(original));
    CHECK(township.sync().filesFetched == 0); // nothing twice

    // Another county's laptop may not have it, even knowing its hash.
    Result<QString> foreign
        = FileSync(elsewhere.ws->ledger().path(), server.url(), elsewhere.client->accessToken())
              .fetch(attached->ref);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().kind == ErrorKind::Forbidden);

    // Nor by naming the hash in a case of its own: naming a file others' cases hold gives no right.
    origin.t.user(Role::Clerk, kOtherCounty, QStringLiteral("yizhou-clerk"));
    REQUIRE(origin.client->sync().ok());
    elsewhere.sync();
    RegisterCaseInput claim;
    claim.orgCode = kOtherCounty;
    claim.handling = Handling::Fast;
    claim.title = QStringLiteral("借用他人的照片");
    claim.attachments = {*attached};
    REQUIRE(elsewhere.ws->cases().registerCase(elsewhere.actor(QStringLiteral("yizhou-clerk")), claim).ok());
    CHECK(elsewhere.sync().setAside == 0);
    Result<QString> claimed
        = FileSync(elsewhere.ws->ledger().path(), server.url(), elsewhere.client->accessToken())
              .fetch(attached->ref);
    REQUIRE_FALSE(claimed.ok());
    CHECK(claimed.error().kind == ErrorKind::Forbidden);
}

TEST_CASE("a scan attached just before the village returns the case still reaches the township", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device township(server, kTownship);
    Device village(server, kVillage);
    township.sync();
    village.sync();
    const CaseRecord dispute = sentByTownship(township, QStringLiteral("宅基地纠纷"), kVillage);
    village.sync();

    QTemporaryDir dir;
    Result<CaseAttachment> map = AttachmentStore(village.ws->ledger().path())
                                     .add(scan(dir, QStringLiteral("四至图.png"), 300 * 1024));
    REQUIRE(map.ok());
    const Actor handler = village.actor(QStringLiteral("village-handler"));
    REQUIRE(village.ws->cases().addAttachment(handler, dispute.number, *map).ok());
    REQUIRE(village.ws->cases().returnCase(handler, dispute.number, QStringLiteral("属邻村地界")).ok());
    const SyncReport sent = village.sync();
    CHECK(sent.dropped == 1);
    CHECK(sent.filesSent == 1);

    CHECK(township.sync().filesFetched == 1);
    CHECK_FALSE(AttachmentStore(township.ws->ledger().path()).pathOf(map->ref).isEmpty());
}
