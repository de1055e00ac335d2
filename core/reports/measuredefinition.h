// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tz {

// One measure the articles publish (办结率, 响应率 …), as data with a version: the cohort of
// cases a period selects, the part of it counted above the line and below it, and the rule in
// words that the screen shows next to the figure. A released version is never changed; a new
// rule is a new version, and a report records the version it used (resources/reports/
// measures.json).
struct MeasureDefinition
{
    enum class Kind { Count, Rate };

    QString code; // completion_rate …
    int version = 1;
    Kind kind = Kind::Rate;
    QString name; // 办结率
    QString nameEn;
    QString cohortDate; // the case's date that must fall in the period: registered_at …
    QString denominator; // a predicate over the cohort (MeasureService knows them)
    QString numerator;
    QString rule; // in words

    // Every definition shipped, every version.
    static const QList<MeasureDefinition> &all();
    // The newest version of each measure, in the order the articles list them.
    static QList<MeasureDefinition> current();
    static std::optional<MeasureDefinition> find(const QString &code, int version = 0); // 0: newest
};

} // namespace tz
