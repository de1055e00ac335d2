// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/io/rowerror.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tz {

struct CsvTable;

struct CalendarDay
{
    enum Kind { Holiday, Workday }; // Workday: an official make-up working day (调休)
    QDate date;
    Kind kind = Holiday;
    QString name;
};

struct CalendarImportReport
{
    QList<CalendarDay> days;
    QList<RowError> errors;
};

// Working days: Monday to Friday, minus public holidays, plus the make-up weekend workdays.
class WorkCalendar
{
public:
    WorkCalendar() = default;
    explicit WorkCalendar(const QList<CalendarDay> &days);

    // Reads `date,kind,name` rows (kind: holiday or workday), reporting every bad row.
    static CalendarImportReport parseCsv(const CsvTable &table);

    [[nodiscard]] bool isWorkingDay(QDate day) const;
    // The end of the Nth working day after `registeredOn`; N = 0 is the same day.
    [[nodiscard]] QDate addWorkingDays(QDate registeredOn, int n) const;
    // Working days in (from, to].
    [[nodiscard]] int workingDaysBetween(QDate from, QDate to) const;
    // The deadline moved on by the working days the case waited, (pausedOn, resumedOn].
    [[nodiscard]] QDate extendForPause(QDate deadline, QDate pausedOn, QDate resumedOn) const;
    [[nodiscard]] QList<CalendarDay> days() const;

private:
    QHash<QDate, CalendarDay> m_days;
};

} // namespace tz
