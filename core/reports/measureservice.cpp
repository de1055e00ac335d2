// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/reports/measureservice.h"

#include "core/ledger/sqldatabase.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace tz {
namespace {

Error badDefinition(const MeasureDefinition &d)
{
    return Error::invalid(
        QCoreApplication::translate("tz::Reports", "The measure %1 (version %2) is not defined right.")
            .arg(d.code)
            .arg(d.version));
}

struct Columns
{
    Cohort cohort;
    int denominator;
    int numerator;
    bool counted; // the numerator's cases all meet the denominator: both sides are tally sums
};

Result<Columns> columnsOf(const MeasureDefinition &d)
{
    const std::optional<Cohort> cohort = tallies::cohortOf(d.cohortDate);
    const int den = tallies::indexOf(d.denominator);
    const int num = tallies::indexOf(d.numerator);
    if (!cohort || den < 0 || num < 0)
        return badDefinition(d);
    const TallyColumn &numerator = tallies::columns().at(num);
    const bool counted = den == 0 || den == num || numerator.implies == d.denominator;
    return Columns {*cohort, den, num, counted};
}

MeasureFigure figureOf(const MeasureDefinition &d, qint64 numerator, qint64 denominator)
{
    MeasureFigure figure;
    figure.definition = d;
    figure.denominator = denominator;
    figure.numerator = numerator;
    if (d.kind == MeasureDefinition::Kind::Count) {
        figure.numerator = figure.denominator;
        figure.value = static_cast<double>(figure.denominator);
    } else if (figure.denominator > 0) {
        figure.value = static_cast<double>(figure.numerator) / static_cast<double>(figure.denominator);
    }
    return figure;
}

} // namespace

MeasureService::MeasureService(SqlDatabase &db)
    : m_db(db)
{
}

