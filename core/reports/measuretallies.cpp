// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/reports/measuretallies.h"

#include "core/cases/casepredicates.h"
#include "core/common/businesstime.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/divisioncode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace tz {
namespace {

// The tally columns, each counting one named condition (core/cases/casepredicates).
QList<TallyColumn> makeColumns()
{
    const QList<QPair<const char *, const char *>> named {{"all", "cases"}, {"resolvedNow", "resolved_now"},
        {"acceptedWithin24h", "accepted_24h"}, {"resolvedByDeadline", "by_deadline"},
        {"satisfied", "satisfied"}, {"townshipOrBelow", "township_or_below"}, {"village", "village"},
        {"withGrid", "with_grid"}, {"inGrid", "in_grid"}, {"reopened", "reopened"}};
    QList<TallyColumn> list;
    for (const auto &[predicate, column] : named)
        list.append({QLatin1String(predicate), QLatin1String(column), {}, QStringLiteral("all")});
    list.first().implies.clear();
    list[tallies::indexOf(QStringLiteral("inGrid"), list)].implies = QStringLiteral("withGrid");
    for (int i = 1; i <= 4; ++i)
        list.append({QStringLiteral("handling%1").arg(i), QStringLiteral("handling_%1").arg(i), {},
            QStringLiteral("all")});
    for (int i = 1; i <= 8; ++i)
        list.append({QStringLiteral("channel%1").arg(i), QStringLiteral("channel_%1").arg(i), {},
            QStringLiteral("all")});
    for (int i = 1; i <= 3; ++i)
        list.append({QStringLiteral("satisfaction%1").arg(i), QStringLiteral("satisfaction_%1").arg(i), {},
            QStringLiteral("all")});
    for (TallyColumn &c : list)
        c.sql = *casepredicates::sql(c.predicate);
    return list;
}

const QString kDateColumns[] {QStringLiteral("registered_at"), QStringLiteral("dispatched_at"),
    QStringLiteral("resolved_at"), QStringLiteral("followed_up_at")};

qint64 startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), businesstime::zone()).toMSecsSinceEpoch();
}

// A group's key as a SQL expression over the cases (alias c) or over case_tallies.
QString groupOverCases(Cohort cohort, const TallyGrouping &grouping)
{
    const QString date = tallies::dateColumn(cohort);
    switch (grouping.kind) {
    case TallyGrouping::Kind::None:
        return QStringLiteral("''");
    case TallyGrouping::Kind::Unit:
        return QStringLiteral("substr(c.origin_org, 1, %1)").arg(grouping.prefixLength);
    case TallyGrouping::Kind::Month:
        return QStringLiteral("strftime('%Y-%m', c.%1 / 1000 + 28800, 'unixepoch')").arg(date);
    case TallyGrouping::Kind::Day:
        return QStringLiteral("date(c.%1 / 1000 + 28800, 'unixepoch')").arg(date);
    }
    return {};
}

QString groupKey(const TallyGrouping &grouping, const QString &raw)
{
    if (grouping.kind == TallyGrouping::Kind::Unit)
        return raw.leftJustified(12, QLatin1Char('0'));
    return raw;
}

void addInto(QMap<QString, TallySums> &into, const QString &key, SqlStatement &row)
{
    TallySums &sums = into[key];
    const int n = int(tallies::columns().size());
    if (sums.isEmpty())
        sums = TallySums(n, 0);
    for (int i = 0; i < n; ++i)
        sums[i] += row.int64(i + 1);
}

} // namespace

namespace tallies {

int indexOf(const QString &predicate)
{
    return indexOf(predicate, columns());
}

const QList<TallyColumn> &columns()
{
    static const QList<TallyColumn> list = makeColumns();
    return list;
}

int indexOf(const QString &predicate, const QList<TallyColumn> &list)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).predicate == predicate)
            return i;
    }
    return -1;
}

std::optional<Cohort> cohortOf(const QString &dateColumn)
{
    for (int i = 0; i < 4; ++i) {
        if (kDateColumns[i] == dateColumn)
            return static_cast<Cohort>(i + 1);
    }
    return std::nullopt;
}

QString dateColumn(Cohort cohort)
{
    return kDateColumns[static_cast<int>(cohort) - 1];
}

int handlingIndex(int handling)
{
    return indexOf(QStringLiteral("handling%1").arg(handling));
}

int channelIndex(int channel)
{
    return indexOf(QStringLiteral("channel%1").arg(channel));
}

int satisfactionIndex(int satisfaction)
{
    return indexOf(QStringLiteral("satisfaction%1").arg(satisfaction));
}

} // namespace tallies

MeasureTallies::MeasureTallies(SqlDatabase &db)
    : m_db(db)
{
}

Result<QString> MeasureTallies::cohortWhere(Cohort cohort, const MeasureQuery &query)
{
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        return Error::invalid(
            QCoreApplication::translate("tz::Reports", "The period needs a first and a last day, in order."),
            QStringLiteral("from"));
    QString where = QStringLiteral("c.%1 >= ?1 AND c.%1 < ?2").arg(tallies::dateColumn(cohort));
    if (!query.orgCode.isEmpty())
        where += QStringLiteral(" AND c.origin_org BETWEEN ?3 AND ?4");
    if (!query.gridId.isEmpty())
        where += QStringLiteral(
            " AND c.grid_id IN (WITH RECURSIVE sub (id) AS (SELECT ?5 UNION SELECT g.id FROM grids g JOIN "
            "sub ON g.parent_grid_id = sub.id) SELECT id FROM sub)");
    return where;
}

