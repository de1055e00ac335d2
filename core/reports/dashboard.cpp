// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/reports/dashboard.h"

#include "core/cases/caselist.h"
#include "core/org/orglevel.h"
#include "core/org/orgservice.h"

#include <algorithm>

namespace tz {
namespace {

// The longest period drawn day by day; longer ones are drawn by month.
constexpr int kMaxDailyDays = 62;

QList<qint64> columnsOf(const TallySums &sums, int count, int (*index)(int))
{
    QList<qint64> values;
    for (int i = 1; i <= count; ++i)
        values.append(sums.value(index(i)));
    return values;
}

} // namespace

Dashboard::Dashboard(SqlDatabase &db, OrgService &org)
    : m_db(db)
    , m_org(org)
{
}

Result<DashboardData> Dashboard::load(const MeasureQuery &query, const QDate &today)
{
    DashboardData data;
    data.query = query;
    data.today = today;
    const QList<OrgUnit> below = query.orgCode.isEmpty() ? m_org.roots() : m_org.children(query.orgCode);
    const bool byUnit = !below.isEmpty() && query.gridId.isEmpty();
    if (byUnit)
        data.unitPrefixLength = orglevel::prefixLength(below.first().level);

    // Each cohort once, by unit below: the whole is the sum of the units (and of the cases
    // registered at the unit itself, which are a group of their own).
    MeasureTallies tallies(m_db);
    const TallyGrouping grouping
        = byUnit ? TallyGrouping {TallyGrouping::Kind::Unit, data.unitPrefixLength} : TallyGrouping {};
    QMap<Cohort, QMap<QString, TallySums>> perUnit;
    QMap<Cohort, TallySums> whole;
    for (Cohort cohort : {Cohort::Registered, Cohort::Dispatched, Cohort::Resolved, Cohort::FollowedUp}) {
        Result<QMap<QString, TallySums>> sums = tallies.sums(cohort, query, grouping);
        if (!sums)
            return sums.error();
        TallySums total(int(tallies::columns().size()), 0);
        for (const TallySums &group : std::as_const(*sums)) {
            for (int i = 0; i < total.size(); ++i)
                total[i] += group.value(i);
        }
        whole.insert(cohort, total);
        perUnit.insert(cohort, *sums);
    }
    MeasureService measures(m_db);
    Result<QList<MeasureFigure>> figures = measures.figuresFrom(whole, query);
    if (!figures)
        return figures.error();
    data.figures = *figures;
    data.byHandling = columnsOf(whole.value(Cohort::Registered), 4, tallies::handlingIndex);
    data.byChannel = columnsOf(whole.value(Cohort::Registered), 8, tallies::channelIndex);
    data.bySatisfaction = columnsOf(whole.value(Cohort::FollowedUp), 3, tallies::satisfactionIndex);

    // Over time: every day or month of the period, the empty ones too.
    data.daily = query.from.daysTo(query.to) < kMaxDailyDays;
    const TallyGrouping byTime {data.daily ? TallyGrouping::Kind::Day : TallyGrouping::Kind::Month, 0};
    Result<QMap<QString, TallySums>> inByTime = tallies.sums(Cohort::Registered, query, byTime);
    Result<QMap<QString, TallySums>> outByTime = tallies.sums(Cohort::Resolved, query, byTime);
    if (!inByTime || !outByTime)
        return !inByTime ? inByTime.error() : outByTime.error();
    for (QDate day = query.from; day <= query.to;) {
        DashboardPoint point;
        point.first = day;
        if (data.daily) {
            point.key = day.toString(Qt::ISODate);
            point.last = day;
        } else {
            point.key = day.toString(QStringLiteral("yyyy-MM"));
            point.last = std::min(query.to, QDate(day.year(), day.month(), day.daysInMonth()));
        }
        point.registered = inByTime->value(point.key).value(0);
        point.resolved = outByTime->value(point.key).value(0);
        data.series.append(point);
        day = point.last.addDays(1);
    }

    // Now: open and overdue cases by the unit responsible.
    CaseList list(m_db);
    CaseFilter open;
    open.orgCode = query.orgCode;
    open.states = casestate::openStates();
    CaseFilter overdue;
    overdue.orgCode = query.orgCode;
    overdue.overdueOnly = true;
    overdue.today = today;
    if (!byUnit) {
        data.openNow = list.count(open);
        data.overdueNow = list.count(overdue);
        return data;
    }
    const QHash<QString, qint64> openByUnit = list.countByUnit(open, data.unitPrefixLength);
    const QHash<QString, qint64> overdueByUnit = list.countByUnit(overdue, data.unitPrefixLength);
    for (const qint64 n : openByUnit)
        data.openNow += n;
    for (const qint64 n : overdueByUnit)
        data.overdueNow += n;
    for (const OrgUnit &unit : below) {
        DashboardUnit row;
        row.code = unit.code;
        row.name = unit.name;
        QMap<Cohort, TallySums> sums;
        for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it)
            sums.insert(it.key(), it->value(unit.code));
        MeasureQuery part = query;
        part.orgCode = unit.code;
        Result<QList<MeasureFigure>> unitFigures = measures.figuresFrom(sums, part);
        if (!unitFigures)
            return unitFigures.error();
        row.figures = *unitFigures;
        row.openNow = openByUnit.value(unit.code.left(data.unitPrefixLength));
        row.overdueNow = overdueByUnit.value(unit.code.left(data.unitPrefixLength));
        data.units.append(row);
    }
    return data;
}

} // namespace tz
