// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "caseleaving.h"

#include "core/cases/caseevents.h"

#include <QJsonArray>
#include <QSet>

namespace tz::server {
namespace {

QString unit(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The lead and co-handlers a dispatch names.
QStringList dispatchedTo(const QJsonObject &payload)
{
    QStringList units {unit(payload, "org")};
    for (const QJsonValue &co : payload.value(QLatin1String("coHandlers")).toArray())
        units.append(unit(co.toObject(), "org"));
    return units;
}

} // namespace

QStringList unitsLeaving(const QList<Event> &history, const Event &event)
{
    QStringList holding; // the units of the dispatch or escalation in force
    QSet<QString> kept; // units that did something with it
    for (const Event &e : history) {
        const QJsonObject &p = e.payload;
        if (e.type == caseevents::registered) {
            kept.insert(unit(p, "org"));
        } else if (e.type == caseevents::dispatched) {
            holding = dispatchedTo(p);
        } else if (e.type == caseevents::escalated) {
            // Escalation is a level taking the case on: both ends keep it.
            kept.insert(unit(p, "from"));
            kept.insert(unit(p, "to"));
            holding = {unit(p, "to")};
        } else if (e.type == caseevents::returned) {
            holding.clear();
        } else if (e.type == caseevents::accepted || e.type == caseevents::started) {
            if (!holding.isEmpty())
                kept.insert(holding.constFirst()); // the lead took it up
        } else if (e.type == caseevents::resolved || e.type == caseevents::coAnswered) {
            kept.insert(unit(p, "org"));
        }
    }
    QStringList staying;
    if (event.type == caseevents::returned) {
        staying = {unit(event.payload, "org")}; // the unit it goes back to
    } else if (event.type == caseevents::dispatched) {
        // Its "from" is where the case was: the unit losing it to a re-dispatch.
        staying = dispatchedTo(event.payload);
    } else {
        return {};
    }
    QStringList leaving;
    for (const QString &u : std::as_const(holding)) {
        if (!u.isEmpty() && !staying.contains(u) && !kept.contains(u) && !leaving.contains(u))
            leaving.append(u);
    }
    return leaving;
}

} // namespace tz::server
