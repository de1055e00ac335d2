// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "reports/measureservice.h"

#include "common/businesstime.h"
#include "ledger/sqldatabase.h"
#include "org/orglevel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace tz {
namespace {

// The vocabulary a definition may use, each a condition over the cases table. Definitions name
// them; SQL stays here, so nothing from a data file reaches a statement.
const QHash<QString, QString> &predicates()
{
    static const QHash<QString, QString> sql {
        {QStringLiteral("all"), QStringLiteral("1")},
        {QStringLiteral("resolvedNow"), QStringLiteral("state IN (5, 6, 7)")},
        {QStringLiteral("acceptedWithin24h"),
            QStringLiteral("accepted_at IS NOT NULL AND accepted_at - dispatched_at <= 86400000")},
        // Deadlines are China's calendar days (UTC+8).
        {QStringLiteral("resolvedByDeadline"),
            QStringLiteral("date(resolved_at / 1000 + 28800, 'unixepoch') <= deadline")},
        {QStringLiteral("satisfied"), QStringLiteral("satisfaction IN (1, 2)")},
        {QStringLiteral("townshipOrBelow"), QStringLiteral("resolved_level >= 3")},
        {QStringLiteral("village"), QStringLiteral("resolved_level = 4")},
        {QStringLiteral("withGrid"), QStringLiteral("grid_id IS NOT NULL")},
        {QStringLiteral("inGrid"),
            QStringLiteral(
                "grid_id IS NOT NULL AND escalations = 0 AND resolved_level = 4 AND resolved_org = "
                "origin_org")},
        {QStringLiteral("reopened"), QStringLiteral("reopen_count > 0")},
    };
    return sql;
}

const QStringList kCohortDates {QStringLiteral("registered_at"), QStringLiteral("dispatched_at"),
    QStringLiteral("resolved_at"), QStringLiteral("followed_up_at")};

Error badDefinition(const MeasureDefinition &d)
{
    return Error::invalid(
        QCoreApplication::translate("tz::Reports", "The measure %1 (version %2) is not defined right.")
            .arg(d.code)
            .arg(d.version));
}

qint64 startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), businesstime::zone()).toMSecsSinceEpoch();
}

} // namespace

MeasureService::MeasureService(SqlDatabase &db)
    : m_db(db)
{
}

Result<QString> MeasureService::cohortWhere(
    const MeasureDefinition &d, const MeasureQuery &query, QList<qint64> &bounds, QString &org) const
{
    if (!kCohortDates.contains(d.cohortDate) || !predicates().contains(d.denominator)
        || !predicates().contains(d.numerator))
        return badDefinition(d);
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        return Error::invalid(
            QCoreApplication::translate("tz::Reports", "The period needs a first and a last day, in order."),
            QStringLiteral("from"));
    bounds = {startOf(query.from), startOf(query.to.addDays(1))};
    QString where = QStringLiteral("%1 >= ?1 AND %1 < ?2 AND (%2)")
                        .arg(d.cohortDate, predicates().value(d.denominator));
    org.clear();
    if (!query.orgCode.isEmpty()) {
        // A unit's subtree: the digits that identify it, then anything.
        QString prefix = query.orgCode;
        for (OrgLevel level : {OrgLevel::City, OrgLevel::County, OrgLevel::Township}) {
            const int n = orglevel::prefixLength(level);
            if (query.orgCode.size() == 12 && query.orgCode.mid(n) == QString(12 - n, QLatin1Char('0'))) {
                prefix = query.orgCode.left(n);
                break;
            }
        }
        org = prefix;
        where += QStringLiteral(" AND origin_org BETWEEN ?3 AND ?4");
    }
    return where;
}

Result<MeasureFigure> MeasureService::figure(const MeasureDefinition &d, const MeasureQuery &query)
{
    QList<qint64> bounds;
    QString org;
    Result<QString> where = cohortWhere(d, query, bounds, org);
    if (!where)
        return where.error();
    try {
        const QByteArray sql = QStringLiteral(
            "SELECT COUNT(*), IFNULL(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0) FROM cases WHERE %2")
                                   .arg(predicates().value(d.numerator), *where)
                                   .toUtf8();
        SqlStatement statement = m_db.prepare(sql.constData());
        statement.bind(1, bounds.value(0)).bind(2, bounds.value(1));
        if (!org.isEmpty())
            statement.bindText(3, org.leftJustified(12, QLatin1Char('0')))
                .bindText(4, org.leftJustified(12, QLatin1Char('9')));
        MeasureFigure figure;
        figure.definition = d;
        if (statement.next()) {
            figure.denominator = statement.int64(0);
            figure.numerator = statement.int64(1);
        }
        if (d.kind == MeasureDefinition::Kind::Count) {
            figure.numerator = figure.denominator;
            figure.value = static_cast<double>(figure.denominator);
        } else if (figure.denominator > 0) {
            figure.value = static_cast<double>(figure.numerator) / static_cast<double>(figure.denominator);
        }
        return figure;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<QList<MeasureFigure>> MeasureService::compute(
    const MeasureQuery &query, const QList<MeasureDefinition> &definitions)
{
    QList<MeasureFigure> figures;
    for (const MeasureDefinition &d : definitions) {
        Result<MeasureFigure> one = figure(d, query);
        if (!one)
            return one.error();
        figures.append(*one);
    }
    return figures;
}

Result<QStringList> MeasureService::caseNumbers(
    const MeasureDefinition &d, Part part, const MeasureQuery &query)
{
    QList<qint64> bounds;
    QString org;
    Result<QString> where = cohortWhere(d, query, bounds, org);
    if (!where)
        return where.error();
    try {
        QString sql = QStringLiteral("SELECT number FROM cases WHERE %1").arg(*where);
        if (part == Part::Numerator && d.kind == MeasureDefinition::Kind::Rate)
            sql += QStringLiteral(" AND (%1)").arg(predicates().value(d.numerator));
        sql += QStringLiteral(" ORDER BY registered_at, number");
        const QByteArray text = sql.toUtf8();
        SqlStatement statement = m_db.prepare(text.constData());
        statement.bind(1, bounds.value(0)).bind(2, bounds.value(1));
        if (!org.isEmpty())
            statement.bindText(3, org.leftJustified(12, QLatin1Char('0')))
                .bindText(4, org.leftJustified(12, QLatin1Char('9')));
        QStringList numbers;
        while (statement.next())
            numbers.append(statement.text(0));
        return numbers;
    } catch (const ErrorException &e) {
        return e.error();
    }
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
