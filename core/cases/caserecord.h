// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casetypes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tz {

struct CaseHandler
{
    QString orgCode;
    QString departmentId;
    QString handlerId;
    bool lead = false;
    QString answer;
    qint64 answeredAt = 0;
};

struct CaseAttachment
{
    QString ref; // a file reference: a path or a content hash
    QString name; // what people call it ("房屋照片.jpg")
};

// A case as the projections hold it now.
struct CaseRecord
{
    QString id;
    QString number;
    QString title;
    QString description;
    Channel channel = Channel::Counter;
    QString catalogId;
    QString residentId;
    QString residentName;
    QString phone;
    QString originOrg;
    QString orgCode;
    QString gridId;
    Handling handling = Handling::Routed;
    CaseState state = CaseState::Registered;
    qint64 registeredAt = 0;
    QString registeredBy;
    qint64 enteredAt = 0;
    QString enteredBy;
    bool backfilled = false;
    QDate deadline;
    QString targetDepartment;
    QString targetHandler;
    qint64 dispatchedAt = 0;
    qint64 acceptedAt = 0;
    qint64 resolvedAt = 0;
    QString resolvedOrg;
    int resolvedLevel = 0;
    QString resolution;
    std::optional<Satisfaction> satisfaction;
    qint64 followedUpAt = 0;
    qint64 closedAt = 0;
    QDate pausedSince;
    bool supervised = false;
    int escalations = 0;
    int reopenCount = 0;
    int returned = 0;
    QString conflict;
    QString rootCause; // a 举一反三 case: the cause it fixes for its members
    QString issueNumber; // a member of a recurring issue: its 举一反三 case
    int version = 0;
    QList<CaseHandler> handlers;
    QList<CaseAttachment> attachments;

    [[nodiscard]] bool isPaused() const { return pausedSince.isValid(); }
    // Open past its deadline and not paused (the rule is overdue::isOverdue).
    [[nodiscard]] bool isOverdue(QDate today) const;
    // Resolved on a day after its deadline.
    [[nodiscard]] bool wasResolvedLate() const;
};

} // namespace tz
