// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casetypes.h"
#include "core/ledger/event.h"

#include <QString>

#include <optional>

// Event types of the Case aggregate and their payloads. Times ("at") are milliseconds since
// the epoch, dates are YYYY-MM-DD; both are facts recorded by the command, so the fold never
// consults the clock or the calendar.
namespace tz::caseevents {
// {number, title, description, channel, catalog, resident, residentName, phone, org, grid,
//  handling, at, by, enteredAt, backfilled, deadline, attachments: [{ref, name}], rootCause;
//  补录 of a case resolved on paper: resolvedAt, result, level}
inline const QString registered = QStringLiteral("CaseRegistered");
// {org, department, handler, coHandlers: [{org, department, handler}], deadline, at}
inline const QString dispatched = QStringLiteral("CaseDispatched");
inline const QString accepted = QStringLiteral("CaseAccepted"); // {at}
inline const QString started = QStringLiteral("CaseStarted"); // {at}
inline const QString returned = QStringLiteral("CaseReturned"); // {org, reason, at}
inline const QString noted = QStringLiteral("CaseNoted"); // {text, at}
inline const QString materialsRequested = QStringLiteral("CaseMaterialsRequested"); // {what, on, at}
inline const QString materialsReceived = QStringLiteral("CaseMaterialsReceived"); // {on, deadline, at}
inline const QString escalated = QStringLiteral("CaseEscalated"); // {from, to, level, reason, deadline, at}
inline const QString resolved = QStringLiteral("CaseResolved"); // {result, org, level, onTheSpot, at}
inline const QString coAnswered = QStringLiteral("CaseCoHandlerAnswered"); // {org, department, answer, at}
inline const QString followedUp = QStringLiteral("CaseFollowedUp"); // {satisfaction, remark, at}
inline const QString reopened = QStringLiteral("CaseReopened"); // {reason, automatic, at}
inline const QString closed = QStringLiteral("CaseClosed"); // {at}
inline const QString supervised = QStringLiteral("CaseSupervised"); // {on, note, at}
inline const QString attachmentAdded = QStringLiteral("CaseAttachmentAdded"); // {ref, name}
// A supervisor looked at decisions that lost to others (see CaseProjection): they stop being
// flagged. {reviewed: the flags looked at ("type@device/seq;…"), note, at}
inline const QString conflictReviewed = QStringLiteral("CaseConflictReviewed");
// 举一反三: the case is one of several with one cause, fixed by the case numbered `issue`.
inline const QString linkedToIssue = QStringLiteral("CaseLinkedToIssue"); // {issue, at}
// Resolved because its 举一反三 case was: {issue, result, org, level (the member's own unit), at}
inline const QString resolvedWithIssue = QStringLiteral("CaseResolvedWithIssue");

// How a case names a decision that lost to another ("CaseResolved@<device id>/17": the type, the
// device and the device's sequence number; a device id's first characters are its creation
// time, which laptops set up together share).
QString decisionFlag(const QString &type, const QString &device, qint64 deviceSeq);

// The step of the closed loop an event records (nothing for a registration, which is not a step
// on an existing case, and for types it does not know).
std::optional<CaseAction> actionOf(const Event &event);

// What a timeline shows for an event type ("Dispatched"), in the user's language.
QString label(const QString &type);
} // namespace tz::caseevents
