// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/org/orglevel.h"

#include <QString>

namespace tz {

// A 12-digit statistical division code (统计用区划代码). A unit's subtree is every code that
// shares the prefix its level identifies (4 digits for a city ... 12 for a village).
class DivisionCode
{
public:
    static Result<DivisionCode> parse(QStringView text);
    [[nodiscard]] const QString &text() const { return m_text; }
    // The first and last codes of the subtree of a unit of this level, for range queries.
    [[nodiscard]] QString subtreeLow(OrgLevel level) const;
    [[nodiscard]] QString subtreeHigh(OrgLevel level) const;
    [[nodiscard]] bool contains(OrgLevel level, QStringView otherCode) const;

private:
    explicit DivisionCode(QString text)
        : m_text(std::move(text))
    {
    }
    QString m_text;
};

} // namespace tz
