// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/casepredicates.h"

#include <QList>
#include <QPair>

namespace tz::casepredicates {
namespace {

QList<QPair<QString, QString>> makeList()
{
    QList<QPair<QString, QString>> list {
        {QStringLiteral("all"), QStringLiteral("1")},
        {QStringLiteral("resolvedNow"), QStringLiteral("c.state IN (5, 6, 7)")},
        {QStringLiteral("acceptedWithin24h"),
            QStringLiteral("c.accepted_at IS NOT NULL AND c.accepted_at - c.dispatched_at <= 86400000")},
        // Deadlines are China's calendar days (UTC+8).
        {QStringLiteral("resolvedByDeadline"),
            QStringLiteral("date(c.resolved_at / 1000 + 28800, 'unixepoch') <= c.deadline")},
        {QStringLiteral("satisfied"), QStringLiteral("c.satisfaction IN (1, 2)")},
        {QStringLiteral("townshipOrBelow"), QStringLiteral("c.resolved_level >= 3")},
        {QStringLiteral("village"), QStringLiteral("c.resolved_level = 4")},
        {QStringLiteral("withGrid"), QStringLiteral("c.grid_id IS NOT NULL")},
        {QStringLiteral("inGrid"),
            QStringLiteral("c.grid_id IS NOT NULL AND c.escalations = 0 AND c.resolved_level = 4 AND "
                           "c.resolved_org = c.origin_org")},
        {QStringLiteral("reopened"), QStringLiteral("c.reopen_count > 0")},
    };
    for (int i = 1; i <= 4; ++i)
        list.append({QStringLiteral("handling%1").arg(i), QStringLiteral("c.handling = %1").arg(i)});
    for (int i = 1; i <= 8; ++i)
        list.append({QStringLiteral("channel%1").arg(i), QStringLiteral("c.channel = %1").arg(i)});
    for (int i = 1; i <= 3; ++i)
        list.append({QStringLiteral("satisfaction%1").arg(i), QStringLiteral("c.satisfaction = %1").arg(i)});
    return list;
}

const QList<QPair<QString, QString>> &all()
{
    static const QList<QPair<QString, QString>> list = makeList();
    return list;
}

} // namespace

std::optional<QString> sql(const QString &name)
{
    for (const auto &[key, condition] : all()) {
        if (key == name)
            return condition;
    }
    return std::nullopt;
}

QStringList names()
{
    QStringList list;
    for (const auto &entry : all())
        list.append(entry.first);
    return list;
}

bool isCohortDate(const QString &column)
{
    return column == QLatin1String("registered_at") || column == QLatin1String("dispatched_at")
        || column == QLatin1String("resolved_at") || column == QLatin1String("followed_up_at");
}

} // namespace tz::casepredicates
