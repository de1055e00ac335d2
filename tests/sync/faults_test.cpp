// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Sync through a faulty link: after each fault, syncing again leaves every event exactly once on
// every side and the devices' case tables equal.
#include "support/catchqt.h"
#include "support/faultproxy.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/sync/syncclient.h"

using namespace tz;
using tz::test::Device;
using tz::test::FaultProxy;
using tz::test::Origin;
using tz::test::TestServer;

namespace {

void registerCases(Device &device, int n)
{
    const Actor clerk = device.actor(QStringLiteral("clerk"));
    for (int i = 0; i < n; ++i) {
        RegisterCaseInput input;
        input.orgCode = tz::test::kVillage;
        input.handling = Handling::Fast;
        input.title = QStringLiteral("井水浑浊 %1").arg(i);
        REQUIRE(device.ws->cases().registerCase(clerk, input).ok());
    }
}

} // namespace

TEST_CASE(
    "after a lost answer, a cut request or a doubled one, syncing again leaves every event once", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    Origin origin(server);
    FaultProxy proxy(server.url());
    Device village(server, tz::test::kVillage, proxy.url());
    Device township(server, tz::test::kTownship);
    village.sync();
    township.sync();

    const auto fault = GENERATE(
        FaultProxy::Fault::DropResponse, FaultProxy::Fault::CutRequest, FaultProxy::Fault::Duplicate);
    INFO("fault " << static_cast<int>(fault));
    registerCases(village, 3);
    const qint64 own = village.ws->ledger().ownEventsAfter(0, 100000).size();
    // Qt's network access resends a request once when a reused connection closes before the
    // answer: the link fails twice in a row here, so the client sees the fault.
    proxy.arm(fault, 1);
    if (fault != FaultProxy::Fault::Duplicate)
        proxy.arm(fault, 2);
    Result<SyncReport> faulty = village.client->sync();
    if (fault == FaultProxy::Fault::Duplicate) {
        CHECK(faulty.ok());
    } else {
        REQUIRE_FALSE(faulty.ok());
        CHECK(faulty.error().kind == ErrorKind::Io);
        CHECK(village.client->waitingEvents() > 0); // not acknowledged: sent again next time
    }
    village.sync();
    CHECK(village.client->waitingEvents() == 0);
    CHECK(server.eventsOf(village.ws->ledger().device().id) == own);

    township.sync();
    village.sync();
    CHECK(LedgerVerifier(village.ws->ledger()).projectionDigests().value(QStringLiteral("cases"))
        == LedgerVerifier(township.ws->ledger()).projectionDigests().value(QStringLiteral("cases")));
    CHECK(LedgerVerifier(village.ws->ledger()).verify()->ok);
    CHECK(LedgerVerifier(township.ws->ledger()).verify()->ok);
}

TEST_CASE("with 200 ms added to every request, an incremental sync of 100 cases is one round trip", "[sync]")
{
    TestServer server;
    Origin origin(server);
    FaultProxy proxy(server.url());
    Device village(server, tz::test::kVillage, proxy.url());
    village.sync();
    registerCases(village, 100);
    proxy.setDelayMs(200);
    const int before = proxy.requests();
    const SyncReport report = village.sync();
    CHECK(report.pushed >= 100);
    CHECK(report.requests == 1);
    CHECK(proxy.requests() - before == 1);
}
