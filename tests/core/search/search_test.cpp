// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caselist.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/residents/residentservice.h"
#include "core/search/searchservice.h"

using namespace tz;
using tz::test::TempLedger;

namespace {

QStringList titles(const QList<CaseHit> &hits)
{
    QStringList result;
    for (const CaseHit &hit : hits)
        result.append(hit.title);
    result.sort();
    return result;
}

struct Fixture
{
    TempLedger t;
    QString lampNumber;
    Fixture()
    {
        const Actor admin = t.admin();
        const QString village = QStringLiteral("451202107001");
        Result<Resident> li = t.ws().residents().registerResident(admin,
            {QStringLiteral("黎承辉"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"),
                QStringLiteral("五圩社区1号"), village, {}, {}, {}});
        Result<Resident> tan = t.ws().residents().registerResident(admin,
            {QStringLiteral("覃美兰"), QStringLiteral("440524188001010014"), QStringLiteral("0778-2281234"),
                QStringLiteral("五圩社区2号"), village, {}, {}, {}});
        REQUIRE(li.ok());
        REQUIRE(tan.ok());
        const auto add = [&](const QString &title, const QString &description, const QString &resident) {
            RegisterCaseInput input;
            input.orgCode = village;
            input.handling = Handling::Fast;
            input.title = title;
            input.description = description;
            input.residentId = resident;
            Result<CaseRecord> c = t.ws().cases().registerCase(admin, input);
            REQUIRE(c.ok());
            return c->number;
        };
        lampNumber = add(QStringLiteral("村口路灯不亮"), QStringLiteral("连续三晚路灯不亮"), li->id);
        add(QStringLiteral("申请临时救助"), QStringLiteral("家中失火，申请临时救助"), tan->id);
        add(QStringLiteral("垃圾清运不及时"), QStringLiteral("垃圾池满了无人清运"), QString());
    }
};

} // namespace

TEST_CASE("Chinese queries of one, two and three or more characters all find cases", "[search]")
{
    Fixture f;
    SearchService &search = f.t.ws().search();
    CHECK(titles(search.searchCases(QStringLiteral("灯"))) == QStringList {QStringLiteral("村口路灯不亮")});
    CHECK(titles(search.searchCases(QStringLiteral("救助"))) == QStringList {QStringLiteral("申请临时救助")});
    CHECK(titles(search.searchCases(QStringLiteral("清运不及时")))
        == QStringList {QStringLiteral("垃圾清运不及时")});
    CHECK(search.searchCases(QStringLiteral("不亮了吗")).isEmpty());
    CHECK(titles(search.searchCases(QStringLiteral("不"))).size() == 2);
    // The indexes keep no positions: what they find is confirmed against the text itself.
    CHECK(titles(search.searchCases(QStringLiteral("灯不"))) == QStringList {QStringLiteral("村口路灯不亮")});
    CHECK(search.searchCases(QStringLiteral("亮灯")).isEmpty()); // both characters, not side by side
    CHECK(
        search.searchCases(QStringLiteral("路灯三晚")).isEmpty()); // every trigram's characters, not the text
    CHECK(titles(search.searchCases(QStringLiteral("三晚路灯")))
        == QStringList {QStringLiteral("村口路灯不亮")});
    CHECK(search.searchCases(QStringLiteral("，。")).isEmpty());
}

TEST_CASE("residents' names, pinyin initials, phone and ID suffixes find their cases", "[search]")
{
    Fixture f;
    SearchService &search = f.t.ws().search();
    CHECK(
        titles(search.searchCases(QStringLiteral("黎承辉"))) == QStringList {QStringLiteral("村口路灯不亮")});
    CHECK(titles(search.searchCases(QStringLiteral("lch"))) == QStringList {QStringLiteral("村口路灯不亮")});
    CHECK(titles(search.searchCases(QStringLiteral("qml"))) == QStringList {QStringLiteral("申请临时救助")});
    CHECK(titles(search.searchCases(QStringLiteral("1234"))).size() == 2); // both phones end in 1234
    CHECK(titles(search.searchCases(QStringLiteral("002x"))) == QStringList {QStringLiteral("村口路灯不亮")});
    CHECK(titles(search.searchCases(QStringLiteral("0014"))) == QStringList {QStringLiteral("申请临时救助")});
    CHECK(titles(search.searchCases(f.lampNumber)) == QStringList {QStringLiteral("村口路灯不亮")});
}

TEST_CASE("the case list pages newest first and filters by text and state", "[search]")
{
    Fixture f;
    CaseList list(f.t.ws().ledger().db());
    CaseFilter all;
    CHECK(list.count(all) == 3);
    const QList<CaseRow> first = list.page(all, nullptr, 2);
    REQUIRE(first.size() == 2);
    const QList<CaseRow> second = list.page(all, &first.constLast(), 2);
    REQUIRE(second.size() == 1);
    CHECK(second.first().title == QStringLiteral("村口路灯不亮"));
    CaseFilter text;
    text.text = QStringLiteral("垃圾");
    CHECK(list.count(text) == 1);
    CaseFilter resolved;
    resolved.state = CaseState::Resolved;
    CHECK(list.count(resolved) == 0);
    CaseFilter subtree;
    subtree.orgCode = QStringLiteral("451202000000");
    CHECK(list.count(subtree) == 3);
    subtree.orgCode = QStringLiteral("451203000000");
    CHECK(list.count(subtree) == 0);
}
