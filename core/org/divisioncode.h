// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/org/orglevel.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tz {

// A 12-digit statistical division code (统计用区划代码).
class DivisionCode
{
public:
    static Result<DivisionCode> parse(QStringView text);
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    explicit DivisionCode(QString text)
        : m_text(std::move(text))
    {
    }
    QString m_text;
};

// A unit's subtree: the one rule for "is this unit under that one", used by permissions (Actor),
// lists and measures (as code ranges in SQL), residents, deadline rules and the server's scopes.
// A unit's subtree is every 12-digit code that shares the digits its level identifies: 4 for a
// city, 6 for a county, 9 for a township, all 12 for a village (451221000000 南丹县 holds
// 451221100000 and 451221100201; a village holds only itself). Where the level is not known, it is
// read from the code's trailing zeros. A code that is not 12 digits holds only itself.
namespace subtree {

// The level a code's trailing zeros give: 451200000000 a city, 451221000000 a county,
// 451221100000 a township, anything else of 12 digits a village; nothing for other text.
std::optional<OrgLevel> levelOf(QStringView code);

// The digits every code in the subtree starts with.
QString prefix(QStringView unitCode, OrgLevel level);
QString prefix(QStringView unitCode);

// Is `code` the unit or under it?
bool contains(QStringView unitCode, OrgLevel level, QStringView code);
bool contains(QStringView unitCode, QStringView code);

// The subtree as a range of codes, for `column BETWEEN low AND high` over 12-digit codes (a
// village's range is itself).
struct Range
{
    QString low;
    QString high;
};
Range range(QStringView unitCode, OrgLevel level);
Range range(QStringView unitCode);

// The units whose subtree holds `code`, from the city down to the unit itself, skipping a level
// the code has no digits of (451221000201 has no township). Empty for a code that is not 12
// digits.
QStringList unitsAbove(QStringView code);

} // namespace subtree

} // namespace tz
