// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/event.h"

#include <QString>
#include <QStringList>

// Where EventStore files an aggregate, as pure rules of the events and the division codes: the
// scopes a unit is seen in, and the units an event gives its record.
namespace tz::server {

// The scopes that see a unit's data: the unit and each of its ancestors, from the code's digits.
QStringList scopesOf(const QString &unitCode);
// True when `unitCode` lies in the subtree of the device scope `scope` ("*" holds everything).
bool scopeCovers(const QString &scope, const QString &unitCode);

// Aggregates every device receives and only the top unit's devices may change.
bool isShared(AggregateType type);
// The org units an event names: where a case is registered, dispatched, escalated, returned.
QStringList unitsNamed(const Event &event);
// Where an aggregate's first event puts it: the unit a case is registered at, a grid's village.
// Only this gives a new aggregate its place; the other units a first event may name (a dispatch's
// "from", co-handlers) are routing and give the writer no right to put it anywhere else.
QStringList homeNamed(const Event &event);
// The units a later event of a record sends it to: a case's dispatch (lead and co-handlers), its
// escalation, its return. No other event gives a record a new place, whatever units it names (a
// note or a password change naming another village would otherwise spread the record, and a
// user's verifier, there).
QStringList routedTo(const Event &event);

} // namespace tz::server
