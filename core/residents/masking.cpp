// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/residents/masking.h"

namespace tz::masking {

QString idNumber(QStringView id)
{
    if (id.isEmpty())
        return {};
    if (id.size() < 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4).toString() + QString(id.size() - 8, QLatin1Char('*')) + id.right(4).toString();
}

QString phone(QStringView phone)
{
    if (phone.isEmpty())
        return {};
    const qsizetype dash = phone.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        const QStringView rest = phone.mid(dash + 1);
        if (rest.size() <= 4)
            return phone.left(dash + 1).toString() + QString(rest.size(), QLatin1Char('*'));
        return phone.left(dash + 1).toString() + QString(rest.size() - 4, QLatin1Char('*'))
            + rest.right(4).toString();
    }
    if (phone.size() < 8)
        return QString(phone.size(), QLatin1Char('*'));
    return phone.left(3).toString() + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4).toString();
}

QString name(QStringView name)
{
    if (name.isEmpty())
        return {};
    if (name.size() == 1)
        return QStringLiteral("*");
    if (name.size() == 2)
        return name.left(1).toString() + QLatin1Char('*');
    return name.left(1).toString() + QString(name.size() - 2, QLatin1Char('*')) + name.right(1).toString();
}

} // namespace tz::masking
