// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/overdue.h"

#include "core/common/businesstime.h"

namespace tz::overdue {

bool isOverdue(CaseState state, bool paused, QDate deadline, QDate today)
{
    return casestate::isOpen(state) && !paused && deadline.isValid() && today > deadline;
}

QString sqlCondition(const QString &today)
{
    return QStringLiteral("c.state IN (%1) AND c.paused_since IS NULL AND c.deadline < %2")
        .arg(casestate::openStatesSql(), today);
}

bool resolvedLate(QDate deadline, qint64 resolvedAtMs)
{
    return deadline.isValid() && resolvedAtMs > 0 && businesstime::dateOf(resolvedAtMs) > deadline;
}

} // namespace tz::overdue
