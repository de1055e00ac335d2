// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"
// The Setting aggregate type (settings, deadline rules, assessment versions) is folded by
// core/settings; core/reports/assessment.cpp still reaches its event names through here.
#include "core/settings/settingprojection.h"

namespace tz {

namespace calendarevents {
inline const QString daySet = QStringLiteral("CalendarDaySet"); // {kind: 1 holiday | 2 workday, name}
inline const QString dayCleared = QStringLiteral("CalendarDayCleared"); // {}
} // namespace calendarevents

class CalendarDayProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::CalendarDay; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("calendar_days")}; }
};

} // namespace tz
