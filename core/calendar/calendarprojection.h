// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

namespace calendarevents {
inline const QString daySet = QStringLiteral("CalendarDaySet"); // {kind: 1 holiday | 2 workday, name}
inline const QString dayCleared = QStringLiteral("CalendarDayCleared"); // {}
} // namespace calendarevents

namespace settingevents {
inline const QString changed = QStringLiteral("SettingChanged"); // {value}
inline const QString deadlineSet = QStringLiteral("DeadlineRuleSet"); // {org, handling, days}
inline const QString deadlineCleared = QStringLiteral("DeadlineRuleCleared"); // {org, handling}
// "assessment/<id>": a version of the 考评 rules {name, body} (core/reports/assessment)
inline const QString assessmentSaved = QStringLiteral("AssessmentRulesSaved");
} // namespace settingevents

class CalendarDayProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::CalendarDay; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("calendar_days")}; }
};

// Settings ("center.name"), deadline rules ("deadline/<org>/<handling>") and the versions of
// the assessment rules ("assessment/<id>").
class SettingProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::Setting; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override
    {
        return {QStringLiteral("settings"), QStringLiteral("deadline_rules"),
            QStringLiteral("assessment_rule_sets")};
    }
};

} // namespace tz
