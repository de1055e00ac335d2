// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Which units a case leaves when it is returned or sent elsewhere (the server's rule).
#include "support/catchqt.h"

#include "caseleaving.h"
#include "core/cases/caseevents.h"

#include <QJsonArray>

using namespace tz;
using tz::server::unitsLeaving;

namespace {

const QString kTownship = QStringLiteral("451202107000");
const QString kVillageA = QStringLiteral("451202107001");
const QString kVillageB = QStringLiteral("451202107201");
const QString kVillageC = QStringLiteral("451202107202");

Event caseEvent(const QString &type, const QJsonObject &payload)
{
    Event event;
    event.aggregateType = AggregateType::Case;
    event.aggregateId = QStringLiteral("c1");
    event.type = type;
    event.payload = payload;
    return event;
}

Event registeredAt(const QString &unit)
{
    return caseEvent(caseevents::registered, {{QStringLiteral("org"), unit}});
}

Event dispatchedTo(const QString &unit, const QString &from, const QStringList &co = {})
{
    QJsonArray coHandlers;
    for (const QString &c : co)
        coHandlers.append(QJsonObject {{QStringLiteral("org"), c}});
    return caseEvent(caseevents::dispatched,
        {{QStringLiteral("org"), unit}, {QStringLiteral("from"), from},
            {QStringLiteral("coHandlers"), coHandlers}});
}

Event returnedTo(const QString &unit)
{
    return caseEvent(caseevents::returned, {{QStringLiteral("org"), unit}});
}

} // namespace

TEST_CASE("a returned case leaves its lead and co-handlers but not where it was registered", "[sync]")
{
    const QList<Event> history {registeredAt(kTownship), dispatchedTo(kVillageA, kTownship, {kVillageB})};
    QStringList leaving = unitsLeaving(history, returnedTo(kTownship));
    leaving.sort();
    CHECK(leaving == QStringList {kVillageA, kVillageB});

    // A village returning a case it registered itself keeps it.
    const QList<Event> own {registeredAt(kVillageA), dispatchedTo(kVillageA, kVillageA)};
    CHECK(unitsLeaving(own, returnedTo(kVillageA)).isEmpty());
}

TEST_CASE(
    "a case sent on before anyone took it up leaves the unit it was at, once taken up it stays", "[sync]")
{
    const QList<Event> sent {registeredAt(kTownship), dispatchedTo(kVillageA, kTownship)};
    CHECK(unitsLeaving(sent, dispatchedTo(kVillageB, kVillageA)) == QStringList {kVillageA});
    CHECK(unitsLeaving(sent, dispatchedTo(kVillageA, kVillageA, {kVillageC})).isEmpty());

    QList<Event> taken = sent;
    taken.append(caseEvent(caseevents::accepted, {}));
    CHECK(unitsLeaving(taken, dispatchedTo(kVillageB, kVillageA)).isEmpty());

    // Both ends of an escalation keep it whatever happens after.
    const QList<Event> escalated {registeredAt(kVillageC),
        caseEvent(
            caseevents::escalated, {{QStringLiteral("from"), kVillageC}, {QStringLiteral("to"), kTownship}})};
    CHECK(unitsLeaving(escalated, dispatchedTo(kVillageA, kTownship)).isEmpty());
    // Other events never take a case away.
    CHECK(unitsLeaving(sent, caseEvent(caseevents::noted, {})).isEmpty());
}
