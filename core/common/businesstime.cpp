// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/common/businesstime.h"

#include <QTimeZone>

namespace tz::businesstime {

QTimeZone zone()
{
    return QTimeZone(8 * 3600);
}

QDate dateOf(qint64 unixMs)
{
    return dateTimeOf(unixMs).date();
}

QDateTime dateTimeOf(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, zone());
}

QString displayOf(qint64 unixMs)
{
    return dateTimeOf(unixMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

qint64 parseIso(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    QDateTime parsed;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            parsed = QDateTime(date, QTime(9, 0), zone());
    } else {
        parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            parsed = QDateTime(parsed.date(), parsed.time(), zone());
    }
    if (ok)
        *ok = parsed.isValid();
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

} // namespace tz::businesstime