Result<MeasureFigure> MeasureService::figureFromCases(const MeasureDefinition &d, const MeasureQuery &query)
{
    Result<Columns> columns = columnsOf(d);
    if (!columns)
        return columns.error();
    Result<QString> where = MeasureTallies::cohortWhere(columns->cohort, query);
    if (!where)
        return where.error();
    const QString sql = QStringLiteral("SELECT IFNULL(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0), "
                                       "IFNULL(SUM(CASE WHEN (%1) AND (%2) THEN 1 ELSE "
                                       "0 END), 0) FROM cases c WHERE %3")
                            .arg(tallies::columns().at(columns->denominator).sql,
                                tallies::columns().at(columns->numerator).sql, *where);
    try {
        SqlStatement statement = m_db.prepare(sql);
        MeasureTallies::bindCohort(statement, query);
        qint64 denominator = 0;
        qint64 numerator = 0;
        if (statement.next()) {
            denominator = statement.int64(0);
            numerator = statement.int64(1);
        }
        return figureOf(d, numerator, denominator);
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<QMap<QString, QList<MeasureFigure>>> MeasureService::computeGrouped(
    const MeasureQuery &query, const TallyGrouping &grouping, const QList<MeasureDefinition> &definitions)
{
    // One pass over each cohort the definitions need.
    QMap<Cohort, QMap<QString, TallySums>> sums;
    QSet<QString> groups;
    MeasureTallies tallies(m_db);
    for (const MeasureDefinition &d : definitions) {
        Result<Columns> columns = columnsOf(d);
        if (!columns)
            return columns.error();
        if (sums.contains(columns->cohort))
            continue;
        Result<QMap<QString, TallySums>> cohort = tallies.sums(columns->cohort, query, grouping);
        if (!cohort)
            return cohort.error();
        for (auto it = cohort->cbegin(); it != cohort->cend(); ++it)
            groups.insert(it.key());
        sums.insert(columns->cohort, *cohort);
    }
    if (grouping.kind == TallyGrouping::Kind::None)
        groups.insert(QString());
    QMap<QString, QList<MeasureFigure>> figures;
    for (const QString &group : std::as_const(groups)) {
        QMap<Cohort, TallySums> row;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            row.insert(it.key(), it->value(group));
        MeasureQuery part = query;
        if (grouping.kind == TallyGrouping::Kind::Unit)
            part.orgCode = group;
        Result<QList<MeasureFigure>> list = figuresFrom(row, part, definitions);
        if (!list)
            return list.error();
        figures.insert(group, *list);
    }
    return figures;
}

Result<QList<MeasureFigure>> MeasureService::figuresFrom(const QMap<Cohort, TallySums> &sums,
    const MeasureQuery &query, const QList<MeasureDefinition> &definitions)
{
    QList<MeasureFigure> list;
    for (const MeasureDefinition &d : definitions) {
        Result<Columns> columns = columnsOf(d);
        if (!columns)
            return columns.error();
        if (!columns->counted) {
            // Not a sum of the tallies: counted from the cases.
            Result<MeasureFigure> one = figureFromCases(d, query);
            if (!one)
                return one.error();
            list.append(*one);
            continue;
        }
        const TallySums row = sums.value(columns->cohort);
        list.append(figureOf(d, row.value(columns->numerator), row.value(columns->denominator)));
    }
    return list;
}

Result<QList<MeasureFigure>> MeasureService::compute(
    const MeasureQuery &query, const QList<MeasureDefinition> &definitions)
{
    Result<QMap<QString, QList<MeasureFigure>>> grouped = computeGrouped(query, {}, definitions);
    if (!grouped)
        return grouped.error();
    return grouped->value(QString());
}

Result<QMap<QString, QList<MeasureFigure>>> MeasureService::computeByUnit(
    const MeasureQuery &query, int prefixLength, const QList<MeasureDefinition> &definitions)
{
    return computeGrouped(query, {TallyGrouping::Kind::Unit, prefixLength}, definitions);
}

Result<MeasureFigure> MeasureService::figure(const MeasureDefinition &d, const MeasureQuery &query)
{
    Result<QList<MeasureFigure>> one = compute(query, {d});
    if (!one)
        return one.error();
    return one->value(0);
}

Result<QStringList> MeasureService::caseNumbers(
    const MeasureDefinition &d, Part part, const MeasureQuery &query)
{
    Result<Columns> columns = columnsOf(d);
    if (!columns)
        return columns.error();
    Result<QString> where = MeasureTallies::cohortWhere(columns->cohort, query);
    if (!where)
        return where.error();
    try {
        QString sql = QStringLiteral("SELECT c.number FROM cases c WHERE %1 AND (%2)")
                          .arg(*where, tallies::columns().at(columns->denominator).sql);
        if (part == Part::Numerator && d.kind == MeasureDefinition::Kind::Rate)
            sql += QStringLiteral(" AND (%1)").arg(tallies::columns().at(columns->numerator).sql);
        sql += QStringLiteral(" ORDER BY c.registered_at, c.number");
        SqlStatement statement = m_db.prepare(sql);
        MeasureTallies::bindCohort(statement, query);
        QStringList numbers;
        while (statement.next())
            numbers.append(statement.text(0));
        return numbers;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<CaseFilter> MeasureService::drillDown(const MeasureDefinition &d, Part part, const MeasureQuery &query)
{
    Result<Columns> columns = columnsOf(d);
    if (!columns)
        return columns.error();
    if (Result<QString> valid = MeasureTallies::cohortWhere(columns->cohort, query); !valid)
        return valid.error();
    QStringList conditions {d.denominator};
    if (part == Part::Numerator && d.kind == MeasureDefinition::Kind::Rate)
        conditions.append(d.numerator);
    return cohortCases(columns->cohort, query, conditions);
}

CaseFilter MeasureService::cohortCases(
    Cohort cohort, const MeasureQuery &query, const QStringList &conditions)
{
    CaseFilter filter;
    filter.cohortDate = tallies::dateColumn(cohort);
    filter.cohortFrom = query.from;
    filter.cohortTo = query.to;
    filter.conditions = conditions;
    filter.originOrg = query.orgCode;
    filter.originSubtree = true;
    filter.gridId = query.gridId;
    filter.gridSubtree = true;
    return filter;
}

QString MeasureService::display(const MeasureFigure &figure)
{
    if (!figure.value)
        return QStringLiteral("—");
    if (figure.definition.kind == MeasureDefinition::Kind::Count)
        return QLocale().toString(static_cast<qint64>(*figure.value));
    return QLocale().toString(*figure.value * 100.0, 'f', 2) + QLatin1Char('%');
}

} // namespace tz
