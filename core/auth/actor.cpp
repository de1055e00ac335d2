// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/auth/actor.h"

#include "core/org/divisioncode.h"

namespace tz {

bool Actor::covers(QStringView code) const
{
    return orgCode.isEmpty() || subtree::contains(orgCode, orgLevel, code);
}

} // namespace tz
