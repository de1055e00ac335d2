// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Where the store files an aggregate: the scopes a unit is seen in, and the units a case leaves.
#include "serverstore.h"

#include "storesupport.h"

#include "caseleaving.h"
#include "core/sync/wire.h"

#include <QSqlQuery>

namespace tz::server {
using store::storageError;

QStringList scopesOf(const QString &unitCode)
{
    if (unitCode.size() != 12)
        return {};
    // City: 4 digits; county: 6; township: 9; village: 12. A level whose own digits are zeros is
    // not there (a township's code ends in 000).
    QStringList scopes {unitCode.left(4) + QStringLiteral("00000000")};
    if (unitCode.mid(4, 2) != QLatin1String("00"))
        scopes.append(unitCode.left(6) + QStringLiteral("000000"));
    if (unitCode.mid(6, 3) != QLatin1String("000"))
        scopes.append(unitCode.left(9) + QStringLiteral("000"));
    if (unitCode.mid(9, 3) != QLatin1String("000"))
        scopes.append(unitCode);
    return scopes;
}

bool scopeCovers(const QString &scope, const QString &unitCode)
{
    return scopesOf(unitCode).contains(scope);
}

bool ServerStore::wasInScope(const DeviceAuth &device, int aggregateType, const QString &aggregateId)
{
    QSqlQuery &left
        = run(QStringLiteral("SELECT unit FROM aggregate_left WHERE aggregate_type = ? AND aggregate_id = ?"),
            {aggregateType, aggregateId});
    bool covered = false;
    while (!covered && left.next())
        covered = scopeCovers(device.scope, left.value(0).toString());
    left.finish();
    return covered;
}

QStringList ServerStore::unitsLeaving(const Event &event, qint64 gseq, const QStringList &holders)
{
    QSqlQuery &stored
        = run(QStringLiteral("SELECT body FROM events WHERE aggregate_type = ? AND aggregate_id "
                             "= ? AND gseq < ? ORDER BY gseq"),
            {static_cast<int>(event.aggregateType), event.aggregateId, gseq});
    QList<Event> history;
    while (stored.next()) {
        // Stored events were checked when they came; one that no longer reads is left out.
        if (Result<Event> event = wire::decodeEvent(QCborValue::fromCbor(stored.value(0).toByteArray())))
            history.append(std::move(*event));
    }
    stored.finish();
    QStringList leaving = server::unitsLeaving(history, event);
    leaving.removeIf([&holders](const QString &unit) { return !holders.contains(unit); });
    return leaving;
}

} // namespace tz::server
