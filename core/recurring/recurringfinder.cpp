// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "recurring/recurringfinder.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tz {
namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

// Words nearly every request uses, whatever its problem: who reports, how, and what they ask.
// Longest first, so that a longer word goes before a shorter one inside it.
const QStringList &fillerWords()
{
    static const QStringList words = [] {
        QStringList list = QString::fromUtf8(
            "群众 村民 居民 反映 来电 要求 希望 请求 建议 尽快 处理 解决 问题 情况 网格员 走访 发现 "
            "一直 已经 好几天 现在 最近 这几天 我们 我家 家里 微信群 说事箱 屋场会 没有 多次 咨询 "
            "帮忙 村里 社区")
                               .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::stable_sort(
            list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return list;
    }();
    return words;
}

using Vector = std::vector<std::pair<int, double>>; // term id, weight; sorted by id

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

struct Cluster
{
    QList<int> members; // indexes into the block
    qint64 first = 0;
    qint64 last = 0;
    bool alive = true;
};

} // namespace

RecurringFinder::RecurringFinder(RecurringOptions options)
    : m_options(options)
{
}

QStringList RecurringFinder::terms(const QString &text)
{
    QStringList result;
    QString cleaned = text;
    for (const QString &word : fillerWords())
        cleaned.replace(word, QStringLiteral(" "));
    QString run;
    const auto flush = [&] {
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            result.append(run.mid(i, 2));
        run.clear();
    };
    for (const QChar c : std::as_const(cleaned)) {
        // Chinese characters (and other scripts' letters) make words; Latin letters, digits,
        // spaces and punctuation end them: numbers and codes differ from one report to the next.
        if (c.isLetter() && c.unicode() > 0x7f)
            run.append(c);
        else
            flush();
    }
    flush();
    return result;
}

QList<RecurringGroup> RecurringFinder::find(const QList<RecurringCandidate> &candidates) const
{
    const qsizetype n = candidates.size();
    // Terms and their counts: the title says what the problem is, so its pairs count twice.
    QHash<QString, int> ids;
    QStringList names;
    std::vector<QHash<int, int>> counts(static_cast<size_t>(n));
    std::vector<int> documents;
    for (qsizetype c = 0; c < n; ++c) {
        QHash<int, int> &count = counts[static_cast<size_t>(c)];
        const auto add = [&](const QString &text, int weight) {
            for (const QString &term : terms(text)) {
                auto id = ids.constFind(term);
                if (id == ids.constEnd()) {
                    id = ids.insert(term, int(names.size()));
                    names.append(term);
                    documents.push_back(0);
                }
                count[*id] += weight;
            }
        };
        add(candidates.at(c).title, 2);
        add(candidates.at(c).description, 1);
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            ++documents[static_cast<size_t>(it.key())];
    }
    std::vector<Vector> vectors(static_cast<size_t>(n));
    for (qsizetype c = 0; c < n; ++c) {
        Vector &v = vectors[static_cast<size_t>(c)];
        double norm = 0;
        const QHash<int, int> &count = counts[static_cast<size_t>(c)];
        for (auto it = count.cbegin(); it != count.cend(); ++it) {
            const double idf = std::log((double(n) + 1) / (documents[static_cast<size_t>(it.key())] + 0.5));
            const double weight = (1 + std::log(double(it.value()))) * idf;
            v.emplace_back(it.key(), weight);
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
        QList<int> block = blocks.value(key);
        if (block.size() < std::max(2, m_options.minimumSize))
            continue;
        std::stable_sort(block.begin(), block.end(),
            [&](int a, int b) { return candidates.at(a).registeredAt < candidates.at(b).registeredAt; });
        const auto b = static_cast<size_t>(block.size());
        // Two reports are alike when they share at least two pairs; one shared pair ("老人") is chance.
        std::vector<double> sim(b * b, 0.0);
        for (size_t i = 0; i < b; ++i) {
            for (size_t j = i + 1; j < b; ++j) {
                const RecurringCandidate &x = candidates.at(block.at(qsizetype(i)));
                const RecurringCandidate &y = candidates.at(block.at(qsizetype(j)));
                if (y.registeredAt - x.registeredAt > window)
                    break; // sorted: the rest are further away
                int shared = 0;
                const double s = dot(
                    vectors[size_t(block.at(qsizetype(i)))], vectors[size_t(block.at(qsizetype(j)))], shared);
                sim[i * b + j] = sim[j * b + i] = shared >= 2 ? s : 0.0;
            }
        }
        // Average linkage: sums of the similarities between the members of two clusters.
        std::vector<Cluster> clusters(b);
        std::vector<double> sums = sim;
        for (size_t i = 0; i < b; ++i) {
            const qint64 at = candidates.at(block.at(qsizetype(i))).registeredAt;
            clusters[i] = {{int(i)}, at, at, true};
        }
        for (;;) {
            double best = -1;
            size_t into = 0;
            size_t from = 0;
            for (size_t i = 0; i < b; ++i) {
                if (!clusters[i].alive)
                    continue;
                for (size_t j = i + 1; j < b; ++j) {
                    if (!clusters[j].alive)
                        continue;
                    const Cluster &x = clusters[i];
                    const Cluster &y = clusters[j];
                    if (std::max(x.last, y.last) - std::min(x.first, y.first) > window)
                        continue;
                    const double average = sums[i * b + j] / double(x.members.size() * y.members.size());
                    if (average >= m_options.threshold && average > best) {
                        best = average;
                        into = i;
                        from = j;
                    }
                }
            }
            if (best < 0)
                break;
            Cluster &x = clusters[into];
            Cluster &y = clusters[from];
            x.members += y.members;
            x.first = std::min(x.first, y.first);
            x.last = std::max(x.last, y.last);
            y.alive = false;
            for (size_t k = 0; k < b; ++k) {
                sums[into * b + k] += sums[from * b + k];
                sums[k * b + into] = sums[into * b + k];
            }
        }
        for (const Cluster &cluster : clusters) {
            if (!cluster.alive || cluster.members.size() < m_options.minimumSize)
                continue;
            RecurringGroup group;
            QList<int> local = cluster.members;
            std::sort(local.begin(), local.end()); // oldest first: the block is sorted by time
            double total = 0;
            int pairs = 0;
            QHash<int, int> holders;
            QHash<int, double> weights;
            for (qsizetype i = 0; i < local.size(); ++i) {
                const int c = block.at(local.at(i));
                group.members.append(c);
                for (const auto &[term, weight] : vectors[size_t(c)]) {
                    ++holders[term];
                    weights[term] += weight;
                }
                for (qsizetype j = i + 1; j < local.size(); ++j) {
                    total += sim[size_t(local.at(i)) * b + size_t(local.at(j))];
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
                return names.at(x) < names.at(y);
            });
            for (qsizetype i = 0; i < common.size() && i < 4; ++i)
                group.sharedTerms.append(names.at(common.at(i)));
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