void MeasureTallies::bindCohort(SqlStatement &statement, const MeasureQuery &query)
{
    statement.bind(1, startOf(query.from)).bind(2, startOf(query.to.addDays(1)));
    if (!query.orgCode.isEmpty()) {
        const subtree::Range units = subtree::range(query.orgCode);
        statement.bindText(3, units.low).bindText(4, units.high);
    }
    if (!query.gridId.isEmpty())
        statement.bindText(5, query.gridId);
}

Result<QMap<QString, TallySums>> MeasureTallies::fromCases(
    Cohort cohort, const MeasureQuery &query, const TallyGrouping &grouping, QMap<QString, TallySums> into)
{
    Result<QString> where = cohortWhere(cohort, query);
    if (!where)
        return where.error();
    QStringList sums;
    for (const TallyColumn &c : tallies::columns())
        sums.append(QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(c.sql));
    const QString sql = QStringLiteral("SELECT %1, %2 FROM cases c WHERE %3 GROUP BY 1")
                            .arg(groupOverCases(cohort, grouping), sums.join(QStringLiteral(", ")), *where);
    try {
        SqlStatement statement = m_db.prepare(sql);
        bindCohort(statement, query);
        while (statement.next())
            addInto(into, groupKey(grouping, statement.text(0)), statement);
        return into;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<QMap<QString, TallySums>> MeasureTallies::fromTallies(Cohort cohort, const MeasureQuery &query,
    const QDate &first, const QDate &last, bool months, const TallyGrouping &grouping,
    QMap<QString, TallySums> into)
{
    QString group;
    switch (grouping.kind) {
    case TallyGrouping::Kind::None:
        group = QStringLiteral("''");
        break;
    case TallyGrouping::Kind::Unit:
        group = QStringLiteral("substr(origin_org, 1, %1)").arg(grouping.prefixLength);
        break;
    case TallyGrouping::Kind::Month:
        group = months ? QStringLiteral("printf('%04d-%02d', period / 100, period % 100)")
                       : QStringLiteral("printf('%04d-%02d', period / 10000, period / 100 % 100)");
        break;
    case TallyGrouping::Kind::Day:
        if (months)
            return Error::invalid(QStringLiteral("a month's tally has no days"));
        group = QStringLiteral("printf('%04d-%02d-%02d', period / 10000, period / 100 % 100, period % 100)");
        break;
    }
    QStringList sums;
    for (const TallyColumn &c : tallies::columns())
        sums.append(QStringLiteral("SUM(%1)").arg(c.column));
    QString sql
        = QStringLiteral("SELECT %1, %2 FROM case_tallies WHERE cohort = ?1 AND period BETWEEN ?2 AND ?3")
              .arg(group, sums.join(QStringLiteral(", ")));
    if (!query.orgCode.isEmpty())
        sql += QStringLiteral(" AND origin_org BETWEEN ?4 AND ?5");
    sql += QStringLiteral(" GROUP BY 1");
    const auto key = [months](const QDate &day) {
        return months ? day.year() * 100 + day.month() : day.year() * 10000 + day.month() * 100 + day.day();
    };
    try {
        SqlStatement statement = m_db.prepare(sql);
        statement.bind(1, static_cast<int>(cohort)).bind(2, key(first)).bind(3, key(last));
        if (!query.orgCode.isEmpty()) {
            const subtree::Range units = subtree::range(query.orgCode);
            statement.bindText(4, units.low).bindText(5, units.high);
        }
        while (statement.next())
            addInto(into, groupKey(grouping, statement.text(0)), statement);
        return into;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<QMap<QString, TallySums>> MeasureTallies::sumsFromCases(
    Cohort cohort, const MeasureQuery &query, const TallyGrouping &grouping)
{
    return fromCases(cohort, query, grouping, {});
}

Result<QMap<QString, TallySums>> MeasureTallies::sums(
    Cohort cohort, const MeasureQuery &query, const TallyGrouping &grouping)
{
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        return cohortWhere(cohort, query).error();
    // The whole months inside the period.
    const QDate firstWhole
        = query.from.day() == 1 ? query.from : QDate(query.from.year(), query.from.month(), 1).addMonths(1);
    const QDate lastWholeEnd = query.to.day() == query.to.daysInMonth()
        ? query.to
        : QDate(query.to.year(), query.to.month(), 1).addDays(-1);
    if (!query.gridId.isEmpty()) // grids have no tallies: few cases, by the grid's index
        return fromCases(cohort, query, grouping, {});
    if (grouping.kind == TallyGrouping::Kind::Day || firstWhole > lastWholeEnd)
        return fromTallies(cohort, query, query.from, query.to, false, grouping, {});

    Result<QMap<QString, TallySums>> result
        = fromTallies(cohort, query, firstWhole, lastWholeEnd, true, grouping, {});
    if (result && query.from < firstWhole)
        result = fromTallies(cohort, query, query.from, firstWhole.addDays(-1), false, grouping, *result);
    if (result && lastWholeEnd < query.to)
        result = fromTallies(cohort, query, lastWholeEnd.addDays(1), query.to, false, grouping, *result);
    return result;
}

} // namespace tz
