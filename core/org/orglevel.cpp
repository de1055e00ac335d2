// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/org/orglevel.h"

#include <QCoreApplication>

namespace tz::orglevel {

std::optional<OrgLevel> parse(QStringView text)
{
    const QString word = text.trimmed().toString().toLower();
    if (word == QLatin1String("city"))
        return OrgLevel::City;
    if (word == QLatin1String("county"))
        return OrgLevel::County;
    if (word == QLatin1String("township"))
        return OrgLevel::Township;
    if (word == QLatin1String("village"))
        return OrgLevel::Village;
    return std::nullopt;
}

QString key(OrgLevel level)
{
    switch (level) {
    case OrgLevel::City:
        return QStringLiteral("city");
    case OrgLevel::County:
        return QStringLiteral("county");
    case OrgLevel::Township:
        return QStringLiteral("township");
    case OrgLevel::Village:
        return QStringLiteral("village");
    }
    return {};
}

QString label(OrgLevel level)
{
    switch (level) {
    case OrgLevel::City:
        return QCoreApplication::translate("tz::OrgLevel", "City");
    case OrgLevel::County:
        return QCoreApplication::translate("tz::OrgLevel", "County");
    case OrgLevel::Township:
        return QCoreApplication::translate("tz::OrgLevel", "Township");
    case OrgLevel::Village:
        return QCoreApplication::translate("tz::OrgLevel", "Village");
    }
    return {};
}

int prefixLength(OrgLevel level)
{
    switch (level) {
    case OrgLevel::City:
        return 4;
    case OrgLevel::County:
        return 6;
    case OrgLevel::Township:
        return 9;
    case OrgLevel::Village:
        return 12;
    }
    return 12;
}

} // namespace tz::orglevel
