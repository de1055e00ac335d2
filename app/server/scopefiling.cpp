// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Where the store files an aggregate: the scopes a unit is seen in, and the units an event names.
#include "scopefiling.h"

#include "core/cases/caseevents.h"
#include "core/org/divisioncode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tz::server {

QStringList scopesOf(const QString &unitCode)
{
    // The city, county, township and village the unit is or sits in (core's subtree rule).
    return subtree::unitsAbove(unitCode);
}

bool scopeCovers(const QString &scope, const QString &unitCode)
{
    return scopesOf(unitCode).contains(scope);
}

bool isShared(AggregateType type)
{
    return type == AggregateType::OrgUnit || type == AggregateType::CatalogItem
        || type == AggregateType::CalendarDay || type == AggregateType::Setting;
}

QStringList unitsNamed(const Event &event)
{
    QStringList units;
    const auto add = [&units](const QJsonValue &value) {
        const QString code = value.toString();
        if (code.size() == 12 && !units.contains(code))
            units.append(code);
    };
    const QJsonObject &p = event.payload;
    switch (event.aggregateType) {
    case AggregateType::Case:
        add(p.value(QLatin1String("org")));
        add(p.value(QLatin1String("to")));
        add(p.value(QLatin1String("from")));
        for (const QJsonValue &co : p.value(QLatin1String("coHandlers")).toArray())
            add(co.toObject().value(QLatin1String("org")));
        break;
    case AggregateType::Grid:
        add(p.value(QLatin1String("village")));
        break;
    default:
        add(p.value(QLatin1String("org")));
        break;
    }
    return units;
}

QStringList homeNamed(const Event &event)
{
    const QString code = event.payload
                             .value(event.aggregateType == AggregateType::Grid ? QLatin1String("village")
                                                                               : QLatin1String("org"))
                             .toString();
    return code.size() == 12 ? QStringList {code} : QStringList {};
}

QStringList routedTo(const Event &event)
{
    if (event.aggregateType != AggregateType::Case)
        return {};
    if (event.type == caseevents::dispatched || event.type == caseevents::escalated
        || event.type == caseevents::returned)
        return unitsNamed(event);
    return {};
}

} // namespace tz::server
