// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerchanges.h"
#include "core/ledger/sqldatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

using namespace tz;
using tz::test::registerAt;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001");

// Runs the event loop for `ms` milliseconds.
void spin(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Counts the signals heard over a wait long enough for the coalescing window to close.
int heard(LedgerChanges &changes, const std::function<void()> &work)
{
    int count = 0;
    const QMetaObject::Connection listening
        = QObject::connect(&changes, &LedgerChanges::changed, [&count] { ++count; });
    work();
    spin(LedgerChanges::kCoalesceMs * 5);
    QObject::disconnect(listening);
    return count;
}

} // namespace

TEST_CASE("the ledger says it changed once for a burst of writes, and not for commits that add no event",
    "[ledger][changes]")
{
    TempLedger t;
    LedgerChanges &changes = t.ws().changes();
    spin(LedgerChanges::kCoalesceMs * 3); // what setting up the ledger wrote has been told
    const qint64 before = changes.version();
    CHECK(heard(changes, [&t] {
        for (int i = 0; i < 5; ++i)
            registerAt(t, kVillage, Handling::Fast);
    }) == 1);
    CHECK(changes.version() > before);
    CHECK(heard(changes, [&t] {
        const SqlDatabase::WriteScope scratch(t.ws().ledger().db());
        t.ws().ledger().db().exec("BEGIN; CREATE TEMP TABLE scratch (x); COMMIT;");
    }) == 0);
    CHECK(heard(changes, [&changes] { changes.notify(); }) == 1); // a sync that only dropped cases
    CHECK(heard(changes, [] {}) == 0);
}

TEST_CASE("flush tells of a write at once, and only once", "[ledger][changes]")
{
    TempLedger t;
    LedgerChanges &changes = t.ws().changes();
    spin(LedgerChanges::kCoalesceMs * 3);
    int count = 0;
    QObject::connect(&changes, &LedgerChanges::changed, [&count] { ++count; });
    registerAt(t, kVillage, Handling::Fast);
    changes.flush();
    CHECK(count == 1);
    spin(LedgerChanges::kCoalesceMs * 5);
    CHECK(count == 1);
    changes.flush(); // nothing waiting
    CHECK(count == 1);
}

TEST_CASE("a write committed on another thread is heard on the ledger's own", "[ledger][changes]")
{
    TempLedger t;
    LedgerChanges &changes = t.ws().changes();
    spin(LedgerChanges::kCoalesceMs * 3);
    CHECK(heard(changes, [&t] {
        RegisterCaseInput input;
        input.orgCode = kVillage;
        input.handling = Handling::Fast;
        input.title = QStringLiteral("路灯不亮");
        const Actor admin = t.admin();
        bool saved = false;
        // As a long task writes: the ledger's connection used from a worker while this thread waits.
        QThread *worker = QThread::create([&] { saved = t.ws().cases().registerCase(admin, input).ok(); });
        worker->start();
        worker->wait();
        delete worker;
        REQUIRE(saved);
    }) == 1);
}

TEST_CASE("a ledger opened on a worker thread, as the desktop opens it, tells of writes on the main thread",
    "[ledger][changes]")
{
    TempLedger t;
    t.close();
    std::unique_ptr<Workspace> ws;
    QThread *opener = QThread::create([&] {
        if (Result<std::unique_ptr<Workspace>> opened = Workspace::open(t.path()))
            ws = std::move(*opened);
    });
    opener->start();
    opener->wait();
    delete opener; // the thread the ledger was opened on is gone
    REQUIRE(ws);
    LedgerChanges &changes = ws->changes();
    CHECK(changes.thread() == QCoreApplication::instance()->thread());
    spin(LedgerChanges::kCoalesceMs * 3);
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("路灯不亮");
    bool saved = false;
    CHECK(heard(changes, [&] { saved = ws->cases().registerCase(ws->ledgerAdmin(), input).ok(); }) == 1);
    CHECK(saved);
    CHECK(heard(changes, [&changes] { changes.notify(); }) == 1); // a sync that only dropped cases
}
