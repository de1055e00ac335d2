// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A new laptop starts from the server's copy of its unit's ledger (one download, no folding of
// the unit's history), then syncs on event by event from where the copy ends.
#include "support/catchqt.h"
#include "support/faultproxy.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/cases/caserecord.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/snapshotadoption.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textindexbacklog.h"
#include "core/search/searchservice.h"
#include "core/sync/snapshotdownload.h"
#include "core/sync/syncclient.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <tuple>

using namespace tz;
using namespace tz::test;

namespace {

QStringList caseRows(Workspace &ws)
{
    QStringList rows;
    SqlStatement all = ws.ledger().db().prepare(
        "SELECT number, state, version, title, description FROM cases ORDER BY number");
    while (all.next())
        rows.append(QStringList {all.text(0), all.text(1), all.text(2), all.text(3), all.text(4)}.join(
            QLatin1Char('|')));
    return rows;
}

QString registerCase(Device &device, int i)
{
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Routed;
    input.title = i % 2 == 0 ? QStringLiteral("村口路灯不亮") : QStringLiteral("垃圾清运不及时");
    input.description = QStringLiteral("第%1户反映，已登记").arg(i);
    const Result<CaseRecord> c
        = device.ws->cases().registerCase(device.actor(QStringLiteral("clerk")), input);
    REQUIRE(c.ok());
    return c->number;
}

// The village laptop's first case, sent up, and the village's starting copy made after it.
void villageCopyWithOneCase(const TestServer &server, Device &village)
{
    village.sync();
    registerCase(village, 1);
    village.sync();
    (void)server.admin({QStringLiteral("snapshot"), QStringLiteral("--unit"), kVillage});
}

} // namespace

TEST_CASE("a new laptop starts from the server's copy of its unit and syncs on from there", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    {
        Ledger::Batch batch(village.ws->ledger());
        for (int i = 0; i < 300; ++i)
            registerCase(village, i);
        batch.commit();
    }
    village.sync();

    // The administrator's nightly job (enrolling builds one too when there is none).
    (void)server.admin({QStringLiteral("snapshot"), QStringLiteral("--unit"), kTownship});
    // The answer to the laptop's first request for the copy is lost on the way: it asks again.
    FaultProxy proxy(server.url());
    Device township(server, kTownship, proxy.url());
    proxy.arm(FaultProxy::Fault::DropResponse, 1);
    proxy.arm(FaultProxy::Fault::DropResponse, 2); // Qt's network access re-sends once by itself
    CHECK_FALSE(township.client->sync().ok());
    const SyncReport first = township.sync();
    CHECK(first.copied > 300);
    CHECK(first.pulled == 0); // nothing happened after the copy was made
    CHECK(first.requests <= 2); // the copy, then one sync request
    CHECK_FALSE(QFile::exists(township.ws->ledger().path() + QStringLiteral(".snapshot")));
    CHECK(caseRows(*township.ws) == caseRows(*village.ws));
    const Result<VerifyReport> verified = LedgerVerifier(township.ws->ledger()).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);

    // Search finds the copy's cases before the index has taken them in, and after.
    Ledger &ledger = township.ws->ledger();
    CHECK(TextIndexBacklog(ledger).size() == 300);
    CHECK(township.ws->search().searchCases(QStringLiteral("第7户"), 10).size() == 1);
    while (TextIndexBacklog(ledger).size() > 0)
        REQUIRE(TextIndexBacklog(ledger).index(128).ok());
    {
        const SqlDatabase::WriteScope check(ledger.db()); // FTS5's integrity check is spelled as an INSERT
        ledger.db().exec("INSERT INTO case_fts (case_fts, rank) VALUES ('integrity-check', 1)");
    }
    CHECK(township.ws->search().searchCases(QStringLiteral("第7户"), 10).size() == 1);

    // Afterwards, event by event both ways.
    const QString later = registerCase(village, 1000);
    village.sync();
    const SyncReport next = township.sync();
    CHECK(next.copied == 0);
    CHECK(next.pulled >= 1);
    CHECK(township.find(later).has_value());
    CHECK(caseRows(*township.ws) == caseRows(*village.ws));
}

TEST_CASE("a laptop started from the copy records its own cases and sends them up", "[sync]")
{
    TestServer server(TestServer::Store::Sqlite);
    Origin origin(server);
    Device village(server, kVillage);
    villageCopyWithOneCase(server, village);
    Device second(server, kVillage);
    const SyncReport report = second.sync();
    CHECK(report.copied > 0);
    const QString number = registerCase(second, 2);
    CHECK(second.sync().pushed == 1);
    village.sync();
    CHECK(village.find(number).has_value());
    CHECK(LedgerVerifier(second.ws->ledger()).verify()->ok);
    // A copy only ever fills an empty ledger.
    const QString copy = QDir(second.dir.path()).filePath(QStringLiteral("copy.taizhang"));
    REQUIRE(QFile::copy(second.ws->ledger().path(), copy));
    const Status refused = SnapshotAdoption(village.ws->ledger()).adopt(copy);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
}

