// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/caselist.h"
#include "core/common/error.h"
#include "core/reports/measuredefinition.h"
#include "core/reports/measuretallies.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tz {

class SqlDatabase;

struct MeasureFigure
{
    MeasureDefinition definition;
    qint64 numerator = 0;
    qint64 denominator = 0;
    // The rate (0..1) or the count; nothing when the denominator is 0 (shown as "—").
    std::optional<double> value;
};

// The published measures over the ledger's read tables, exact to the case: every figure comes
// with the cases behind its numerator and its denominator. Reads only; a late event that arrives
// by sync changes the read tables and so the next figure (a case resolved offline last week
// counts for last week's cohort).
class MeasureService
{
public:
    explicit MeasureService(SqlDatabase &db);

    [[nodiscard]] Result<QList<MeasureFigure>> compute(const MeasureQuery &query,
        const QList<MeasureDefinition> &definitions = MeasureDefinition::current());
    // The same figures for each unit one level below (the first prefixLength digits of where
    // cases arose), keyed by the unit's 12-digit code; units without cases are absent.
    [[nodiscard]] Result<QMap<QString, QList<MeasureFigure>>> computeByUnit(const MeasureQuery &query,
        int prefixLength, const QList<MeasureDefinition> &definitions = MeasureDefinition::current());
    [[nodiscard]] Result<MeasureFigure> figure(
        const MeasureDefinition &definition, const MeasureQuery &query);
    // The figures from sums already read for `query` (MeasureTallies::sums, one per cohort).
    [[nodiscard]] Result<QList<MeasureFigure>> figuresFrom(const QMap<Cohort, TallySums> &sums,
        const MeasureQuery &query,
        const QList<MeasureDefinition> &definitions = MeasureDefinition::current());

    enum class Part { Numerator, Denominator };
    // The case numbers behind one side of a figure, in registration order.
    [[nodiscard]] Result<QStringList> caseNumbers(
        const MeasureDefinition &definition, Part part, const MeasureQuery &query);

    // The same cases as a filter for a case list (统计's drill-down: the list pages, exports and
    // opens them like any other).
    [[nodiscard]] static Result<CaseFilter> drillDown(
        const MeasureDefinition &definition, Part part, const MeasureQuery &query);
    // The cases of a cohort in a query that meet every named condition (casepredicates): a bar
    // or slice of 统计's charts ("registered in May, class 快办").
    [[nodiscard]] static CaseFilter cohortCases(
        Cohort cohort, const MeasureQuery &query, const QStringList &conditions = {});

    // "99.39%", "5,872", or "—" for a rate with nothing to divide by.
    static QString display(const MeasureFigure &figure);

private:
    Result<QMap<QString, QList<MeasureFigure>>> computeGrouped(const MeasureQuery &query,
        const TallyGrouping &grouping, const QList<MeasureDefinition> &definitions);
    // A figure whose numerator is not counted in the tallies within its denominator.
    Result<MeasureFigure> figureFromCases(const MeasureDefinition &definition, const MeasureQuery &query);

    SqlDatabase &m_db;
};

} // namespace tz
