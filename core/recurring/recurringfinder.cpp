// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/recurring/recurringfinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <queue>
#include <vector>

namespace tz {
namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
// A term held by more cases of a block than this proposes no pairs (it still counts in their
// similarity): the name of a busy village held by thousands of its cases would otherwise make
// every pair a candidate.
constexpr size_t kCommonTerm = 200;

// Words nearly every request uses, whatever its problem: who reports, how, and what they ask;
// by their first character, longest first, so that a longer word goes before one inside it.
const QHash<QChar, QStringList> &fillerWords()
{
    static const QHash<QChar, QStringList> words = [] {
        QStringList list = QString::fromUtf8(
            "群众 村民 居民 反映 来电 要求 希望 请求 建议 尽快 处理 解决 问题 情况 网格员 走访 发现 "
            "一直 已经 好几天 现在 最近 这几天 我们 我家 家里 微信群 说事箱 屋场会 没有 多次 咨询 "
            "帮忙 村里 社区")
                               .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::stable_sort(
            list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QHash<QChar, QStringList> byFirst;
        for (const QString &word : std::as_const(list))
            byFirst[word.front()].append(word);
        return byFirst;
    }();
    return words;
}

// Calls `pair` with each character pair of the text's words, in order. Chinese characters (and
// other scripts' letters) make words; Latin letters, digits, spaces, punctuation and filler words
// end them: numbers and codes differ from one report to the next.
template<typename Pair>
void forEachPair(QStringView text, Pair &&pair)
{
    const QHash<QChar, QStringList> &filler = fillerWords();
    QChar previous;
    bool inWord = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (!c.isLetter() || c.unicode() <= 0x7f) {
            inWord = false;
            ++i;
            continue;
        }
        qsizetype skip = 0;
        if (const auto words = filler.constFind(c); words != filler.constEnd()) {
            for (const QString &word : *words) {
                if (text.mid(i).startsWith(word)) {
                    skip = word.size();
                    break;
                }
            }
        }
        if (skip > 0) {
            inWord = false;
            i += skip;
            continue;
        }
        if (inWord)
            pair(previous, c);
        previous = c;
        inWord = true;
        ++i;
    }
}

quint32 keyOf(QChar a, QChar b)
{
    return (quint32(a.unicode()) << 16) | b.unicode();
}

using Vector = std::vector<std::pair<int, double>>; // term id, weight; sorted by id

// One block's cases (the same place and service), oldest first, and their pair similarities:
// only pairs inside the window that share at least two character pairs (one shared pair, "老人",
// is chance), found through the terms they share.
struct Block
{
    QList<int> cases; // indexes into the candidates
    std::vector<qint64> at;
    std::vector<QHash<int, double>> similar; // local index -> other local index -> similarity
};

double dot(const Vector &a, const Vector &b, int &shared)
{
    double sum = 0;
    shared = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            sum += i->second * j->second;
            ++shared;
            ++i;
            ++j;
        }
    }
    return sum;
}

void linkBlock(Block &block, const std::vector<Vector> &vectors, qint64 window)
{
    const auto n = static_cast<size_t>(block.cases.size());
    block.similar.assign(n, {});
    QHash<int, std::vector<int>> postings; // term -> local indexes, in time order
    for (size_t i = 0; i < n; ++i)
        for (const auto &[term, weight] : vectors[size_t(block.cases.at(qsizetype(i)))])
            postings[term].push_back(int(i));
    for (size_t i = 0; i < n; ++i) {
        const Vector &mine = vectors[size_t(block.cases.at(qsizetype(i)))];
        QSet<int> others;
        for (const auto &[term, weight] : mine) {
            const std::vector<int> &holders = postings[term];
            // Pairs are proposed by the terms they share; a term nearly every case of a busy
            // block holds (the village's name) proposes none, though it still counts below.
            if (holders.size() > kCommonTerm)
                continue;
            for (auto p = std::upper_bound(holders.cbegin(), holders.cend(), int(i)); p != holders.cend();
                 ++p) {
                if (block.at[size_t(*p)] - block.at[i] > window)
                    break; // in time order: the rest are further away
                others.insert(*p);
            }
        }
        for (int other : std::as_const(others)) {
            int shared = 0;
            const double similarity = dot(mine, vectors[size_t(block.cases.at(other))], shared);
            if (shared >= 2 && similarity > 0) {
                block.similar[i].insert(other, similarity);
                block.similar[size_t(other)].insert(int(i), similarity);
            }
        }
    }
}

