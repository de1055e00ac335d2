// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caseevents.h"

#include <QCoreApplication>
#include <QHash>

namespace tz::caseevents {

QString label(const QString &type)
{
    static const QHash<QString, const char *> labels {
        {registered, QT_TRANSLATE_NOOP("tz::CaseEvent", "Registered")},
        {dispatched, QT_TRANSLATE_NOOP("tz::CaseEvent", "Dispatched")},
        {accepted, QT_TRANSLATE_NOOP("tz::CaseEvent", "Accepted")},
        {started, QT_TRANSLATE_NOOP("tz::CaseEvent", "Work started")},
        {returned, QT_TRANSLATE_NOOP("tz::CaseEvent", "Returned")},
        {noted, QT_TRANSLATE_NOOP("tz::CaseEvent", "Note")},
        {materialsRequested, QT_TRANSLATE_NOOP("tz::CaseEvent", "Materials requested (clock paused)")},
        {materialsReceived, QT_TRANSLATE_NOOP("tz::CaseEvent", "Materials received (clock resumed)")},
        {escalated, QT_TRANSLATE_NOOP("tz::CaseEvent", "Escalated")},
        {resolved, QT_TRANSLATE_NOOP("tz::CaseEvent", "Resolved")},
        {coAnswered, QT_TRANSLATE_NOOP("tz::CaseEvent", "Co-handler answered")},
        {followedUp, QT_TRANSLATE_NOOP("tz::CaseEvent", "Followed up")},
        {reopened, QT_TRANSLATE_NOOP("tz::CaseEvent", "Reopened")},
        {closed, QT_TRANSLATE_NOOP("tz::CaseEvent", "Closed")},
        {supervised, QT_TRANSLATE_NOOP("tz::CaseEvent", "Supervision changed")},
        {conflictReviewed, QT_TRANSLATE_NOOP("tz::CaseEvent", "Conflicting decisions reviewed")},
        {attachmentAdded, QT_TRANSLATE_NOOP("tz::CaseEvent", "Attachment added")},
        {linkedToIssue, QT_TRANSLATE_NOOP("tz::CaseEvent", "Linked to a recurring issue (举一反三)")},
        {resolvedWithIssue,
            QT_TRANSLATE_NOOP("tz::CaseEvent", "Resolved with its recurring issue (举一反三)")},
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : QCoreApplication::translate("tz::CaseEvent", it.value());
}

QString decisionFlag(const QString &type, const QString &device, qint64 deviceSeq)
{
    return type + QLatin1Char('@') + device + QLatin1Char('/') + QString::number(deviceSeq);
}

std::optional<CaseAction> actionOf(const Event &event)
{
    const QString &t = event.type;
    if (t == dispatched)
        return CaseAction::Dispatch;
    if (t == accepted)
        return CaseAction::Accept;
    if (t == returned)
        return CaseAction::Return;
    if (t == noted || t == attachmentAdded)
        return CaseAction::Note;
    if (t == materialsRequested)
        return CaseAction::RequestMaterials;
    if (t == materialsReceived)
        return CaseAction::ReceiveMaterials;
    if (t == escalated)
        return CaseAction::Escalate;
    if (t == resolved)
        return event.payload.value(QLatin1String("onTheSpot")).toBool() ? CaseAction::ResolveOnTheSpot
                                                                        : CaseAction::Resolve;
    if (t == coAnswered)
        return CaseAction::AnswerAsCoHandler;
    if (t == followedUp)
        return CaseAction::FollowUp;
    if (t == reopened)
        return CaseAction::Reopen;
    if (t == closed)
        return CaseAction::Close;
    if (t == supervised)
        return CaseAction::Supervise;
    if (t == conflictReviewed)
        return CaseAction::ReviewConflict;
    if (t == linkedToIssue)
        return CaseAction::LinkToIssue;
    if (t == resolvedWithIssue)
        return CaseAction::ResolveWithIssue;
    return std::nullopt;
}

} // namespace tz::caseevents
