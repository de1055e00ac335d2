// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/casequeues.h"

#include <QCoreApplication>

namespace tz::casequeue {
QString label(CaseQueue queue)
{
    switch (queue) {
    case CaseQueue::ToDispatch:
        return QCoreApplication::translate("tz::CaseQueue", "To dispatch");
    case CaseQueue::Returned:
        return QCoreApplication::translate("tz::CaseQueue", "Returned");
    case CaseQueue::ToAccept:
        return QCoreApplication::translate("tz::CaseQueue", "To accept");
    case CaseQueue::InProgress:
        return QCoreApplication::translate("tz::CaseQueue", "In progress");
    case CaseQueue::DueToday:
        return QCoreApplication::translate("tz::CaseQueue", "Due today");
    case CaseQueue::Overdue:
        return QCoreApplication::translate("tz::CaseQueue", "Overdue");
    case CaseQueue::FollowUpsDue:
        return QCoreApplication::translate("tz::CaseQueue", "Follow-ups due");
    }
    return {};
}

QList<CaseQueue> forRole(Role role)
{
    switch (role) {
    case Role::Clerk:
    case Role::GridWorker:
        return {CaseQueue::ToDispatch, CaseQueue::Returned, CaseQueue::FollowUpsDue, CaseQueue::DueToday,
            CaseQueue::Overdue};
    case Role::Handler:
        return {CaseQueue::ToAccept, CaseQueue::InProgress, CaseQueue::DueToday, CaseQueue::Overdue};
    case Role::Supervisor:
        return {CaseQueue::Overdue, CaseQueue::DueToday, CaseQueue::ToDispatch, CaseQueue::FollowUpsDue};
    case Role::Admin:
        return {CaseQueue::ToDispatch, CaseQueue::ToAccept, CaseQueue::InProgress, CaseQueue::DueToday,
            CaseQueue::Overdue, CaseQueue::FollowUpsDue};
    }
    return {};
}

CaseFilter filter(CaseQueue queue, const Actor &actor, QDate today)
{
    CaseFilter f;
    f.today = today;
    // The unit's own cases; supervisors and administrators watch their whole subtree.
    const bool subtree = actor.role == Role::Supervisor || actor.role == Role::Admin;
    f.orgCode = actor.orgCode;
    f.exactOrg = !subtree && !actor.orgCode.isEmpty();
    switch (queue) {
    case CaseQueue::ToDispatch:
        f.states = {CaseState::Registered, CaseState::Reopened};
        break;
    case CaseQueue::Returned:
        f.state = CaseState::Registered;
        f.returnedOnly = true;
        break;
    case CaseQueue::ToAccept:
        f.state = CaseState::Dispatched;
        if (actor.role == Role::Handler)
            f.departmentId = actor.departmentId;
        break;
    case CaseQueue::InProgress:
        f.states = {CaseState::Accepted, CaseState::InProgress};
        if (actor.role == Role::Handler)
            f.departmentId = actor.departmentId;
        break;
    case CaseQueue::DueToday:
        f.states = casestate::openStates();
        f.deadlineOn = today;
        break;
    case CaseQueue::Overdue:
        f.overdueOnly = true;
        break;
    case CaseQueue::FollowUpsDue:
        // Asked by the center that registered it, wherever it was handled.
        f.state = CaseState::Resolved;
        f.orgCode.clear();
        f.exactOrg = false;
        // Supervisors: the follow-ups every center under them owes (read by the partial index
        // of cases awaiting one, keyed by the registering center).
        f.originOrg = actor.orgCode;
        f.originSubtree = subtree;
        break;
    }
    return f;
}

} // namespace tz::casequeue
