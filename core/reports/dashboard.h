// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/reports/measureservice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tz {

class OrgService;
class SqlDatabase;

// One unit below the dashboard's: its figures for the period (by where cases arose) and, now,
// its open and overdue cases (by the unit responsible for them, as 督办 counts them).
struct DashboardUnit
{
    QString code;
    QString name;
    QList<MeasureFigure> figures; // in the order of DashboardData::figures
    qint64 openNow = 0;
    qint64 overdueNow = 0;
};

// Cases registered and resolved in one day or month of the period.
struct DashboardPoint
{
    QString key; // "2026-11" or "2026-11-05"
    QDate first; // its first day
    QDate last; // its last day, inside the period
    qint64 registered = 0;
    qint64 resolved = 0;
};

// Everything 统计 shows for a unit and a period, read in one go.
struct DashboardData
{
    MeasureQuery query;
    QList<MeasureFigure> figures; // every current measure
    QList<DashboardUnit> units; // the units one level below, in code order; none below a village
    int unitPrefixLength = 0; // digits that name a unit of `units`
    QList<DashboardPoint> series; // every day (periods up to 62 days) or month, empty ones too
    bool daily = false;
    QList<qint64> byHandling; // registered in the period, by class: 即办 快办 分办 联办
    QList<qint64> byChannel; // registered, by channel (casetypes' order)
    QList<qint64> bySatisfaction; // followed up: 满意 基本满意 不满意
    qint64 openNow = 0;
    qint64 overdueNow = 0;
    QDate today; // the day "now" counts overdue by
};

// Reads the dashboard: the measures from the month tallies and the cases around them, the
// open and overdue counts from the state indexes. A whole county's million cases read in
// tens of milliseconds (docs/BENCHMARKS.md).
class Dashboard
{
public:
    Dashboard(SqlDatabase &db, OrgService &org);

    // query.orgCode: the unit (empty: the whole ledger, its top units as `units`).
    [[nodiscard]] Result<DashboardData> load(const MeasureQuery &query, const QDate &today);

private:
    SqlDatabase &m_db;
    OrgService &m_org;
};

} // namespace tz
