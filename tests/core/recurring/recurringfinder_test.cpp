// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/io/csvreader.h"
#include "core/recurring/recurringfinder.h"

#include <QHash>

using namespace tz;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 kToday = 1'790'000'000'000; // any moment: days count back from it

struct Labelled
{
    QList<RecurringCandidate> candidates;
    QStringList labels; // empty: a case that is no recurring problem
};

// resources/demo/recurring-labelled.csv: 256 requests written for the demo, each labelled by
// hand with the problem it shares with others (same fix, same place, within 30 days) or none.
Labelled labelledSet()
{
    Result<CsvTable> table = CsvReader::readFile(
        test::sourcePath(QStringLiteral("resources/demo/recurring-labelled.csv")), CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    const int group = table->columnIndex(u"group");
    const int day = table->columnIndex(u"day");
    const int village = table->columnIndex(u"village");
    const int catalog = table->columnIndex(u"catalog");
    const int title = table->columnIndex(u"title");
    const int description = table->columnIndex(u"description");
    Labelled set;
    for (const CsvRow &row : table->rows) {
        const QStringList &f = row.fields;
        // The catalog's name stands for its id: equal names, equal items.
        set.candidates.append({f.at(title), f.at(description), f.at(catalog), f.at(village),
            kToday - f.at(day).toLongLong() * kDayMs + row.line});
        set.labels.append(f.at(group));
    }
    return set;
}

struct Scores
{
    int groups = 0;
    int pureGroups = 0; // every member has the same label
    int members = 0;
    int rightMembers = 0; // members carrying their group's most common label
    qint64 pairs = 0;
    qint64 rightPairs = 0;
    qint64 labelledPairs = 0;
};

Scores score(const Labelled &set, const QList<RecurringGroup> &groups)
{
    Scores s;
    QHash<QString, int> sizes;
    for (const QString &label : set.labels)
        if (!label.isEmpty())
            ++sizes[label];
    for (int size : std::as_const(sizes))
        s.labelledPairs += qint64(size) * (size - 1) / 2;
    for (const RecurringGroup &g : groups) {
        ++s.groups;
        QHash<QString, int> labels;
        for (int m : g.members)
            if (!set.labels.at(m).isEmpty())
                ++labels[set.labels.at(m)];
        int most = 0;
        for (int n : std::as_const(labels))
            most = std::max(most, n);
        s.members += int(g.members.size());
        s.rightMembers += most;
        s.pureGroups += most == g.members.size() ? 1 : 0;
        for (qsizetype i = 0; i < g.members.size(); ++i) {
            for (qsizetype j = i + 1; j < g.members.size(); ++j) {
                ++s.pairs;
                const QString &a = set.labels.at(g.members.at(i));
                s.rightPairs += !a.isEmpty() && a == set.labels.at(g.members.at(j)) ? 1 : 0;
            }
        }
    }
    return s;
}

} // namespace

TEST_CASE("on the 256 labelled demo requests, 85% of the groups found are one problem and 90% of their "
          "members belong",
    "[recurring]")
{
    const Labelled set = labelledSet();
    REQUIRE(set.candidates.size() >= 200);
    const QList<RecurringGroup> groups = RecurringFinder().find(set.candidates);
    const Scores s = score(set, groups);
    const double groupPrecision = double(s.pureGroups) / s.groups;
    const double memberPrecision = double(s.rightMembers) / s.members;
    const double pairPrecision = double(s.rightPairs) / s.pairs;
    const double pairRecall = double(s.rightPairs) / s.labelledPairs;
    // The figures docs/BENCHMARKS.md reports.
    WARN("groups " << s.groups << ", pure " << s.pureGroups << " (" << groupPrecision << "); members right "
                   << s.rightMembers << "/" << s.members << " (" << memberPrecision << "); pairs right "
                   << s.rightPairs << "/" << s.pairs << " (" << pairPrecision << "), found of labelled "
                   << s.rightPairs << "/" << s.labelledPairs << " (" << pairRecall << ")");
    CHECK(s.groups >= 30);
    CHECK(groupPrecision >= 0.85);
    CHECK(memberPrecision >= 0.9);
    CHECK(pairPrecision >= 0.85);
    CHECK(pairRecall >= 0.6);
}

