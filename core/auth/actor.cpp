// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/auth/actor.h"

namespace tz {

bool Actor::covers(QStringView code) const
{
    if (orgCode.isEmpty())
        return true;
    const int n = orglevel::prefixLength(orgLevel);
    return code.size() == 12 && code.left(n) == QStringView(orgCode).left(n);
}

} // namespace tz
