// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/org/divisioncode.h"

#include <QCoreApplication>

namespace tz {

namespace {

bool isCode(QStringView text)
{
    if (text.size() != 12)
        return false;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool zerosFrom(QStringView code, int n)
{
    for (const QChar c : code.mid(n))
        if (c != QLatin1Char('0'))
            return false;
    return true;
}

constexpr OrgLevel kLevels[] = {OrgLevel::City, OrgLevel::County, OrgLevel::Township, OrgLevel::Village};

} // namespace

Result<DivisionCode> DivisionCode::parse(QStringView text)
{
    const QString code = text.trimmed().toString();
    if (!isCode(code))
        return Error::invalid(
            QCoreApplication::translate("tz::Org", "\"%1\" is not a 12-digit division code.").arg(code),
            QStringLiteral("code"));
    return DivisionCode(code);
}

namespace subtree {

std::optional<OrgLevel> levelOf(QStringView code)
{
    if (!isCode(code))
        return std::nullopt;
    for (const OrgLevel level : kLevels)
        if (zerosFrom(code, orglevel::prefixLength(level)))
            return level;
    return OrgLevel::Village;
}

QString prefix(QStringView unitCode, OrgLevel level)
{
    if (unitCode.size() != 12)
        return unitCode.toString();
    return unitCode.left(orglevel::prefixLength(level)).toString();
}

QString prefix(QStringView unitCode)
{
    const std::optional<OrgLevel> level = levelOf(unitCode);
    return level ? prefix(unitCode, *level) : unitCode.toString();
}

bool contains(QStringView unitCode, OrgLevel level, QStringView code)
{
    if (unitCode.size() != 12)
        return code == unitCode;
    const int n = orglevel::prefixLength(level);
    return isCode(code) && code.left(n) == unitCode.left(n);
}

bool contains(QStringView unitCode, QStringView code)
{
    const std::optional<OrgLevel> level = levelOf(unitCode);
    return level ? contains(unitCode, *level, code) : code == unitCode;
}

namespace {

Range rangeOf(const QString &digits)
{
    if (digits.size() >= 12)
        return {digits, digits};
    return {digits.leftJustified(12, QLatin1Char('0')), digits.leftJustified(12, QLatin1Char('9'))};
}

} // namespace

Range range(QStringView unitCode, OrgLevel level)
{
    return rangeOf(prefix(unitCode, level));
}

Range range(QStringView unitCode)
{
    return rangeOf(prefix(unitCode));
}

QStringList unitsAbove(QStringView code)
{
    if (!isCode(code))
        return {};
    QStringList units;
    int from = 0;
    for (const OrgLevel level : kLevels) {
        const int n = orglevel::prefixLength(level);
        // A level whose own digits are zeros is not there (a township's code ends in 000), but the
        // city always is.
        if (level == OrgLevel::City || !zerosFrom(code.mid(from, n - from), 0))
            units.append(code.left(n).toString() + QString(12 - n, QLatin1Char('0')));
        from = n;
    }
    return units;
}

} // namespace subtree

} // namespace tz
