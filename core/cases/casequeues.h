// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caselist.h"

#include <QDate>
#include <QList>

namespace tz {

// The queues of a user's workbench (工作台): what waits for them today.
enum class CaseQueue {
    ToDispatch, // registered or reopened at the user's unit, not yet sent on
    Returned, // sent back by the unit it was dispatched to
    ToAccept, // dispatched to the user's unit (and department)
    InProgress, // accepted, being handled by the user's unit
    DueToday, // open, due today, under the user's unit
    Overdue, // open, past the deadline, under the user's unit
    FollowUpsDue, // resolved cases the user's unit registered: ask the citizen
};

namespace casequeue {

QString label(CaseQueue queue); // 待派单 / 被退回 / 待接单 / 办理中 / 今日到期 / 已超期 / 待回访
// The queues a role works from, in the order the workbench shows them.
QList<CaseQueue> forRole(Role role);
// The case-list filter of a queue for this user on `today`.
CaseFilter filter(CaseQueue queue, const Actor &actor, QDate today);

} // namespace casequeue
} // namespace tz
