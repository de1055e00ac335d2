// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// SnapshotAdoption: an empty ledger takes a copy of another ledger of the same schema (what
// taizhang-server builds for a new device), keeping its own identity, by putting the copy's file
// in its place or, while another connection reads it, by copying the tables in; a copy whose
// events do not hold their hashes and chains is refused.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/common/uuid.h"
#include "core/demo/demogenerator.h"
#include "core/ledger/hashchains.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sha256.h"
#include "core/ledger/snapshotadoption.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"
#include "core/ledger/textindexbacklog.h"
#include "core/search/searchservice.h"
#include "core/sync/syncstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <limits>

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

// Payloads whose JSON text takes care to write: escapes, every kind of value, keys in an order
// other than the one they were inserted in. The first is written straight from the stored row
// by the check; the others hold what only Qt's reading writes (a fraction, a key that is not
// ASCII).
QList<QJsonObject> awkwardPayloads(qint64 nowMs)
{
    const QString uuid = Uuid7::toString(Uuid7::generate());
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    return {
        QJsonObject {
            {QStringLiteral("text"),
                QStringLiteral(
                    "村口路灯不亮，\"引号\"\n换行\t\\ / \u0001\u001f\u007f 😀 \u2028 mid\uFEFFdle")},
            {QStringLiteral("by"), uuid},
            {QStringLiteral("upper"), uuid.toUpper()},
            {QStringLiteral("almostUuid"), uuid.left(35) + QLatin1Char('g')},
            {QStringLiteral("own"), nowMs},
            {QStringLiteral("numbers"), QJsonArray {0, -1, 23, 24, 255, 256, 65536, -42, kMax, kMin}},
            {QStringLiteral("yes"), true},
            {QStringLiteral("no"), false},
            {QStringLiteral("nothing"), QJsonValue::Null},
            {QStringLiteral("empty"), QString()},
            {QStringLiteral("emptyList"), QJsonArray {}},
            {QStringLiteral("emptyObject"), QJsonObject {}},
            {QStringLiteral("list"),
                QJsonArray {uuid, 1, QStringLiteral("二"), QJsonObject {{QStringLiteral("lead"), true}},
                    QJsonArray {QJsonArray {-1}}}},
            {QStringLiteral("nested"),
                QJsonObject {{QStringLiteral("a b"), 4}, {QStringLiteral("a"), 2}, {QStringLiteral("_"), 3},
                    {QStringLiteral("B"), 1}}},
        },
        QJsonObject {{QStringLiteral("ratio"), 0.25}},
        QJsonObject {{QStringLiteral("键"), 1}},
    };
}

void appendAwkward(TempLedger &t, const QString &tag)
{
    const QList<QJsonObject> payloads = awkwardPayloads(t.nowMs());
    REQUIRE(t.ws()
                .ledger()
                .write(QStringLiteral("tester"),
                    [&](LedgerTransaction &tx) {
                        for (int i = 0; i < payloads.size(); ++i)
                            tx.append(AggregateType::Setting, QStringLiteral("awkward.%1.%2").arg(tag).arg(i),
                                QStringLiteral("TestSet"), payloads.at(i));
                    })
                .ok());
}

// What the walk on the live ledger and the walks on its file in ranges find.
struct Walks
{
    QStringList problems;
    hashchains::Walked walked;
};

Walks walkLedger(Ledger &ledger)
{
    Walks walks;
    NameDictionary names(ledger.db());
    walks.walked = hashchains::check(
        ledger.db(), names, {}, [&walks](const QString &problem) { walks.problems.append(problem); });
    return walks;
}

Walks walkFile(const QString &path, int workers)
{
    Walks walks;
    walks.walked = hashchains::checkFile(
        path, [&walks](const QString &problem) { walks.problems.append(problem); }, workers);
    return walks;
}

} // namespace

TEST_CASE("a copy whose file is damaged is refused while its events are walked", "[ledger][sync]")
{
    TempLedger source;
    registerFive(source);
    const QString sourcePath = source.path();
    source.close();
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy.taizhang"));
    REQUIRE(QFile::copy(sourcePath, copy));
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        SqlDatabase db(copy, SqlDatabase::Mode::ReadOnly);
        page = db.scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'events'");
        pageSize = db.scalar("PRAGMA page_size");
    }
    REQUIRE(page > 1);
    {
        // The events' first page overwritten: quick_check fails, and so does reading the events.
        QFile file(copy);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((page - 1) * pageSize));
        REQUIRE(file.write(QByteArray(pageSize, '\xa5')) == pageSize);
    }
    std::unique_ptr<Workspace> device = newDevice(dir.path());
    const Status refused = SnapshotAdoption(device->ledger()).adopt(copy);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Corrupt);
    CHECK(refused.error().message.contains(QStringLiteral("damaged")));
    CHECK(device->ledger().eventCount() == 0);
}

