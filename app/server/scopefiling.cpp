// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Where the store files an aggregate: the scopes a unit is seen in, and the units an event names.
#include "scopefiling.h"

#include "core/cases/caseevents.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tz::server {

QStringList scopesOf(const QString &unitCode)
{
    if (unitCode.size() != 12)
        return {};
    // City: 4 digits; county: 6; township: 9; village: 12. A level whose own digits are zeros is
    // not there (a township's code ends in 000).
    QStringList scopes {unitCode.left(4) + QStringLiteral("00000000")};
    if (unitCode.mid(4, 2) != QLatin1String("00"))
        scopes.append(unitCode.left(6) + QStringLiteral("000000"));
    if (unitCode.mid(6, 3) != QLatin1String("000"))
        scopes.append(unitCode.left(9) + QStringLiteral("000"));
    if (unitCode.mid(9, 3) != QLatin1String("000"))
        scopes.append(unitCode);
    return scopes;
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