// Average linkage over a block: the two parts with the highest average similarity join while it
// stays at or above the threshold and the joined span inside the window. Parts are kept with
// the sums of the similarities to their neighbours; a heap holds the candidate joins, those made
// stale by a join are skipped when they come up.
QList<QList<int>> clusterBlock(const Block &block, double threshold, qint64 window)
{
    const auto n = static_cast<size_t>(block.cases.size());
    std::vector<QHash<int, double>> links = block.similar;
    std::vector<QList<int>> members(n);
    std::vector<qint64> first(block.at);
    std::vector<qint64> last(block.at);
    std::vector<int> version(n, 0);
    std::vector<bool> alive(n, true);
    for (size_t i = 0; i < n; ++i)
        members[i] = {int(i)};
    struct Join
    {
        double average;
        int a;
        int b;
        int versionA;
        int versionB;
        bool operator<(const Join &other) const // the heap's top: highest average, then first pair
        {
            if (average != other.average)
                return average < other.average;
            return std::pair(a, b) > std::pair(other.a, other.b);
        }
    };
    std::priority_queue<Join> joins;
    const auto offer = [&](int a, int b) {
        if (a > b)
            std::swap(a, b);
        const double sum = links[size_t(a)].value(b);
        const double average = sum / double(members[size_t(a)].size() * members[size_t(b)].size());
        if (average >= threshold
            && std::max(last[size_t(a)], last[size_t(b)]) - std::min(first[size_t(a)], first[size_t(b)])
                <= window)
            joins.push({average, a, b, version[size_t(a)], version[size_t(b)]});
    };
    const auto offerAll = [&] {
        for (size_t i = 0; i < n; ++i)
            if (alive[i])
                for (auto it = links[i].cbegin(); it != links[i].cend(); ++it)
                    if (size_t(it.key()) > i)
                        offer(int(i), it.key());
    };
    offerAll();
    // Each join offers its part's neighbours again; when stale offers pile up far beyond the
    // live ones, the heap is built anew.
    const size_t rebuildAt = 4 * joins.size() + 65536;
    while (!joins.empty()) {
        if (joins.size() > rebuildAt) {
            joins = {};
            offerAll();
            if (joins.empty())
                break;
        }
        const Join join = joins.top();
        joins.pop();
        const auto a = size_t(join.a);
        const auto b = size_t(join.b);
        if (!alive[a] || !alive[b] || version[a] != join.versionA || version[b] != join.versionB)
            continue;
        members[a] += members[b];
        first[a] = std::min(first[a], first[b]);
        last[a] = std::max(last[a], last[b]);
        alive[b] = false;
        ++version[a];
        links[a].remove(join.b);
        for (auto it = links[b].cbegin(); it != links[b].cend(); ++it) {
            if (size_t(it.key()) == a)
                continue;
            links[a][it.key()] += it.value();
            QHash<int, double> &theirs = links[size_t(it.key())];
            theirs.remove(join.b);
            theirs[join.a] = links[a].value(it.key());
        }
        links[b].clear();
        for (auto it = links[a].cbegin(); it != links[a].cend(); ++it)
            if (alive[size_t(it.key())])
                offer(join.a, it.key());
    }
    QList<QList<int>> clusters;
    for (size_t i = 0; i < n; ++i) {
        if (alive[i] && members[i].size() > 1) {
            std::sort(members[i].begin(), members[i].end()); // oldest first: the block is in time order
            clusters.append(members[i]);
        }
    }
    return clusters;
}

} // namespace

RecurringFinder::RecurringFinder(RecurringOptions options)
    : m_options(options)
{
}

QStringList RecurringFinder::terms(const QString &text)
{
    QStringList result;
    forEachPair(text, [&result](QChar a, QChar b) {
        const QChar chars[] {a, b};
        result.append(QString(chars, 2));
    });
    return result;
}

