// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/org/divisioncode.h"

#include <QCoreApplication>

namespace tz {

Result<DivisionCode> DivisionCode::parse(QStringView text)
{
    const QString code = text.trimmed().toString();
    bool digits = code.size() == 12;
    for (const QChar c : code)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits)
        return Error::invalid(
            QCoreApplication::translate("tz::Org", "\"%1\" is not a 12-digit division code.").arg(code),
            QStringLiteral("code"));
    return DivisionCode(code);
}

QString DivisionCode::subtreeLow(OrgLevel level) const
{
    const int n = orglevel::prefixLength(level);
    return m_text.left(n) + QString(12 - n, QLatin1Char('0'));
}

QString DivisionCode::subtreeHigh(OrgLevel level) const
{
    const int n = orglevel::prefixLength(level);
    return m_text.left(n) + QString(12 - n, QLatin1Char('9'));
}

bool DivisionCode::contains(OrgLevel level, QStringView otherCode) const
{
    const int n = orglevel::prefixLength(level);
    return otherCode.size() == 12 && otherCode.left(n) == QStringView(m_text).left(n);
}

} // namespace tz
