// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

#include <optional>

namespace tz {

// The four levels of the org tree. Stored as numbers: never renumber.
enum class OrgLevel : int { City = 1, County = 2, Township = 3, Village = 4 };

namespace orglevel {
std::optional<OrgLevel> parse(QStringView text); // "city", "county", "township", "village"
QString key(OrgLevel level); // the CSV word
QString label(OrgLevel level); // 市 / 县 / 乡镇 / 村 (translated)
// Digits of the division code that identify a unit of this level: 4, 6, 9, 12.
int prefixLength(OrgLevel level);
} // namespace orglevel

} // namespace tz
