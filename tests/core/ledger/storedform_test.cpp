// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The compact stored form of events (dictionary numbers, 16-byte UUIDs, CBOR payloads, a
// prev_hash kept only where the chain cannot be read) must give back exactly what was appended.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace tz;
using tz::test::TempLedger;

namespace {

QJsonObject awkwardPayload(qint64 nowMs)
{
    const QString uuid = Uuid7::toString(Uuid7::generate());
    return QJsonObject {
        {QStringLiteral("by"), uuid},
        {QStringLiteral("upper"), uuid.toUpper()}, // not canonical: must stay a string as written
        {QStringLiteral("almostUuid"), uuid.left(35) + QLatin1Char('g')},
        {QStringLiteral("org"), QStringLiteral("451202107001")},
        {QStringLiteral("text"), QStringLiteral("村口路灯不亮，\"引号\"\n换行")},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("at"), qint64(1732439956845)},
        {QStringLiteral("own"), nowMs}, // the event's own time: stored in one byte
        {QStringLiteral("big"), qint64(9007199254740993)}, // above 2^53
        {QStringLiteral("negative"), -42},
        {QStringLiteral("ratio"), 0.25},
        {QStringLiteral("yes"), true},
        {QStringLiteral("nothing"), QJsonValue::Null},
        {QStringLiteral("list"),
            QJsonArray {uuid, 1, QStringLiteral("二"), QJsonObject {{QStringLiteral("lead"), true}}}},
        {QStringLiteral("nested"),
            QJsonObject {{QStringLiteral("by"), uuid}, {QStringLiteral("k"), QJsonArray {}}}},
    };
}

} // namespace

TEST_CASE("an event reads back exactly as it was appended, payload and all", "[ledger]")
{
    TempLedger t;
    const QJsonObject payload = awkwardPayload(t.nowMs());
    const QString caseId = Uuid7::toString(Uuid7::generate());
    Ledger &ledger = t.ws().ledger();
    REQUIRE(ledger
                .write(QStringLiteral("tester"),
                    [&](LedgerTransaction &tx) {
                        tx.append(AggregateType::Setting, QStringLiteral("center.phone"),
                            QStringLiteral("TestSet"), payload);
                        tx.append(AggregateType::CatalogItem, caseId, QStringLiteral("TestSet"), payload);
                    })
                .ok());
    const QList<Event> settings = ledger.events(AggregateType::Setting, QStringLiteral("center.phone"));
    const QList<Event> items = ledger.events(AggregateType::CatalogItem, caseId);
    REQUIRE(settings.size() == 1);
    REQUIRE(items.size() == 1);
    for (const Event &e : {settings.first(), items.first()}) {
        CHECK(e.payload == payload);
        CHECK(QJsonDocument(e.payload).toJson() == QJsonDocument(payload).toJson());
        CHECK(e.actor == QStringLiteral("tester"));
        CHECK(e.type == QStringLiteral("TestSet"));
        CHECK(e.hash == e.computeHash());
        CHECK(e.hash.size() == Event::kHashSize);
    }
    CHECK(items.first().aggregateId == caseId);
    CHECK(items.first().prevHash == settings.first().hash);
    // A UUID is stored in 16 bytes, anything else as the text it is.
    CHECK(ledger.db().scalar("SELECT COUNT(*) FROM aggregates WHERE typeof(id) = 'blob' AND length(id) = 16 "
                             "AND type = 6")
        >= 1);
    CHECK(ledger.db().scalar("SELECT COUNT(*) FROM aggregates WHERE id = 'center.phone'") == 1);
    // An id whose time is the event's own is stored in 10 bytes and read back whole.
    CHECK(ledger.db().scalar("SELECT COUNT(*) FROM events WHERE length(id) = 10") >= 2);
    CHECK(items.first().id.size() == 16);

    t.reopen();
    const QList<Event> again = t.ws().ledger().events(AggregateType::CatalogItem, caseId);
    REQUIRE(again.size() == 1);
    CHECK(again.first().payload == payload);
    Result<VerifyReport> report = LedgerVerifier(t.ws().ledger()).verify();
    REQUIRE(report.ok());
    CHECK(report->problems == QStringList {});
}

TEST_CASE("a refused write leaves no name behind and the next write still reads back", "[ledger]")
{
    TempLedger t;
    Ledger &ledger = t.ws().ledger();
    const qint64 namesBefore = ledger.db().scalar("SELECT COUNT(*) FROM names");
    Status refused = ledger.write(QStringLiteral("someone-new"), [](LedgerTransaction &tx) {
        tx.append(AggregateType::Setting, QStringLiteral("k"), QStringLiteral("NeverStored"),
            QJsonObject {{QStringLiteral("freshKey"), 1}});
        throw ErrorException(Error::invalid(QStringLiteral("refused on purpose")));
    });
    CHECK_FALSE(refused.ok());
    CHECK(ledger.db().scalar("SELECT COUNT(*) FROM names") == namesBefore);
    REQUIRE(ledger
                .write(QStringLiteral("someone-new"),
                    [](LedgerTransaction &tx) {
                        tx.append(AggregateType::Setting, QStringLiteral("k"), QStringLiteral("Stored"),
                            QJsonObject {{QStringLiteral("freshKey"), 2}});
                    })
                .ok());
    const QList<Event> stored = ledger.events(AggregateType::Setting, QStringLiteral("k"));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().actor == QStringLiteral("someone-new"));
    CHECK(stored.first().payload.value(QStringLiteral("freshKey")).toInt() == 2);
}

TEST_CASE("events from another device keep their chain across a gap and refuse a forged twin", "[ledger]")
{
    TempLedger source(TempLedger::Data::Reference, QStringLiteral("source.taizhang"));
    TempLedger target(TempLedger::Data::None, QStringLiteral("target.taizhang"));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(source.ws()
                    .ledger()
                    .write(QStringLiteral("a"),
                        [i](LedgerTransaction &tx) {
                            tx.append(AggregateType::Setting, QStringLiteral("gap.%1").arg(i),
                                QStringLiteral("SettingChanged"),
                                QJsonObject {{QStringLiteral("value"), QString::number(i)}});
                        })
                    .ok());
    }
    QList<Event> all = source.ws().ledger().eventsSince(0, 100000);
    REQUIRE(all.size() > 3);
    // A scoped sync may skip events: hand over everything but the second-to-last.
    QList<Event> some = all;
    const Event skipped = some.takeAt(some.size() - 2);
    Result<int> added = target.ws().ledger().ingest(some);
    REQUIRE(added.ok());
    CHECK(*added == some.size());
    const QList<Event> last = target.ws().ledger().events(AggregateType::Setting, QStringLiteral("gap.2"));
    REQUIRE(last.size() == 1);
    CHECK(last.first().prevHash == skipped.hash);
    CHECK(last.first().hash == last.first().computeHash());

    // The same events again: nothing new. A different event under a known number: refused.
    added = target.ws().ledger().ingest(some);
    REQUIRE(added.ok());
    CHECK(*added == 0);
    Event forged = all.last();
    forged.id = Uuid7::generate();
    forged.hash = forged.computeHash();
    const qint64 before = target.ws().ledger().eventCount();
    Result<int> refused = target.ws().ledger().ingest({forged});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(target.ws().ledger().eventCount() == before);

    // The missing one arrives late: the chain is whole and verify agrees.
    added = target.ws().ledger().ingest({skipped});
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    CHECK(*added == 1);
    Result<VerifyReport> report = LedgerVerifier(target.ws().ledger()).verify();
    REQUIRE(report.ok());
    CHECK(report->problems == QStringList {});
}
