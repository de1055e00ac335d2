// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/role.h"
#include "core/cases/casetypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace tz {

// The facts about a case that decide what may happen to it next.
struct CaseFacts
{
    CaseState state = CaseState::Registered;
    Handling handling = Handling::Routed;
    bool paused = false;
    bool conflict = false; // a decision on it lost to another and waits for a supervisor's review
};

// The closed loop as pure rules: which actions each state allows, and which roles may take
// each action. Services and the fold both ask here, so the loop has one definition.
namespace casepolicy {

// Why the state machine refuses `action` now, or nothing when it allows it.
std::optional<QString> refusalForState(const CaseFacts &facts, CaseAction action);
[[nodiscard]] bool roleMay(Role role, CaseAction action);
std::optional<QString> refusalForRole(Role role, CaseAction action);
// What the state becomes; nullopt when the action does not change it.
std::optional<CaseState> nextState(const CaseFacts &facts, CaseAction action);
// Every action that both the state and the role allow (the actions a screen offers).
QList<CaseAction> available(Role role, const CaseFacts &facts);

} // namespace casepolicy

} // namespace tz
