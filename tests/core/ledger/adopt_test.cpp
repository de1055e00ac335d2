// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// SnapshotAdoption: an empty ledger takes a copy of another ledger of the same schema (what
// taizhang-server builds for a new device), keeping its own identity, by putting the copy's file
// in its place or, while another connection reads it, by copying the tables in; a copy whose
// events do not hold their hashes and chains is refused.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/snapshotadoption.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textindexbacklog.h"
#include "core/search/searchservice.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace tz;
using tz::test::TempLedger;

namespace {

QStringList caseRows(SqlDatabase &db)
{
    QStringList rows;
    SqlStatement all = db.prepare("SELECT number, state, title, description FROM cases ORDER BY number");
    while (all.next())
        rows.append(all.text(0) + all.text(1) + all.text(2) + all.text(3));
    return rows;
}

// Five cases registered on a ledger of their own.
void registerFive(TempLedger &source)
{
    const Actor admin = source.admin();
    for (int i = 0; i < 5; ++i) {
        RegisterCaseInput input;
        input.orgCode = QStringLiteral("451202107001");
        input.handling = Handling::Fast;
        input.title = QStringLiteral("井盖缺失第%1处").arg(i);
        REQUIRE(source.ws().cases().registerCase(admin, input).ok());
    }
}

// A new device's empty ledger in `dir`, as enrollment leaves it.
std::unique_ptr<Workspace> newDevice(const QString &dir)
{
    Workspace::InitOptions replica;
    replica.replica = true;
    Result<std::unique_ptr<Workspace>> made
        = Workspace::init(QDir(dir).filePath(QStringLiteral("device.taizhang")), replica);
    REQUIRE(made.ok());
    return std::move(*made);
}

enum class Tamper {
    Payload, // a case's title changed in one of its events
    Hash, // that event's hash overwritten
    Rehashed, // the title changed and the event's hash made again over it, as a forger would
};

// Changes the third of the cases' events in `file`, a copy of the ledger whose events are
// `events` (others of the same device come after it), below the triggers that keep events
// append-only.
void tamper(const QList<Event> &events, const QString &file, Tamper how)
{
    QList<Event> cases;
    for (const Event &event : events) {
        if (event.aggregateType == AggregateType::Case)
            cases.append(event);
    }
    REQUIRE(cases.size() > 3);
    Event changed = cases.at(2);
    REQUIRE(changed.payload.contains(QLatin1String("title")));
    if (how != Tamper::Hash)
        changed.payload.insert(QStringLiteral("title"), QStringLiteral("井盖缺失第9处"));
    if (how == Tamper::Rehashed)
        changed.hash = changed.computeHash();
    else if (how == Tamper::Hash)
        changed.hash = QByteArray(Event::kHashSize, '\x5a');

    SqlDatabase copy(file, SqlDatabase::Mode::ReadWrite);
    NameDictionary names(copy);
    copy.exec("DROP TRIGGER events_are_append_only_update");
    SqlStatement update = copy.prepare("UPDATE events SET payload = ?1, hash = ?2 WHERE seq = ?3");
    update.bindBlob(1, storedform::encodePayload(changed.payload, names, changed.hlc.millis()))
        .bindBlob(2, changed.hash)
        .bind(3, changed.seq);
    update.run();
    REQUIRE(copy.changes() == 1);
}

} // namespace

