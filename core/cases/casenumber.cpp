// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/casenumber.h"

#include <QRegularExpression>

namespace tz {

QString CaseNumber::format(QDate day, const QString &deviceCode, int counter)
{
    return dayPrefix(day, deviceCode) + QStringLiteral("%1").arg(counter, 4, 10, QLatin1Char('0'));
}

QString CaseNumber::dayPrefix(QDate day, const QString &deviceCode)
{
    return day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + deviceCode + QLatin1Char('-');
}

bool CaseNumber::looksLikeNumber(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{8}-[0-9A-Z]{5}-\\d{4,5}$"));
    return shape.match(text).hasMatch();
}

std::optional<int> CaseNumber::counterOf(QStringView number)
{
    if (!looksLikeNumber(number))
        return std::nullopt;
    return number.mid(15).toInt();
}

} // namespace tz
