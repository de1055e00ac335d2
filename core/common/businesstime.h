// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tz::businesstime {

// China Standard Time (UTC+8, no daylight saving): the day a case was registered on, and the
// day a deadline ends, are China's days whatever the laptop's time zone is.
QTimeZone zone();
QDate dateOf(qint64 unixMs);
QDateTime dateTimeOf(qint64 unixMs);
// "2026-01-09 14:05"
QString displayOf(qint64 unixMs);
// Parses ISO 8601 ("2026-01-09", "2026-01-09T14:05", with or without zone; no zone = China time).
qint64 parseIso(const QString &text, bool *ok);

} // namespace tz::businesstime
