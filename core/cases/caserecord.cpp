// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caserecord.h"

#include "core/cases/overdue.h"

namespace tz {

bool CaseRecord::isOverdue(QDate today) const
{
    return overdue::isOverdue(state, isPaused(), deadline, today);
}

bool CaseRecord::wasResolvedLate() const
{
    return overdue::resolvedLate(deadline, resolvedAt);
}

} // namespace tz
