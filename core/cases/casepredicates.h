// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tz::casepredicates {

// Named conditions over a case (the measures' vocabulary: "resolvedNow", "acceptedWithin24h",
// "handling2" …), each a fixed SQL condition over the cases table aliased c. Measure
// definitions and 统计's drill-down name them; the SQL stays here, so nothing read from a data
// file or a screen reaches a statement. Migration 0011's trigger counts the same conditions.
std::optional<QString> sql(const QString &name);
QStringList names();

// The dates a measure's cohort can be taken by: registered_at, dispatched_at, resolved_at,
// followed_up_at.
bool isCohortDate(const QString &column);

} // namespace tz::casepredicates
