// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A large batch of events (a device's first sync) leaves its cases' text to a backlog; search must
// find those cases all the same, and working the backlog off must leave the text index exactly
// what indexing each case at once would have made.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caselist.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textindexbacklog.h"
#include "core/search/searchservice.h"

using namespace tz;
using tz::test::TempLedger;

namespace {

// FTS5's own check of an index against the cases table it indexes (it throws when they differ).
void requireWholeIndex(SqlDatabase &db)
{
    const SqlDatabase::WriteScope check(db); // spelled as INSERTs, they change nothing
    db.exec("INSERT INTO case_fts (case_fts, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO case_fts_chars (case_fts_chars, rank) VALUES ('integrity-check', 1)");
}

QStringList numbersOf(const QList<CaseHit> &hits)
{
    QStringList numbers;
    for (const CaseHit &hit : hits)
        numbers.append(hit.number);
    return numbers;
}

QStringList found(Workspace &ws, const QString &text)
{
    return numbersOf(ws.search().searchCases(text, 1000));
}

qint64 listed(Workspace &ws, const QString &text)
{
    CaseFilter filter;
    filter.text = text;
    CaseList list(ws.ledger().db());
    const qint64 count = list.count(filter);
    CHECK(list.page(filter, nullptr, 1000).size() == count);
    return count;
}

} // namespace

TEST_CASE(
    "cases of a first sync are found by their words before and after the index catches up", "[search][sync]")
{
    TempLedger source;
    const Actor admin = source.admin();
    const int cases = Ledger::kInlineTextIndex + 44;
    {
        Ledger::Batch batch(source.ws().ledger());
        for (int i = 0; i < cases; ++i) {
            RegisterCaseInput input;
            input.orgCode = QStringLiteral("451202107001");
            input.handling = Handling::Fast;
            input.title = i % 3 == 0 ? QStringLiteral("村口路灯不亮") : QStringLiteral("垃圾清运不及时");
            input.description = QStringLiteral("第%1号诉求，群众反映").arg(i);
            REQUIRE(source.ws().cases().registerCase(admin, input).ok());
        }
        batch.commit();
    }
    const QStringList queries {QStringLiteral("灯"), QStringLiteral("路灯"), QStringLiteral("路灯不亮"),
        QStringLiteral("第7号诉求"), QStringLiteral("清运不及时"), QStringLiteral("找不到的话")};
    QMap<QString, QStringList> expected;
    for (const QString &q : queries)
        expected.insert(q, found(source.ws(), q));
    REQUIRE(expected.value(QStringLiteral("路灯")).size() == (cases + 2) / 3);
    REQUIRE(expected.value(QStringLiteral("第7号诉求")).size() == 1);
    REQUIRE(expected.value(QStringLiteral("找不到的话")).isEmpty());

    TempLedger device(TempLedger::Data::None, QStringLiteral("device.taizhang"));
    REQUIRE(device.ws().ledger().ingest(source.ws().ledger().eventsSince(0, 1000000)).ok());
    Ledger &ledger = device.ws().ledger();
    REQUIRE(TextIndexBacklog(ledger).size() == cases);
    CHECK(ledger.db().scalar("SELECT COUNT(*) FROM case_fts_chars WHERE case_fts_chars MATCH '灯'") == 0);

    const auto sameAsSource = [&] {
        for (const QString &q : queries) {
            INFO(q.toStdString());
            CHECK(found(device.ws(), q) == expected.value(q));
            CHECK(listed(device.ws(), q) == expected.value(q).size());
        }
    };
    sameAsSource(); // nothing indexed yet
    Result<qint64> left = TextIndexBacklog(ledger).index(100);
    REQUIRE(left.ok());
    CHECK(*left == cases - 100);
    sameAsSource(); // part indexed
    while (TextIndexBacklog(ledger).size() > 0)
        REQUIRE(TextIndexBacklog(ledger).index(100).ok());
    sameAsSource();
    requireWholeIndex(ledger.db());

    // A small batch later is indexed in its own transaction.
    RegisterCaseInput more;
    more.orgCode = QStringLiteral("451202107001");
    more.handling = Handling::Fast;
    more.title = QStringLiteral("井盖缺失");
    const Result<CaseRecord> added = source.ws().cases().registerCase(admin, more);
    REQUIRE(added.ok());
    REQUIRE(ledger.ingest(source.ws().ledger().eventsSince(0, 1000000)).ok());
    CHECK(TextIndexBacklog(ledger).size() == 0);
    CHECK(found(device.ws(), QStringLiteral("井盖")) == QStringList {added->number});
    requireWholeIndex(ledger.db());
}

TEST_CASE("a case that folds again while it waits for the index is indexed as it ends up", "[search][sync]")
{
    TempLedger source;
    const Actor admin = source.admin();
    QStringList numbers;
    for (int i = 0; i < Ledger::kInlineTextIndex + 1; ++i) {
        RegisterCaseInput input;
        input.orgCode = QStringLiteral("451202107001");
        input.handling = Handling::Routed;
        input.title = QStringLiteral("诉求%1号").arg(i);
        const Result<CaseRecord> c = source.ws().cases().registerCase(admin, input);
        REQUIRE(c.ok());
        REQUIRE(source.ws().cases().note(admin, c->number, QStringLiteral("已受理")).ok());
        numbers.append(c->number);
    }
    const QList<Event> all = source.ws().ledger().eventsSince(0, 1000000);
    // In reverse, each case's note comes before its registration, so every case folds again
    // from the start (its row deleted and made anew) while it is listed.
    TempLedger device(TempLedger::Data::None, QStringLiteral("device.taizhang"));
    Ledger &ledger = device.ws().ledger();
    QList<Event> reversed(all.rbegin(), all.rend());
    REQUIRE(ledger.ingest(reversed).ok());
    REQUIRE(TextIndexBacklog(ledger).size() > Ledger::kInlineTextIndex);
    CHECK(found(device.ws(), QStringLiteral("诉求7号")) == QStringList {numbers.at(7)});
    // A local step on a listed case does not touch its index entries either.
    const Actor local = device.admin();
    REQUIRE(device.ws().cases().note(local, numbers.at(7), QStringLiteral("已联系")).ok());
    while (TextIndexBacklog(ledger).size() > 0)
        REQUIRE(TextIndexBacklog(ledger).index(64).ok());
    requireWholeIndex(ledger.db());
    CHECK(found(device.ws(), QStringLiteral("诉求7号")) == QStringList {numbers.at(7)});
    CHECK(ledger.db().scalar("SELECT COUNT(*) FROM cases") == numbers.size());
}
