// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/calendar/workcalendar.h"

#include "core/io/csvreader.h"
#include "core/io/rowerror.h"

#include <QCoreApplication>

#include <algorithm>

namespace tz {
namespace {

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= 6;
}

} // namespace

WorkCalendar::WorkCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days)
        m_days.insert(day.date, day);
}

CalendarImportReport WorkCalendar::parseCsv(const CsvTable &table)
{
    CalendarImportReport report;
    const int cDate = table.columnIndex(u"date");
    const int cKind = table.columnIndex(u"kind");
    const int cName = table.columnIndex(u"name");
    if (cDate < 0 || cKind < 0) {
        report.errors.append({1,
            QCoreApplication::translate("tz::Calendar", "The header must name the columns date,kind,name.")});
        return report;
    }
    QHash<QDate, int> lineOfDate;
    for (const CsvRow &row : table.rows) {
        const auto field = [&row](int c) {
            return c >= 0 && c < row.fields.size() ? row.fields.at(c).trimmed() : QString();
        };
        const QString dateText = field(cDate);
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Calendar", "\"%1\" is not a date of the form 2026-01-01.")
                    .arg(quotedCell(dateText))});
            continue;
        }
        const QString kindText = field(cKind).toLower();
        CalendarDay day {date, CalendarDay::Holiday, field(cName)};
        if (kindText == QLatin1String("holiday")) {
            day.kind = CalendarDay::Holiday;
        } else if (kindText == QLatin1String("workday")) {
            day.kind = CalendarDay::Workday;
            if (!isWeekend(date)) {
                report.errors.append({row.line,
                    QCoreApplication::translate("tz::Calendar",
                        "%1 is a weekday: only a Saturday or Sunday can be a make-up "
                        "workday.")
                        .arg(quotedCell(dateText))});
                continue;
            }
        } else {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Calendar", "kind \"%1\" must be holiday or workday.")
                    .arg(quotedCell(field(cKind)))});
            continue;
        }
        if (day.name.size() > 40) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Calendar", "the name may have at most 40 characters.")});
            continue;
        }
        if (lineOfDate.contains(date)) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Calendar", "%1 appears twice (first on line %2).")
                    .arg(quotedCell(dateText))
                    .arg(lineOfDate.value(date))});
            continue;
        }
        lineOfDate.insert(date, row.line);
        report.days.append(day);
    }
    return report;
}

bool WorkCalendar::isWorkingDay(QDate day) const
{
    const auto it = m_days.constFind(day);
    if (it != m_days.constEnd())
        return it->kind == CalendarDay::Workday;
    return !isWeekend(day);
}

QDate WorkCalendar::addWorkingDays(QDate registeredOn, int n) const
{
    QDate day = registeredOn;
    int counted = 0;
    while (counted < n) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QDate WorkCalendar::extendForPause(QDate deadline, QDate pausedOn, QDate resumedOn) const
{
    if (!deadline.isValid() || !pausedOn.isValid() || !resumedOn.isValid() || resumedOn <= pausedOn)
        return deadline;
    return addWorkingDays(deadline, workingDaysBetween(pausedOn, resumedOn));
}

QList<CalendarDay> WorkCalendar::days() const
{
    QList<CalendarDay> result = m_days.values();
    std::sort(result.begin(), result.end(),
        [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return result;
}

} // namespace tz
