// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/calendar/calendarservice.h"

#include "core/calendar/calendarprojection.h"
#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/divisioncode.h"
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tz {

CalendarService::CalendarService(Ledger &ledger)
    : m_ledger(ledger)
{
}

Result<TableImportReport> CalendarService::importHolidays(
    const Actor &actor, const QString &path, const Progress &progress)
{
    Result<CsvTable> table = CsvReader::readFile(path, CsvReader::Encoding::Auto);
    if (!table)
        return table.error();
    return importHolidays(actor, *table, progress);
}

Result<TableImportReport> CalendarService::importHolidays(
    const Actor &actor, const CsvTable &table, const Progress &progress)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(QCoreApplication::translate(
            "tz::Calendar", "Only an administrator may change the work calendar."));
    const CalendarImportReport parsed = WorkCalendar::parseCsv(table);
    TableImportReport report;
    report.errors = parsed.errors;
    if (!report.errors.isEmpty())
        return report;

    QHash<QString, QPair<int, QString>> existing;
    SqlStatement &all = m_ledger.db().cached(
        "CalendarService::importHolidays", "SELECT date, kind, name FROM calendar_days");
    while (all.next())
        existing.insert(all.text(0), {all.int32(1), all.text(2)});
    all.reset();

    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        qint64 done = 0;
        for (const CalendarDay &day : parsed.days) {
            progress::step(progress, done++, parsed.days.size());
            const QString date = day.date.toString(Qt::ISODate);
            const int kind = day.kind == CalendarDay::Holiday ? 1 : 2;
            if (existing.value(date) == qMakePair(kind, day.name)) {
                ++report.unchanged;
                continue;
            }
            transaction.append(AggregateType::CalendarDay, date, calendarevents::daySet,
                {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), day.name}});
            ++report.changed;
        }
        progress::step(progress, done, parsed.days.size());
    });
    if (!written)
        return written.error();
    return report;
}

WorkCalendar CalendarService::calendar()
{
    SqlStatement &stamp = m_ledger.db().cached("CalendarService::calendar/read aggregates by type",
        "SELECT COUNT(*) + 1000000 * IFNULL(SUM(version), 0) FROM aggregates WHERE type = 7");
    const qint64 current = stamp.next() ? stamp.int64(0) : 0;
    stamp.reset();
    if (m_cache && current == m_cacheStamp)
        return *m_cache;
    QList<CalendarDay> days;
    SqlStatement &all = m_ledger.db().cached("CalendarService::calendar/read calendar_days",
        "SELECT date, kind, name FROM calendar_days ORDER BY date");
    while (all.next()) {
        days.append({QDate::fromString(all.text(0), Qt::ISODate),
            all.int32(1) == 1 ? CalendarDay::Holiday : CalendarDay::Workday, all.text(2)});
    }
    all.reset();
    m_cache = WorkCalendar(days);
    m_cacheStamp = current;
    return *m_cache;
}

int CalendarService::deadlineDays(const QString &orgCode, Handling handling)
{
    // The nearest rule wins: the unit's own, then each unit above it, then the default ("").
    QStringList candidates = subtree::unitsAbove(orgCode);
    std::reverse(candidates.begin(), candidates.end());
    candidates.append(QString());
    SqlStatement &rule = m_ledger.db().cached("CalendarService::deadlineDays",
        "SELECT days FROM deadline_rules WHERE org_code = ?1 AND handling = ?2");
    for (const QString &code : std::as_const(candidates)) {
        rule.bind(1, code).bind(2, static_cast<int>(handling));
        if (rule.next()) {
            const int days = rule.int32(0);
            rule.reset();
            return days;
        }
        rule.reset();
    }
    return handling::defaultDeadlineDays(handling);
}

Status CalendarService::setDeadlineDays(
    const Actor &actor, const QString &orgCode, Handling handling, int days)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Calendar", "Only an administrator may change deadlines."));
    if (!orgCode.isEmpty() && !actor.covers(orgCode))
        return Error::forbidden(
            QCoreApplication::translate("tz::Calendar", "Unit %1 is outside your part of the org tree.")
                .arg(orgCode));
    // The default holds for every unit of the ledger: an administrator of one unit sets that
    // unit's rule, which its subtree follows.
    if (orgCode.isEmpty() && !actor.isLedgerAdmin())
        return Error::forbidden(QCoreApplication::translate(
            "tz::Calendar", "The default deadline holds for every unit: set one for your unit (%1) instead.")
                                    .arg(actor.orgCode));
    if (days < 0 || days > 365 || (handling == Handling::Immediate && days != 0))
        return Error::invalid(QCoreApplication::translate("tz::Calendar",
                                  "A deadline is 0 to 365 working days, and 0 for an Immediate case."),
            QStringLiteral("days"));
    const QString id = QStringLiteral("deadline/%1/%2").arg(orgCode).arg(static_cast<int>(handling));
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Setting, id, settingevents::deadlineSet,
            {{QStringLiteral("org"), orgCode}, {QStringLiteral("handling"), static_cast<int>(handling)},
                {QStringLiteral("days"), days}});
    });
}

QDate CalendarService::deadlineFrom(QDate day, int days)
{
    return calendar().addWorkingDays(day, days);
}

} // namespace tz
