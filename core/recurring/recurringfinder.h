// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tz {

// A case as the finder sees it: its words, its service, where and when it arose.
struct RecurringCandidate
{
    QString title;
    QString description;
    QString catalogId; // the same service, or both none
    QString place; // the unit where it arose (a village, or the center that registered it)
    qint64 registeredAt = 0;
};

// Cases that look like one problem: indexes into the candidates, oldest first.
struct RecurringGroup
{
    QList<int> members;
    double cohesion = 0; // the average similarity of its members' texts, 0 to 1
    QStringList sharedTerms; // the character pairs most of its members use ("路灯", "停水")
};

struct RecurringOptions
{
    int windowDays = 30; // the first and the last of a group at most this many days apart
    double threshold = 0.05; // the average text similarity two parts need to join
    int minimumSize = 3; // groups smaller than this are not shown
};

// 举一反三: finds groups of cases that are the same problem. Cases are compared only within the
// same place and the same catalog item (or both outside the catalog); their texts by character
// pairs (bigrams) weighted by how rare each pair is among all candidates (tf-idf), so that words
// every request uses count for little. Groups grow by average linkage while their average
// similarity stays above the threshold and their span inside the window. No model, no download:
// short Chinese texts have no spaces, and character pairs catch most two-character words.
// Its precision on a labelled set is in tests/core/recurring and docs/BENCHMARKS.md.
class RecurringFinder
{
public:
    explicit RecurringFinder(RecurringOptions options = {});

    // Largest groups first, then the most recent.
    [[nodiscard]] QList<RecurringGroup> find(const QList<RecurringCandidate> &candidates) const;

    // The character pairs a text is compared by (punctuation, digits and filler words gone).
    [[nodiscard]] static QStringList terms(const QString &text);

private:
    RecurringOptions m_options;
};

} // namespace tz
