// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casetypes.h"

#include <QString>

#include <optional>

namespace tz {

// The three published lists (清单).
enum class CatalogList : int { Immediate = 1, OnBehalf = 2, Advice = 3 }; // 即办 / 代办 / 咨询

namespace cataloglist {
std::optional<CatalogList> parse(QStringView text); // 即办, 代办, 咨询 (or immediate, on-behalf, advice)
QString key(CatalogList list); // the Chinese word used in the CSV
QString label(CatalogList list);
} // namespace cataloglist

// A service people ask for; picking it at intake fills in the handling class, the department
// and the deadline.
struct CatalogItem
{
    QString id;
    QString name;
    CatalogList list = CatalogList::OnBehalf;
    Handling handling = Handling::Routed;
    QString department;
    int deadlineDays = 5;
    QString pinyin;
    QString initials;
    bool active = true;
};

} // namespace tz
