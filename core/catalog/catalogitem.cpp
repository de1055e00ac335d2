// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/catalog/catalogitem.h"

#include <QCoreApplication>

namespace tz::cataloglist {

std::optional<CatalogList> parse(QStringView text)
{
    const QString word = text.trimmed().toString().toLower();
    if (word == QStringLiteral("即办") || word == QLatin1String("immediate"))
        return CatalogList::Immediate;
    if (word == QStringLiteral("代办") || word == QLatin1String("on-behalf"))
        return CatalogList::OnBehalf;
    if (word == QStringLiteral("咨询") || word == QLatin1String("advice"))
        return CatalogList::Advice;
    return std::nullopt;
}

QString key(CatalogList list)
{
    switch (list) {
    case CatalogList::Immediate:
        return QStringLiteral("即办");
    case CatalogList::OnBehalf:
        return QStringLiteral("代办");
    case CatalogList::Advice:
        return QStringLiteral("咨询");
    }
    return {};
}

QString label(CatalogList list)
{
    switch (list) {
    case CatalogList::Immediate:
        return QCoreApplication::translate("tz::Catalog", "Done at once");
    case CatalogList::OnBehalf:
        return QCoreApplication::translate("tz::Catalog", "Done on the citizen's behalf");
    case CatalogList::Advice:
        return QCoreApplication::translate("tz::Catalog", "Advice");
    }
    return {};
}

} // namespace tz::cataloglist
