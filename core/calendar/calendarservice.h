// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/calendar/workcalendar.h"
#include "core/cases/casetypes.h"
#include "core/common/error.h"
#include "core/common/progress.h"

#include <QDate>

namespace tz {

class Ledger;
struct CsvTable;

// The work calendar (holidays and make-up workdays) and the deadline rules: working days per
// handling class, by default and per org unit.
class CalendarService
{
public:
    explicit CalendarService(Ledger &ledger);

    [[nodiscard]] Result<TableImportReport> importHolidays(
        const Actor &actor, const QString &path, const Progress &progress = {});
    [[nodiscard]] Result<TableImportReport> importHolidays(
        const Actor &actor, const CsvTable &table, const Progress &progress = {});
    [[nodiscard]] WorkCalendar calendar();

    // Working days for a class at a unit: the unit's own rule, else its nearest ancestor's,
    // else the ledger default, else DOMAIN.md's (0 / 3 / 5 / 15).
    [[nodiscard]] int deadlineDays(const QString &orgCode, Handling handling);
    // orgCode empty = the ledger default.
    [[nodiscard]] Status setDeadlineDays(
        const Actor &actor, const QString &orgCode, Handling handling, int days);
    // The deadline of a case registered or dispatched on `day` with `days` working days.
    [[nodiscard]] QDate deadlineFrom(QDate day, int days);

private:
    Ledger &m_ledger;
    std::optional<WorkCalendar> m_cache;
    qint64 m_cacheStamp = -1;
};

} // namespace tz
