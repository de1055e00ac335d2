// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "cases/caseevents.h"

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
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : QCoreApplication::translate("tz::CaseEvent", it.value());
}

QString decisionFlag(const QString &type, const QString &device, qint64 deviceSeq)
{
    return type + QLatin1Char('@') + device + QLatin1Char('/') + QString::number(deviceSeq);
}

} // namespace tz::caseevents