TEST_CASE("reports of one problem in one village group together; the same words elsewhere or later do not",
    "[recurring]")
{
    const qint64 day = kDayMs;
    const QString yongxing = QStringLiteral("451202101201");
    const QString liren = QStringLiteral("451202101202");
    QList<RecurringCandidate> c {
        {QStringLiteral("村口路灯不亮"), QStringLiteral("永兴村村口到小学那段路灯坏了好几天。"), {}, yongxing,
            0},
        {QStringLiteral("路灯坏了"), QStringLiteral("晚上从村口到永兴小学路灯一直不亮，老人摔了一跤。"), {},
            yongxing, 2 * day},
        {QStringLiteral("小学路口灯不亮"), QStringLiteral("来电反映村口至永兴小学路段路灯不亮。"), {},
            yongxing, 5 * day},
        // The same words in another village.
        {QStringLiteral("村口路灯不亮"), QStringLiteral("里仁村村口路灯坏了好几天。"), {}, liren, day},
        // The same village, the same words, two months later: a new occurrence.
        {QStringLiteral("村口路灯又不亮"), QStringLiteral("永兴村村口到小学路段路灯又坏了。"), {}, yongxing,
            70 * day},
        // The same village and week, another problem.
        {QStringLiteral("垃圾没人清运"), QStringLiteral("永兴村市场边的垃圾堆了一个星期没人拉走。"), {},
            yongxing, 3 * day},
    };
    const QList<RecurringGroup> groups = RecurringFinder().find(c);
    REQUIRE(groups.size() == 1);
    CHECK(groups.constFirst().members == QList<int> {0, 1, 2});
    CHECK(groups.constFirst().sharedTerms.contains(QStringLiteral("路灯")));
    CHECK(groups.constFirst().cohesion > 0);

    // Two reports make a group only when the supervisor asks for pairs.
    RecurringOptions pairs;
    pairs.minimumSize = 2;
    c.removeAt(2);
    CHECK(RecurringFinder().find(c).isEmpty());
    CHECK(RecurringFinder(pairs).find(c).size() == 1);

    // A different catalog item is a different problem.
    c[1].catalogId = QStringLiteral("路灯维修");
    CHECK(RecurringFinder(pairs).find(c).isEmpty());
}

TEST_CASE("the finder compares words, not punctuation, digits or what every request says", "[recurring]")
{
    CHECK(RecurringFinder::terms(QStringLiteral("群众反映：3号路灯不亮！"))
        == QStringList {
            QStringLiteral("号路"), QStringLiteral("路灯"), QStringLiteral("灯不"), QStringLiteral("不亮")});
    CHECK(RecurringFinder::terms(QStringLiteral("KTV 12点")).isEmpty());
    CHECK(RecurringFinder().find({}).isEmpty());
}

TEST_CASE("a burst of one problem is found even when it is most of its village's cases for that service",
    "[recurring]")
{
    const QString village = QStringLiteral("451202101201");
    const QString service = QStringLiteral("停水报修");
    QList<RecurringCandidate> c;
    const QStringList outage {QStringLiteral("那哄屯停水两天了，做饭洗澡都没水。"),
        QStringLiteral("来电反映那哄屯自来水停水，水龙头一滴水都没有。"),
        QStringLiteral("那哄屯停水，老人挑水很困难。"), QStringLiteral("那哄屯一直停水，请尽快恢复供水。"),
        QStringLiteral("网格员反映那哄屯全屯停水。"), QStringLiteral("那哄屯停水第三天，水管可能爆了。")};
    for (qsizetype i = 0; i < outage.size(); ++i)
        c.append({QStringLiteral("停水"), outage.at(i), service, village, i * 8 * 3600 * 1000});
    const QStringList others {QStringLiteral("拉浪屯水表漏水，地上一直湿。"),
        QStringLiteral("小学旁边消防栓被撞坏了。"), QStringLiteral("村委会门口水管冻裂。"),
        QStringLiteral("坡头屯水压低，二楼上不去水。")};
    for (qsizetype i = 0; i < others.size(); ++i)
        c.append({QStringLiteral("供水问题"), others.at(i), service, village, (i * 5 + 1) * kDayMs});
    const QList<RecurringGroup> groups = RecurringFinder().find(c);
    REQUIRE(groups.size() == 1);
    CHECK(groups.constFirst().members == QList<int> {0, 1, 2, 3, 4, 5});
}
