// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/casepolicy.h"

#include <QCoreApplication>

namespace tz::casepolicy {
namespace {

using enum CaseState;

bool stateAllows(const CaseFacts &f, CaseAction action)
{
    const bool open = casestate::isOpen(f.state);
    switch (action) {
    case CaseAction::Register:
        return false;
    case CaseAction::ResolveOnTheSpot:
        return f.state == Registered && f.handling == Handling::Immediate;
    case CaseAction::Dispatch:
        return f.state == Registered || f.state == Reopened || f.state == Dispatched;
    case CaseAction::Accept:
    case CaseAction::Return:
        return f.state == Dispatched;
    case CaseAction::Note:
        return f.state != Closed;
    case CaseAction::RequestMaterials:
        return open && !f.paused;
    case CaseAction::ReceiveMaterials:
        return open && f.paused;
    case CaseAction::Escalate:
    case CaseAction::Supervise:
    case CaseAction::ResolveWithIssue:
        return open;
    case CaseAction::LinkToIssue: // a resolved case is evidence of the problem too
        return f.state != Closed;
    case CaseAction::ReviewConflict:
        return f.conflict;
    case CaseAction::Resolve:
        return f.state == Accepted || f.state == InProgress;
    case CaseAction::AnswerAsCoHandler:
        return f.handling == Handling::Joint
            && (f.state == Dispatched || f.state == Accepted || f.state == InProgress);
    case CaseAction::FollowUp:
        return f.state == Resolved;
    case CaseAction::Reopen:
    case CaseAction::Close:
        return f.state == FollowedUp;
    }
    return false;
}

} // namespace

std::optional<QString> refusalForState(const CaseFacts &facts, CaseAction action)
{
    if (stateAllows(facts, action))
        return std::nullopt;
    if (action == CaseAction::ResolveOnTheSpot && facts.handling != Handling::Immediate)
        return QCoreApplication::translate(
            "tz::Cases", "Only an Immediate (即办) case can be resolved on the spot; this one is %1.")
            .arg(handling::label(facts.handling));
    if (action == CaseAction::AnswerAsCoHandler && facts.handling != Handling::Joint)
        return QCoreApplication::translate("tz::Cases", "Only a Joint (联办) case has co-handlers.");
    if (action == CaseAction::ReceiveMaterials && !facts.paused)
        return QCoreApplication::translate("tz::Cases", "This case is not waiting for materials.");
    if (action == CaseAction::ReviewConflict)
        return QCoreApplication::translate("tz::Cases", "This case has no conflicting decisions to review.");
    if (action == CaseAction::RequestMaterials && facts.paused)
        return QCoreApplication::translate("tz::Cases", "This case is already waiting for materials.");
    //: %1 is a case state such as "Resolved", %2 an action such as "accept"
    return QCoreApplication::translate("tz::Cases", "This case is %1: it cannot %2 now.")
        .arg(casestate::label(facts.state), caseaction::label(action));
}

bool roleMay(Role role, CaseAction action)
{
    if (role == Role::Admin)
        return true;
    switch (action) {
    case CaseAction::Register:
    case CaseAction::ResolveOnTheSpot:
    case CaseAction::FollowUp:
        return role == Role::Clerk || role == Role::GridWorker || role == Role::Supervisor;
    case CaseAction::Dispatch:
    case CaseAction::Close:
        return role == Role::Clerk || role == Role::Supervisor;
    case CaseAction::Accept:
    case CaseAction::Return:
    case CaseAction::Resolve:
    case CaseAction::AnswerAsCoHandler:
        return role == Role::Handler;
    case CaseAction::Note:
        return true;
    case CaseAction::RequestMaterials:
    case CaseAction::ReceiveMaterials:
        return role == Role::Handler || role == Role::Clerk;
    case CaseAction::Escalate:
        return role == Role::Handler || role == Role::Supervisor;
    case CaseAction::Reopen:
    case CaseAction::Supervise:
    case CaseAction::ReviewConflict:
    case CaseAction::LinkToIssue:
        return role == Role::Supervisor;
    case CaseAction::ResolveWithIssue: // by whoever resolves the 举一反三 case
        return role == Role::Handler || role == Role::Supervisor;
    }
    return false;
}

std::optional<QString> refusalForRole(Role role, CaseAction action)
{
    if (roleMay(role, action))
        return std::nullopt;
    if (action == CaseAction::ReviewConflict)
        return QCoreApplication::translate("tz::Cases", "Only a supervisor reviews conflicting decisions.");
    //: %1 is a role such as "Grid worker", %2 an action such as "accept"
    return QCoreApplication::translate("tz::Cases", "A %1 may not %2 a case.")
        .arg(role::label(role), caseaction::label(action));
}

std::optional<CaseState> nextState(const CaseFacts &facts, CaseAction action)
{
    switch (action) {
    case CaseAction::Register:
        return Registered;
    case CaseAction::ResolveOnTheSpot:
    case CaseAction::Resolve:
    case CaseAction::ResolveWithIssue:
        return Resolved;
    case CaseAction::Dispatch:
    case CaseAction::Escalate:
        return Dispatched;
    case CaseAction::Accept:
        return Accepted;
    case CaseAction::Return:
        return Registered;
    case CaseAction::FollowUp:
        return FollowedUp;
    case CaseAction::Reopen:
        return Reopened;
    case CaseAction::Close:
        return Closed;
    case CaseAction::Note:
    case CaseAction::RequestMaterials:
    case CaseAction::ReceiveMaterials:
    case CaseAction::AnswerAsCoHandler:
    case CaseAction::Supervise:
    case CaseAction::ReviewConflict:
    case CaseAction::LinkToIssue:
        return std::nullopt;
    }
    Q_UNUSED(facts);
    return std::nullopt;
}

QList<CaseAction> available(Role role, const CaseFacts &facts)
{
    QList<CaseAction> result;
    for (int a = static_cast<int>(CaseAction::ResolveOnTheSpot);
         a <= static_cast<int>(CaseAction::ReviewConflict); ++a) {
        const auto action = static_cast<CaseAction>(a);
        if (roleMay(role, action) && stateAllows(facts, action))
            result.append(action);
    }
    return result;
}

} // namespace tz::casepolicy