TEST_CASE("a laptop refuses a starting copy whose events were altered on the server and pulls the "
          "events one by one instead",
    "[sync]")
{
    TestServer server(TestServer::Store::Sqlite);
    Origin origin(server);
    Device village(server, kVillage);
    villageCopyWithOneCase(server, village);

    // One bit of the village's last event's hash flipped in the copy as the server stores it;
    // each chunk compressed again, so zlib's checksum holds.
    const QList<Event> own = village.ws->ledger().ownEventsAfter(0, 100000);
    REQUIRE_FALSE(own.isEmpty());
    const QByteArray hash = own.constLast().hash;
    {
        SqlDatabase store(server.store().mid(QStringLiteral("sqlite:").size()), SqlDatabase::Mode::ReadWrite);
        QList<std::tuple<qint64, qint64, QByteArray>> altered;
        {
            SqlStatement chunks = store.prepare("SELECT snapshot, n, data FROM snapshot_chunks");
            while (chunks.next()) {
                QByteArray plain = qUncompress(chunks.blob(2));
                bool hit = false;
                for (qsizetype at = plain.indexOf(hash); at >= 0; at = plain.indexOf(hash, at + 1)) {
                    plain[at] = static_cast<char>(plain.at(at) ^ 0x01);
                    hit = true;
                }
                if (hit)
                    altered.append({chunks.int64(0), chunks.int64(1), qCompress(plain, 6)});
            }
        }
        REQUIRE_FALSE(altered.isEmpty());
        for (const auto &[snapshot, n, data] : std::as_const(altered)) {
            SqlStatement update
                = store.prepare("UPDATE snapshot_chunks SET data = ?1 WHERE snapshot = ?2 AND n = ?3");
            update.bindBlob(1, data).bind(2, snapshot).bind(3, n);
            update.run();
        }
    }

    // A new laptop refuses the copy and asks for the events one by one instead; the answer to
    // that first request is lost on the way.
    FaultProxy proxy(server.url());
    Device second(server, kVillage, proxy.url());
    proxy.arm(FaultProxy::Fault::DropResponse, 2);
    proxy.arm(FaultProxy::Fault::DropResponse, 3); // Qt's network access re-sends once by itself
    CHECK_FALSE(second.client->sync().ok());
    CHECK(second.ws->ledger().eventCount() == 0);
    CHECK(second.ws->ledger().db().scalar("SELECT COUNT(*) FROM cases") == 0);
    CHECK_FALSE(QFile::exists(second.ws->ledger().path() + QStringLiteral(".snapshot")));
    // The next sync does not fetch that copy again: every event arrives one by one, each
    // checked against its hash, the altered one as its device recorded it.
    CHECK_FALSE(SnapshotDownload(second.ws->ledger()).wanted());
    const SyncReport report = second.sync();
    CHECK(report.copied == 0);
    CHECK(report.requests == 1);
    CHECK(report.pulled == village.ws->ledger().eventCount());
    CHECK(second.ws->ledger().eventCount() == village.ws->ledger().eventCount());
    CHECK(caseRows(*second.ws) == caseRows(*village.ws));
    const Result<VerifyReport> verified = LedgerVerifier(second.ws->ledger()).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);
    CHECK_FALSE(QFile::exists(second.ws->ledger().path() + QStringLiteral(".snapshot")));

    // Without the cut, all of it is one sync: the copy, then the events.
    Device third(server, kVillage);
    const SyncReport whole = third.sync();
    CHECK(whole.copied == 0);
    CHECK(whole.requests == 2);
    CHECK(whole.pulled == village.ws->ledger().eventCount());
    CHECK(caseRows(*third.ws) == caseRows(*village.ws));
}

TEST_CASE(
    "a running server rebuilds a unit's starting copy once it is old and the unit has changed", "[sync]")
{
    TestServer server(TestServer::Store::Postgres,
        {QStringLiteral("--rebuild-every"), QStringLiteral("1"), QStringLiteral("--copy-age"),
            QStringLiteral("0")});
    Origin origin(server);
    (void)server.admin({QStringLiteral("snapshot"), QStringLiteral("--unit"), kVillage});
    Device village(server, kVillage);
    village.sync();
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("新农合缴费咨询");
    Result<CaseRecord> registered
        = village.ws->cases().registerCase(village.actor(QStringLiteral("clerk")), input);
    REQUIRE(registered.ok());
    village.sync();

    // Within a few seconds the server has made a new copy by itself: a laptop set up now finds
    // the new case in it and pulls nothing after it.
    bool inCopy = false;
    for (int attempt = 0; attempt < 20 && !inCopy; ++attempt) {
        QThread::msleep(500);
        Device fresh(server, kVillage);
        const SyncReport first = fresh.sync();
        REQUIRE(fresh.find(registered->number).has_value()); // from the copy or after it
        inCopy = first.copied > 0 && first.pulled == 0;
    }
    CHECK(inCopy);
}
