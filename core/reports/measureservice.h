// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "common/error.h"
#include "reports/measuredefinition.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tz {

class SqlDatabase;

// A period (China's days, both ends included) and a part of the org tree: the cases that arose
// there (registered in the unit or below). An empty org: the whole ledger.
struct MeasureQuery
{
    QDate from;
    QDate to;
    QString orgCode;
};

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
    [[nodiscard]] Result<MeasureFigure> figure(
        const MeasureDefinition &definition, const MeasureQuery &query);

    enum class Part { Numerator, Denominator };
    // The case numbers behind one side of a figure, in registration order.
    [[nodiscard]] Result<QStringList> caseNumbers(
        const MeasureDefinition &definition, Part part, const MeasureQuery &query);

    // "99.39%", "5,872", or "—" for a rate with nothing to divide by.
    static QString display(const MeasureFigure &figure);

private:
    // The WHERE clause of a definition's denominator for the query, with its arguments.
    Result<QString> cohortWhere(const MeasureDefinition &definition, const MeasureQuery &query,
        QList<qint64> &bounds, QString &org) const;

    SqlDatabase &m_db;
};

} // namespace tz