TEST_CASE("an empty ledger takes a copy of another's tables and stays itself", "[ledger][sync]")
{
    TempLedger source;
    registerFive(source);
    const QStringList expected = caseRows(source.ws().ledger().db());
    const qint64 events = source.ws().ledger().eventCount();
    const QString sourcePath = source.path();
    const QString sourceDevice = source.ws().ledger().device().id;
    source.close(); // the copy is a whole file, as the server stores it

    const bool anotherReader = GENERATE(false, true);
    INFO((anotherReader ? "while another connection reads" : "alone"));
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy.taizhang"));
    REQUIRE(QFile::copy(sourcePath, copy));
    // Downloaded under the usual umask: readable by every local user.
    REQUIRE(QFile::setPermissions(copy,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    std::unique_ptr<Workspace> device = newDevice(dir.path());
    Ledger &ledger = device->ledger();
    const QString path = ledger.path();
    const QString deviceId = ledger.device().id;
    REQUIRE(deviceId != sourceDevice);
    std::unique_ptr<SqlDatabase> reader = anotherReader ? Ledger::openReader(path) : nullptr;
    if (reader)
        CHECK(reader->scalar("SELECT COUNT(*) FROM cases") == 0);

    const Status adopted = SnapshotAdoption(ledger).adopt(
        copy, [](SqlDatabase &db) { syncstate::set(db, "cursor", QStringLiteral("42")); });
    REQUIRE(adopted.ok());
    CHECK(caseRows(ledger.db()) == expected);
    CHECK(ledger.eventCount() == events);
    CHECK(ledger.device().id == deviceId);
    CHECK(ledger.db().scalarText("SELECT value FROM meta WHERE key = 'device_id'") == deviceId);
    CHECK(syncstate::get(ledger.db(), "cursor") == QStringLiteral("42"));
    // Put in place (the copy's file is gone) only when nobody else had the file open.
    CHECK(QFile::exists(copy) == anotherReader);
    // Whichever way it went in, the ledger (with the device's secret) is its owner's alone.
    CHECK(QFileInfo(path).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));
    CHECK(TextIndexBacklog(ledger).size() == expected.size());
    CHECK(device->search().searchCases(QStringLiteral("第3处"), 10).size() == 1);
    const Result<VerifyReport> verified = LedgerVerifier(ledger).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);

    // The device goes on with events of its own, numbered from its own start.
    device.reset();
    reader.reset();
    device = std::move(*Workspace::open(path));
    CHECK(caseRows(device->ledger().db()) == expected);
    CHECK(device->ledger().device().id == deviceId);
}

TEST_CASE(
    "a copy whose events do not hold their hashes is refused and the ledger stays empty", "[ledger][sync]")
{
    TempLedger source;
    registerFive(source);
    const QStringList expected = caseRows(source.ws().ledger().db());
    const QList<Event> events = source.ws().ledger().eventsSince(0, 100000);
    const QString sourcePath = source.path();
    source.close(); // the copy is a whole file, as the server stores it

    const Tamper how = GENERATE(Tamper::Payload, Tamper::Hash, Tamper::Rehashed);
    const bool anotherReader = GENERATE(false, true);
    INFO("tampered " << static_cast<int>(how) << (anotherReader ? ", while another connection reads" : ""));
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy.taizhang"));
    const QString sound = QDir(dir.path()).filePath(QStringLiteral("sound.taizhang"));
    REQUIRE(QFile::copy(sourcePath, copy));
    REQUIRE(QFile::copy(sourcePath, sound));
    tamper(events, copy, how);
    std::unique_ptr<Workspace> device = newDevice(dir.path());
    Ledger &ledger = device->ledger();
    const QString path = ledger.path();
    const QString deviceId = ledger.device().id;
    std::unique_ptr<SqlDatabase> reader = anotherReader ? Ledger::openReader(path) : nullptr;

    bool cursorMoved = false;
    const Status refused = SnapshotAdoption(ledger).adopt(copy, [&cursorMoved](SqlDatabase &db) {
        syncstate::set(db, "cursor", QStringLiteral("42"));
        cursorMoved = true;
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Corrupt);
    CHECK(refused.error().message.contains(QStringLiteral("starting copy")));
    CHECK(refused.error().message.contains(QStringLiteral("hash")));
    // Nothing of the copy was taken, and the copy was left where it was.
    CHECK_FALSE(cursorMoved);
    CHECK(ledger.eventCount() == 0);
    CHECK(caseRows(ledger.db()).isEmpty());
    CHECK(syncstate::get(ledger.db(), "cursor").isEmpty());
    CHECK(ledger.device().id == deviceId);
    CHECK(QFile::exists(copy));
    CHECK(LedgerVerifier(ledger).verify()->ok);

    // The same ledger takes a sound copy afterwards.
    REQUIRE(SnapshotAdoption(ledger).adopt(sound).ok());
    CHECK(caseRows(ledger.db()) == expected);
    CHECK(ledger.device().id == deviceId);
    CHECK(LedgerVerifier(ledger).verify()->ok);
}
