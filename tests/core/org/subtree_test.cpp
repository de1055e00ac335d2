// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "core/auth/actor.h"
#include "core/org/divisioncode.h"

using namespace tz;

namespace {

const QString kCity = QStringLiteral("451200000000"); // 河池市
const QString kCounty = QStringLiteral("451202000000"); // 金城江区
const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
const QString kVillage = QStringLiteral("451202107001"); // 五圩社区
const QString kNeighbourVillage = QStringLiteral("451202107002");
const QString kOtherTownship = QStringLiteral("451202108000");
const QString kOtherCounty = QStringLiteral("451203000000"); // 宜州区
const QString kOtherCity = QStringLiteral("451100000000");

} // namespace

TEST_CASE("a unit's subtree at each of the four levels", "[org][subtree]")
{
    CHECK(subtree::levelOf(kCity) == OrgLevel::City);
    CHECK(subtree::levelOf(kCounty) == OrgLevel::County);
    CHECK(subtree::levelOf(kTownship) == OrgLevel::Township);
    CHECK(subtree::levelOf(kVillage) == OrgLevel::Village);

    CHECK(subtree::prefix(kCity) == QStringLiteral("4512"));
    CHECK(subtree::prefix(kCounty) == QStringLiteral("451202"));
    CHECK(subtree::prefix(kTownship) == QStringLiteral("451202107"));
    CHECK(subtree::prefix(kVillage) == kVillage);

    // Each level holds itself and everything below, and nothing beside or above it.
    const QStringList chain {kCity, kCounty, kTownship, kVillage};
    for (qsizetype i = 0; i < chain.size(); ++i) {
        for (qsizetype j = 0; j < chain.size(); ++j)
            CHECK(subtree::contains(chain[i], chain[j]) == (j >= i));
    }
    CHECK_FALSE(subtree::contains(kVillage, kNeighbourVillage));
    CHECK(subtree::contains(kTownship, kNeighbourVillage));
    CHECK_FALSE(subtree::contains(kTownship, kOtherTownship));
    CHECK_FALSE(subtree::contains(kCounty, kOtherCounty));
    CHECK(subtree::contains(kCity, kOtherCounty));
    CHECK_FALSE(subtree::contains(kCity, kOtherCity));

    // The range the lists query is the same subtree.
    CHECK(subtree::range(kTownship).low == QStringLiteral("451202107000"));
    CHECK(subtree::range(kTownship).high == QStringLiteral("451202107999"));
    CHECK(subtree::range(kCity).high == QStringLiteral("451299999999"));
    CHECK(subtree::range(kVillage).low == kVillage);
    CHECK(subtree::range(kVillage).high == kVillage);

    CHECK(subtree::unitsAbove(kVillage) == QStringList {kCity, kCounty, kTownship, kVillage});
    CHECK(subtree::unitsAbove(kTownship) == QStringList {kCity, kCounty, kTownship});
    CHECK(subtree::unitsAbove(kCity) == QStringList {kCity});
}

TEST_CASE("a unit's subtree at the edges of the 12 digits", "[org][subtree]")
{
    // A level given by the org tree wins over what the zeros say.
    CHECK(subtree::contains(kTownship, OrgLevel::County, QStringLiteral("451202999001")));
    CHECK(subtree::prefix(kCounty, OrgLevel::City) == QStringLiteral("4512"));

    // A village numbered 000 ... 999 inside its township, and a code whose township digits are
    // zeros (a village straight under a county): it has no township above it.
    CHECK(subtree::contains(kTownship, QStringLiteral("451202107999")));
    CHECK_FALSE(subtree::contains(kTownship, QStringLiteral("451202106999")));
    const QString countyVillage = QStringLiteral("451202000201");
    CHECK(subtree::levelOf(countyVillage) == OrgLevel::Village);
    CHECK(subtree::unitsAbove(countyVillage) == QStringList {kCity, kCounty, countyVillage});
    CHECK(subtree::contains(kCounty, countyVillage));

    // All zeros is a city whose prefix is 0000.
    CHECK(subtree::levelOf(QStringLiteral("000000000000")) == OrgLevel::City);
    CHECK(subtree::prefix(QStringLiteral("000000000000")) == QStringLiteral("0000"));

    // Anything that is not 12 digits holds only itself, and no longer code starts inside it.
    for (const QString &bad : {QString(), QStringLiteral("4512"), QStringLiteral("4512020000000"),
             QStringLiteral("45120a000000"), QStringLiteral("４５１２０２００００００")}) {
        CAPTURE(bad);
        CHECK_FALSE(subtree::levelOf(bad).has_value());
        CHECK(subtree::prefix(bad) == bad);
        CHECK(subtree::unitsAbove(bad).isEmpty());
        CHECK_FALSE(subtree::contains(bad, kVillage));
        CHECK_FALSE(subtree::contains(kCity, bad));
    }
    CHECK_FALSE(subtree::contains(kCity, QStringLiteral("4512")));
    CHECK_FALSE(subtree::contains(kCity, QStringLiteral("4512000000001")));
}

TEST_CASE("an actor covers its own subtree, by the level it holds", "[org][subtree][auth]")
{
    Actor township;
    township.orgCode = kTownship;
    township.orgLevel = OrgLevel::Township;
    CHECK(township.covers(kVillage));
    CHECK(township.covers(kTownship));
    CHECK_FALSE(township.covers(kCounty));
    CHECK_FALSE(township.covers(kOtherTownship));
    CHECK_FALSE(township.covers(QStringLiteral("451202107")));

    Actor admin; // no unit: the whole ledger
    CHECK(admin.covers(kOtherCity));
}