TEST_CASE("the check's SHA-256 (libcrypto) is Qt's", "[ledger][sync]")
{
    QRandomGenerator random(20261206);
    QByteArray data(5000, Qt::Uninitialized);
    for (char &c : data)
        c = static_cast<char>(random.generate());
    // Every length up to a few blocks (the last block's padding), then longer ones, at an odd address.
    for (qsizetype size = 0; size < 5000; size += size < 300 ? 1 : 97) {
        INFO(size << " bytes");
        const QByteArray expected = QCryptographicHash::hash(data.mid(1, size), QCryptographicHash::Sha256);
        QByteArray digest(sha256::kDigestSize, Qt::Uninitialized);
        sha256::digest(data.constData() + 1, static_cast<size_t>(size),
            reinterpret_cast<unsigned char *>(digest.data()));
        CHECK(digest == expected);
    }
}

TEST_CASE(
    "the check computes each event's hash as the ledger did when it appended the event", "[ledger][sync]")
{
    // A demo ledger (every kind of case event), then payloads that are awkward to write as JSON.
    TempLedger demo(TempLedger::Data::None);
    DemoOptions options;
    options.cases = 300;
    options.endMs = demo.nowMs();
    const Result<DemoReport> made = DemoGenerator(demo.ws(), options).run(demo.admin());
    REQUIRE(made.ok());
    REQUIRE(made->refused == 0);
    appendAwkward(demo, QStringLiteral("demo"));
    const qint64 events = demo.ws().ledger().eventCount();
    REQUIRE(events > 1000);

    // Every hash matches: computed from the stored rows as appending computed it from the events
    // (all but two awkward payloads written straight from the rows, not through Qt).
    const Walks live = walkLedger(demo.ws().ledger());
    CHECK(live.problems.isEmpty());
    CHECK(live.walked.events == events);
    CHECK(live.walked.devices == 1);
    CHECK(live.walked.general == 2);

    // The same on the file, in one range or several.
    const QString path = demo.path();
    demo.close();
    for (const int workers : {1, 3, 7}) {
        INFO(workers << " workers");
        const Walks file = walkFile(path, workers);
        CHECK(file.problems.isEmpty());
        CHECK(file.walked.events == events);
        CHECK(file.walked.devices == 1);
        CHECK(file.walked.general == 2);
    }

    // Every hash wrong: the first thousand problems are told, in order.
    {
        SqlDatabase db(path, SqlDatabase::Mode::ReadWrite);
        db.exec("DROP TRIGGER events_are_append_only_update");
        db.exec("UPDATE events SET hash = zeroblob(16)");
    }
    for (const int workers : {1, 3}) {
        INFO(workers << " workers");
        const Walks file = walkFile(path, workers);
        REQUIRE(file.problems.size() == 1000);
        CHECK(file.problems.constFirst().endsWith(QStringLiteral("/1 does not match its hash")));
        CHECK(file.problems.constLast().endsWith(QStringLiteral("/1000 does not match its hash")));
    }
}

TEST_CASE("the check in ranges finds what the walk over the whole ledger finds, in the same order",
    "[ledger][sync]")
{
    // Two devices' events interleaved, one of them with a gap (a scoped sync skips events).
    TempLedger source;
    registerFive(source);
    TempLedger target(TempLedger::Data::None, QStringLiteral("target.taizhang"));
    appendAwkward(target, QStringLiteral("first"));
    QList<Event> theirs = source.ws().ledger().eventsSince(0, 100000);
    REQUIRE(theirs.size() > 10);
    const Event skipped = theirs.takeAt(theirs.size() / 2);
    REQUIRE(target.ws().ledger().ingest(theirs.mid(0, theirs.size() / 2)).ok());
    appendAwkward(target, QStringLiteral("second"));
    REQUIRE(target.ws().ledger().ingest(theirs.mid(theirs.size() / 2)).ok());
    const qint64 events = target.ws().ledger().eventCount();
    CHECK(target.ws().ledger().db().scalar("SELECT COUNT(*) FROM events WHERE prev_hash IS NOT NULL") == 1);

    const Walks sound = walkLedger(target.ws().ledger());
    CHECK(sound.problems.isEmpty());
    CHECK(sound.walked.events == events);
    CHECK(sound.walked.devices == 2);
    CHECK(sound.walked.general == 4);

    // Hashes overwritten here and there, and a link to the event before made wrong.
    {
        SqlDatabase &db = target.ws().ledger().db();
        const SqlDatabase::WriteScope tampering(db);
        db.exec("DROP TRIGGER events_are_append_only_update");
        db.exec("UPDATE events SET hash = zeroblob(16) WHERE seq % 7 = 3");
        db.exec("UPDATE events SET prev_hash = zeroblob(16) WHERE seq = (SELECT MAX(seq) FROM events)");
    }
    const Walks tampered = walkLedger(target.ws().ledger());
    CHECK(tampered.problems.size() > 5);
    CHECK(tampered.problems.filter(QStringLiteral("not chained")).size() == 1);
    CHECK(tampered.walked.events == events);
    const QString path = target.path();
    target.close();
    for (const int workers : {1, 2, 5}) {
        INFO(workers << " workers");
        const Walks file = walkFile(path, workers);
        CHECK(file.problems == tampered.problems);
        CHECK(file.walked.events == events);
        CHECK(file.walked.devices == 2);
        CHECK(file.walked.general == 4);
    }
}

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
