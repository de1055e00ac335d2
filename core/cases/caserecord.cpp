// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caserecord.h"

#include "core/common/businesstime.h"

namespace tz {

bool CaseRecord::isOverdue(QDate today) const
{
    if (!deadline.isValid())
        return false;
    if (casestate::isOpen(state))
        return !isPaused() && today > deadline;
    return resolvedAt > 0 && businesstime::dateOf(resolvedAt) > deadline;
}

} // namespace tz
