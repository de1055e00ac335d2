// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

// The events of the Setting aggregate type. Its aggregates are the ledger-wide settings, named
// by their stored names (core/settings/settings.h: "center.name"), the deadline rules
// ("deadline/<org>/<handling>", core/calendar) and the versions of the 考评 rules
// ("assessment/<id>", core/reports/assessment). Names and payloads are what ledgers and servers
// already hold: never rename them.
namespace settingevents {
inline const QString changed = QStringLiteral("SettingChanged"); // {value}
inline const QString deadlineSet = QStringLiteral("DeadlineRuleSet"); // {org, handling, days}
inline const QString deadlineCleared = QStringLiteral("DeadlineRuleCleared"); // {org, handling}
// "assessment/<id>": a version of the 考评 rules {name, body} (core/reports/assessment)
inline const QString assessmentSaved = QStringLiteral("AssessmentRulesSaved");
} // namespace settingevents

// One projection folds every Setting aggregate (the ledger keeps one per aggregate type):
// settings into `settings` (stored name and text, whether or not this program knows the name),
// deadline rules into `deadline_rules`, versions of the assessment rules into
// `assessment_rule_sets`.
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
