// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The per-scope checksum: a laptop that lost track of events finds out and pulls its scope again.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"
#include "core/sync/syncstate.h"

using namespace tz;
using namespace tz::test;

namespace {

QString registerIn(Device &device, const QString &title)
{
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Routed;
    input.title = title;
    Result<CaseRecord> registered
        = device.ws->cases().registerCase(device.actor(QStringLiteral("clerk")), input);
    REQUIRE(registered.ok());
    return registered->number;
}

} // namespace

TEST_CASE("a laptop whose cursor ran past events it never applied finds out and pulls them again", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    Device village(server, kVillage);
    Device township(server, kTownship);
    village.sync();
    registerIn(village, QStringLiteral("灌溉渠堵塞"));
    village.sync();
    const SyncReport first = township.sync(); // a new laptop checks at its first sync
    REQUIRE(first.missing.has_value());
    CHECK(*first.missing == 0);

    // The village records two more; the township's cursor is moved past them unapplied (what a
    // restored backup of the ledger without its sync state, or a bug, would leave).
    const QString second = registerIn(village, QStringLiteral("低保复核"));
    const QString third = registerIn(village, QStringLiteral("危房改造"));
    const SyncReport sent = village.sync();
    REQUIRE(
        township.ws->ledger()
            .writeState([&](SqlDatabase &db) { syncstate::set(db, "cursor", QString::number(sent.cursor)); })
            .ok());
    township.sync();
    CHECK_FALSE(township.find(second).has_value()); // skipped, and within the day nobody asks

    township.client->checkSoon();
    const SyncReport repaired = township.sync();
    REQUIRE(repaired.missing.has_value());
    CHECK(*repaired.missing == 2);
    CHECK(township.find(second).has_value());
    CHECK(township.find(third).has_value());
    CHECK(LedgerVerifier(township.ws->ledger()).verify()->ok);

    township.client->checkSoon();
    CHECK(township.sync().missing == std::optional<qint64>(0));
}

TEST_CASE("a laptop started from the server's copy holds exactly what its scope listed", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    registerIn(village, QStringLiteral("路灯不亮"));
    village.sync();
    (void)server.admin({QStringLiteral("snapshot"), QStringLiteral("--unit"), kTownship});
    Device township(server, kTownship);
    const SyncReport first = township.sync();
    CHECK(first.copied > 0);
    CHECK(first.missing == std::optional<qint64>(0));
}
