// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caserecord.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tz;
using tz::test::TempLedger;

namespace {

RegisterCaseInput simpleCase()
{
    RegisterCaseInput input;
    input.orgCode = QStringLiteral("451202107001");
    input.handling = Handling::Fast;
    input.title = QStringLiteral("下水道堵塞");
    return input;
}

// A fresh ledger file in `dir`, closed again; returns its path.
QString initLedgerFile(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QLatin1String(name));
    Workspace::InitOptions options;
    options.adminPassword = QStringLiteral("admin-password");
    REQUIRE(Workspace::init(path, options).ok());
    return path;
}

} // namespace

TEST_CASE("events can be neither changed nor deleted", "[ledger]")
{
    TempLedger t;
    REQUIRE(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    SqlDatabase &db = t.ws().ledger().db();
    const SqlDatabase::WriteScope tamper(db); // past the connection's own guard: the schema refuses
    CHECK_THROWS_AS(db.exec("UPDATE events SET payload = '{}' WHERE seq = 1"), ErrorException);
    CHECK_THROWS_AS(db.exec("DELETE FROM events WHERE seq = 1"), ErrorException);
}

TEST_CASE("every event carries its actor, device, sequence and a hash chained to the one before", "[ledger]")
{
    TempLedger t;
    REQUIRE(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    const QList<Event> events = t.ws().ledger().eventsSince(0, 10000);
    REQUIRE(events.size() > 10);
    for (int i = 0; i < events.size(); ++i) {
        const Event &e = events.at(i);
        CHECK(e.device == t.ws().ledger().device().id);
        CHECK(e.deviceSeq == i + 1);
        CHECK_FALSE(e.actor.isEmpty());
        CHECK(e.hash == e.computeHash());
        CHECK(e.id.size() == 16);
        if (i > 0) {
            CHECK(e.prevHash == events.at(i - 1).hash);
            CHECK(events.at(i - 1).hlc < e.hlc);
        }
    }
}

TEST_CASE("verify passes on a healthy ledger and catches a tampered event", "[ledger]")
{
    TempLedger t;
    REQUIRE(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    Result<VerifyReport> healthy = LedgerVerifier(t.ws().ledger()).verify();
    REQUIRE(healthy.ok());
    CHECK(healthy->ok);
    CHECK(healthy->problems.isEmpty());
    CHECK(healthy->integrity == QStringLiteral("ok"));

    SqlDatabase &db = t.ws().ledger().db();
    const SqlDatabase::WriteScope tamper(db); // behind the ledger's back, as an intruder would
    db.exec("DROP TRIGGER events_are_append_only_update");
    db.exec("UPDATE events SET payload = CAST(replace(CAST(payload AS TEXT), '下水道', '化粪池') AS BLOB) "
            "WHERE type = (SELECT id FROM names WHERE value = 'CaseRegistered')");
    REQUIRE(db.scalar("SELECT changes()") == 1);
    Result<VerifyReport> tampered = LedgerVerifier(t.ws().ledger()).verify();
    REQUIRE(tampered.ok());
    CHECK_FALSE(tampered->ok);
    CHECK_FALSE(tampered->problems.isEmpty());
}

TEST_CASE("verify notices a projection that drifted from the events", "[ledger]")
{
    TempLedger t;
    REQUIRE(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    {
        const SqlDatabase::WriteScope tamper(t.ws().ledger().db());
        t.ws().ledger().db().exec("UPDATE cases SET title = '改过的标题'");
    }
    Result<VerifyReport> report = LedgerVerifier(t.ws().ledger()).verify();
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
    CHECK(report->problems.join(QLatin1Char(' ')).contains(QStringLiteral("cases")));
}

TEST_CASE("a ledger from a newer Taizhang is refused and left untouched", "[ledger]")
{
    QTemporaryDir dir;
    const QString path = initLedgerFile(dir, "newer.taizhang");
    {
        SqlDatabase raw(path, SqlDatabase::Mode::ReadWrite);
        raw.exec("PRAGMA user_version = 99");
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::NewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("99")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE(
    "after an unclean close the integrity check can be stopped, and the next open runs it again", "[ledger]")
{
    QTemporaryDir dir;
    const QString path = initLedgerFile(dir, "crashed.taizhang");
    {
        // What a power cut leaves: the ledger still marked open.
        SqlDatabase raw(path, SqlDatabase::Mode::ReadWrite);
        raw.exec("UPDATE meta SET value = 'open' WHERE key = 'open_state'");
    }
    int told = 0;
    Result<std::unique_ptr<Workspace>> stopped = Workspace::open(path, {}, [&told](qint64, qint64) {
        ++told;
        return false;
    });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind == ErrorKind::Cancelled);
    CHECK(told == 1);
    {
        SqlDatabase raw(path, SqlDatabase::Mode::ReadWrite);
        CHECK(raw.scalarText("SELECT value FROM meta WHERE key = 'open_state'") == QStringLiteral("open"));
    }
    told = 0;
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, {}, [&told](qint64, qint64) {
        ++told;
        return true;
    });
    REQUIRE(opened.ok());
    CHECK(told >= 1);
    CHECK(LedgerVerifier((*opened)->ledger()).verify()->ok);
}

TEST_CASE("a ledger keeps its device identity and sequence across restarts", "[ledger]")
{
    TempLedger t;
    const DeviceIdentity device = t.ws().ledger().device();
    const qint64 events = t.ws().ledger().eventCount();
    t.reopen();
    CHECK(t.ws().ledger().device().id == device.id);
    CHECK(t.ws().ledger().device().code == device.code);
    REQUIRE(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    const QList<Event> last = t.ws().ledger().eventsSince(events, 10);
    REQUIRE(last.size() == 1);
    CHECK(last.first().deviceSeq == events + 1);
    CHECK(LedgerVerifier(t.ws().ledger()).verify()->ok);
}

TEST_CASE("a missing ledger file is reported, not created", "[ledger]")
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Workspace>> opened
        = Workspace::open(dir.filePath(QStringLiteral("absent.taizhang")));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.taizhang"))));
}

TEST_CASE("a read-only ledger refuses writes with a clear message and keeps what it has", "[ledger]")
{
    TempLedger t;
    REQUIRE(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    const qint64 events = t.ws().ledger().eventCount();
    t.ws().ledger().db().exec("PRAGMA query_only = ON");
    Result<CaseRecord> refused = t.ws().cases().registerCase(t.admin(), simpleCase());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Storage);
    t.ws().ledger().db().exec("PRAGMA query_only = OFF");
    CHECK(t.ws().ledger().eventCount() == events);
    CHECK(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
}

TEST_CASE("a full disk refuses the save with a clear message and loses nothing", "[ledger]")
{
    TempLedger t;
    REQUIRE(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    SqlDatabase &db = t.ws().ledger().db();
    const qint64 events = t.ws().ledger().eventCount();
    const qint64 pages = db.scalar("PRAGMA page_count");
    db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    RegisterCaseInput big = simpleCase();
    big.description = QString(2000, QChar(0x6C34));
    Result<CaseRecord> refused = t.ws().cases().registerCase(t.admin(), big);
    for (int i = 0; i < 50 && refused.ok(); ++i)
        refused = t.ws().cases().registerCase(t.admin(), big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Storage);
    CHECK(refused.error().message.contains(QStringLiteral("disk is full")));
    const qint64 kept = t.ws().ledger().eventCount();
    CHECK(kept >= events);
    db.exec("PRAGMA max_page_count = 1073741823");
    CHECK(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    CHECK(t.ws().ledger().eventCount() == kept + 1);
    CHECK(LedgerVerifier(t.ws().ledger()).verify()->ok);
}

TEST_CASE(
    "events from a device a day ahead do not drag this ledger's clock, and a case's steps stay in order",
    "[ledger]")
{
    TempLedger fast(TempLedger::Data::Reference, QStringLiteral("fast.taizhang"));
    TempLedger here(TempLedger::Data::Reference, QStringLiteral("here.taizhang"));
    const qint64 day = 24LL * 3600 * 1000;
    fast.setNow(QDateTime::fromMSecsSinceEpoch(here.nowMs() + day, QTimeZone(8 * 3600)));
    Result<CaseRecord> registered = fast.ws().cases().registerCase(fast.admin(), simpleCase());
    REQUIRE(registered.ok());
    const QList<Event> theirs = fast.ws().ledger().events(AggregateType::Case, registered->id);
    REQUIRE(here.ws().ledger().ingest(theirs).ok());

    // A step on that case comes after it; anything else is stamped by this computer's time.
    REQUIRE(here.ws().cases().note(here.admin(), registered->number, QStringLiteral("已电话联系")).ok());
    const QList<Event> steps = here.ws().ledger().events(AggregateType::Case, registered->id);
    REQUIRE(steps.size() == theirs.size() + 1);
    CHECK(steps.constLast().type == QStringLiteral("CaseNoted"));
    CHECK(steps.constLast().hlc > theirs.constLast().hlc);
    Result<CaseRecord> mine = here.ws().cases().registerCase(here.admin(), simpleCase());
    REQUIRE(mine.ok());
    const Event first = here.ws().ledger().events(AggregateType::Case, mine->id).constFirst();
    CHECK(first.hlc.millis() <= here.nowMs() + HybridClock::kMaxAheadMs);
    CHECK(LedgerVerifier(here.ws().ledger()).verify()->ok);
}

TEST_CASE("a fault of any kind inside a write rolls it back and leaves the device's chain whole", "[ledger]")
{
    TempLedger t;
    Ledger &ledger = t.ws().ledger();
    const qint64 before = ledger.eventCount();
    for (const bool nested : {false, true}) {
        INFO("inside a batch: " << nested);
        const auto faulty = [](LedgerTransaction &tx) {
            tx.append(AggregateType::Case, QStringLiteral("0190f7a2-0000-7000-8000-0000000000b1"),
                QStringLiteral("CaseNoted"), {{QStringLiteral("text"), QStringLiteral("半途而废")}});
            throw std::runtime_error("a fault that is not the ledger's own");
        };
        Status failed;
        if (nested) {
            const Status outer = ledger.write(t.admin().userId,
                [&](LedgerTransaction &) { failed = ledger.write(t.admin().userId, faulty); });
            CHECK(outer.ok());
        } else {
            failed = ledger.write(t.admin().userId, faulty);
        }
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().kind == ErrorKind::Storage);
        CHECK(ledger.eventCount() == before);
    }
    // The next change takes the next number in the chain, and the chain checks out.
    test::registerAt(t, QStringLiteral("451202107001"), Handling::Fast);
    Result<VerifyReport> report = LedgerVerifier(ledger).verify();
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok);
}

TEST_CASE(
    "the connection readers are handed refuses every change outside the ledger's transactions", "[ledger]")
{
    TempLedger t;
    const CaseRecord registered = *t.ws().cases().registerCase(t.admin(), simpleCase());
    SqlDatabase &reader = t.ws().ledger().db();
    const auto refused = [](const std::function<void()> &attempt) {
        try {
            attempt();
        } catch (const ErrorException &e) {
            return e.error().message == SqlDatabase::refusedWrite().message;
        }
        return false;
    };
    CHECK(refused([&] { reader.exec("UPDATE cases SET title = '改过的标题'"); }));
    CHECK(refused([&] { reader.exec("SELECT 1; DELETE FROM sync_state"); }));
    CHECK(refused([&] { reader.run("UPDATE cases SET title = 'x'"); }));
    CHECK(refused([&] { reader.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run(); }));
    CHECK(refused([&] {
        SqlTransaction transaction(reader); // BEGIN itself changes nothing; what follows does
        reader.exec("DELETE FROM cases");
    }));
    // Reads go on, and the ledger's own transactions write as before.
    CHECK(reader.scalar("SELECT COUNT(*) FROM cases") == 1);
    CHECK(t.ws().cases().byNumber(registered.number)->title == simpleCase().title);
    CHECK(t.ws().cases().registerCase(t.admin(), simpleCase()).ok());
    CHECK(t.ws().ledger().writeState([](SqlDatabase &db) { db.exec("DELETE FROM sync_state"); }).ok());
}
