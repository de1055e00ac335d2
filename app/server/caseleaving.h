// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/event.h"

#include <QList>
#include <QStringList>

namespace tz::server {

// Which org units a case leaves when it is returned (退回: "not ours") or sent elsewhere before
// anyone took it (改派). A unit that a case was dispatched to, as handler or co-handler, and that
// never took it up was not the right one: its devices should no longer hold the case. The unit it
// was registered at, a unit that escalated it or received it by escalation, accepted it,
// resolved it or answered as a co-handler, and the units it is sent to keep it.
//
// `history` is the case's events as the server stored them (arrival order); `event` the
// CaseReturned or CaseDispatched now arriving (any other event: nobody leaves). Pure: the
// server's push and the tests call it alike.
QStringList unitsLeaving(const QList<Event> &history, const Event &event);

} // namespace tz::server
