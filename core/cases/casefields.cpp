// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/casefields.h"

#include "core/cases/overdue.h"
#include "core/common/businesstime.h"
#include "core/residents/masking.h"

#include <QCoreApplication>

namespace tz::casefield {

QList<CaseField> all()
{
    return {CaseField::Number, CaseField::Title, CaseField::Resident, CaseField::Unit, CaseField::Handling,
        CaseField::State, CaseField::Channel, CaseField::Registered, CaseField::Deadline,
        CaseField::Supervised};
}

double width(CaseField field)
{
    switch (field) {
    case CaseField::Number:
        return 24;
    case CaseField::Title:
        return 40;
    case CaseField::Unit:
        return 22;
    case CaseField::Registered:
        return 18;
    case CaseField::Deadline:
        return 12;
    case CaseField::Resident:
        return 10;
    case CaseField::Handling:
    case CaseField::State:
    case CaseField::Channel:
    case CaseField::Supervised:
        break;
    }
    return 10;
}

QString label(CaseField field)
{
    switch (field) {
    case CaseField::Number:
        return QCoreApplication::translate("tz::CaseField", "Case number");
    case CaseField::Title:
        return QCoreApplication::translate("tz::CaseField", "Request");
    case CaseField::Resident:
        return QCoreApplication::translate("tz::CaseField", "Resident");
    case CaseField::Unit:
        return QCoreApplication::translate("tz::CaseField", "Unit");
    case CaseField::Handling:
        return QCoreApplication::translate("tz::CaseField", "Class");
    case CaseField::State:
        return QCoreApplication::translate("tz::CaseField", "State");
    case CaseField::Channel:
        return QCoreApplication::translate("tz::CaseField", "Channel");
    case CaseField::Registered:
        return QCoreApplication::translate("tz::CaseField", "Registered");
    case CaseField::Deadline:
        return QCoreApplication::translate("tz::CaseField", "Deadline");
    case CaseField::Supervised:
        return QCoreApplication::translate("tz::CaseField", "Supervised");
    }
    return {};
}

QString key(CaseField field)
{
    static const char *const keys[] = {"number", "title", "resident", "unit", "class", "state", "channel",
        "registered", "deadline", "supervised"};
    return QString::fromLatin1(keys[static_cast<int>(field)]);
}

bool isOverdue(const CaseRow &row, QDate today)
{
    return overdue::isOverdue(row.state, row.paused, row.deadline, today);
}

QString text(
    CaseField field, const CaseRow &row, const std::function<QString(const QString &)> &unitName, QDate today)
{
    switch (field) {
    case CaseField::Number:
        return row.number;
    case CaseField::Title:
        return row.title;
    case CaseField::Resident:
        // A request about a place, or from someone who did not give a name.
        return row.residentName.isEmpty() ? QStringLiteral("—") : masking::name(row.residentName);
    case CaseField::Unit:
        return unitName(row.orgCode);
    case CaseField::Handling:
        return handling::label(row.handling);
    case CaseField::State: {
        QString state = casestate::label(row.state);
        if (isOverdue(row, today))
            state += QCoreApplication::translate("tz::CaseField", " (overdue)");
        if (row.paused)
            state += QCoreApplication::translate("tz::CaseField", " (waiting for materials)");
        return state;
    }
    case CaseField::Channel:
        return channel::label(row.channel);
    case CaseField::Registered:
        return businesstime::displayOf(row.registeredAt);
    case CaseField::Deadline:
        return row.deadline.toString(Qt::ISODate);
    case CaseField::Supervised:
        return row.supervised ? QCoreApplication::translate("tz::CaseField", "Supervised") : QString();
    }
    return {};
}

} // namespace tz::casefield
