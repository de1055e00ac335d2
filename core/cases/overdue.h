// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casetypes.h"

#include <QDate>
#include <QString>

namespace tz::overdue {

// The one rule of 超期: a case is overdue while it is open, not waiting for the resident's
// materials (the clock is paused), and today is past its deadline (the last day allowed).
bool isOverdue(CaseState state, bool paused, QDate deadline, QDate today);

// The same rule over the cases table aliased `c`, for a WHERE clause; `today` is the SQL text of
// today's ISO date (a bound parameter or a quoted literal).
QString sqlCondition(const QString &today);

// A resolved case was late when it was resolved (China time) on a day after its deadline.
bool resolvedLate(QDate deadline, qint64 resolvedAtMs);

} // namespace tz::overdue