QList<RecurringGroup> RecurringFinder::find(const QList<RecurringCandidate> &candidates) const
{
    const qsizetype n = candidates.size();
    // Terms and their counts: the title says what the problem is, so its pairs count twice.
    QHash<quint32, int> ids;
    std::vector<quint32> keys; // term id -> its two characters
    std::vector<std::vector<std::pair<int, int>>> counts(static_cast<size_t>(n)); // (term, count)
    std::vector<int> documents;
    for (qsizetype c = 0; c < n; ++c) {
        std::vector<std::pair<int, int>> &count = counts[static_cast<size_t>(c)];
        const auto add = [&](QStringView text, int weight) {
            forEachPair(text, [&](QChar a, QChar b) {
                const quint32 key = keyOf(a, b);
                auto id = ids.constFind(key);
                if (id == ids.constEnd()) {
                    id = ids.insert(key, int(keys.size()));
                    keys.push_back(key);
                    documents.push_back(0);
                }
                count.emplace_back(*id, weight);
            });
        };
        add(candidates.at(c).title, 2);
        add(candidates.at(c).description, 1);
        std::sort(count.begin(), count.end());
        size_t kept = 0;
        for (size_t i = 0; i < count.size(); ++i) {
            if (kept > 0 && count[kept - 1].first == count[i].first)
                count[kept - 1].second += count[i].second;
            else
                count[kept++] = count[i];
        }
        count.resize(kept);
        for (const auto &[term, times] : count)
            ++documents[static_cast<size_t>(term)];
    }
    const auto nameOf = [&keys](int term) {
        const quint32 key = keys[static_cast<size_t>(term)];
        const QChar chars[] {QChar(char16_t(key >> 16)), QChar(char16_t(key & 0xffff))};
        return QString(chars, 2);
    };
    std::vector<Vector> vectors(static_cast<size_t>(n));
    for (qsizetype c = 0; c < n; ++c) {
        Vector &v = vectors[static_cast<size_t>(c)];
        double norm = 0;
        for (const auto &[term, times] : counts[static_cast<size_t>(c)]) {
            const double idf = std::log((double(n) + 1) / (documents[static_cast<size_t>(term)] + 0.5));
            const double weight = (1 + std::log(double(times))) * idf;
            v.emplace_back(term, weight);
            norm += weight * weight;
        }
        norm = norm > 0 ? std::sqrt(norm) : 1;
        for (auto &entry : v)
            entry.second /= norm;
        std::sort(v.begin(), v.end());
    }

    // Blocks: the same place and the same service, oldest first.
    QHash<QString, QList<int>> blocks;
    QStringList blockOrder;
    for (qsizetype c = 0; c < n; ++c) {
        const QString key = candidates.at(c).place + QLatin1Char('\x1f') + candidates.at(c).catalogId;
        if (!blocks.contains(key))
            blockOrder.append(key);
        blocks[key].append(int(c));
    }
    const qint64 window = qint64(m_options.windowDays) * kDayMs;
    QList<RecurringGroup> groups;
    for (const QString &key : std::as_const(blockOrder)) {
        Block block;
        block.cases = blocks.value(key);
        if (block.cases.size() < std::max(2, m_options.minimumSize))
            continue;
        std::stable_sort(block.cases.begin(), block.cases.end(),
            [&](int a, int b) { return candidates.at(a).registeredAt < candidates.at(b).registeredAt; });
        for (int c : std::as_const(block.cases))
            block.at.push_back(candidates.at(c).registeredAt);
        linkBlock(block, vectors, window);
        for (const QList<int> &local : clusterBlock(block, m_options.threshold, window)) {
            if (local.size() < m_options.minimumSize)
                continue;
            RecurringGroup group;
            double total = 0;
            int pairs = 0;
            QHash<int, int> holders;
            QHash<int, double> weights;
            for (qsizetype i = 0; i < local.size(); ++i) {
                const int c = block.cases.at(local.at(i));
                group.members.append(c);
                for (const auto &[term, weight] : vectors[size_t(c)]) {
                    ++holders[term];
                    weights[term] += weight;
                }
                for (qsizetype j = i + 1; j < local.size(); ++j) {
                    total += block.similar[size_t(local.at(i))].value(local.at(j));
                    ++pairs;
                }
            }
            group.cohesion = pairs > 0 ? total / pairs : 0;
            QList<int> common;
            for (auto it = holders.cbegin(); it != holders.cend(); ++it)
                if (it.value() >= 2 && 2 * it.value() >= local.size())
                    common.append(it.key());
            std::sort(common.begin(), common.end(), [&](int x, int y) {
                if (holders.value(x) != holders.value(y))
                    return holders.value(x) > holders.value(y);
                if (weights.value(x) != weights.value(y))
                    return weights.value(x) > weights.value(y);
                return keys[size_t(x)] < keys[size_t(y)];
            });
            for (qsizetype i = 0; i < common.size() && i < 4; ++i)
                group.sharedTerms.append(nameOf(common.at(i)));
            groups.append(group);
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const RecurringGroup &x, const RecurringGroup &y) {
        if (x.members.size() != y.members.size())
            return x.members.size() > y.members.size();
        return candidates.at(x.members.constLast()).registeredAt
            > candidates.at(y.members.constLast()).registeredAt;
    });
    return groups;
}

} // namespace tz
