// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/hashchains.h"

#include "core/ledger/eventcolumns.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"

#include <QCoreApplication>

namespace tz::hashchains {

Walked check(SqlDatabase &db, NameDictionary &names, const QString &ownDevice,
    const std::function<void(const QString &)> &problem)
{
    Walked walked;
    SqlStatement chain = db.prepare(
        "SELECT " TZ_EVENT_COLUMNS_STORED_PREV " FROM " TZ_EVENT_FROM " ORDER BY e.device, e.device_seq");
    QString device;
    qint64 previousSeq = 0;
    QByteArray previousHash;
    while (chain.next()) {
        Event event = storedform::readEvent(chain, names);
        ++walked.events;
        // Stored without it: the predecessor's hash, when the predecessor is here (the row before).
        if (chain.isNull(kPrevHashColumn))
            event.prevHash
                = event.device == device && event.deviceSeq == previousSeq + 1 ? previousHash : QByteArray();
        if (event.device != device) {
            device = event.device;
            ++walked.devices;
            previousSeq = 0;
            previousHash.clear();
            if (device == ownDevice && event.deviceSeq != 1)
                problem(QCoreApplication::translate(
                    "tz::Ledger", "this device's events start at number %1, not 1")
                            .arg(event.deviceSeq));
        } else if (device == ownDevice && event.deviceSeq != previousSeq + 1) {
            problem(
                QCoreApplication::translate("tz::Ledger", "this device's events jump from number %1 to %2")
                    .arg(previousSeq)
                    .arg(event.deviceSeq));
        }
        if (event.computeHash() != event.hash)
            problem(QCoreApplication::translate("tz::Ledger", "event %1/%2 does not match its hash")
                        .arg(event.device)
                        .arg(event.deviceSeq));
        if (event.deviceSeq == previousSeq + 1 && previousSeq > 0 && event.prevHash != previousHash)
            problem(
                QCoreApplication::translate("tz::Ledger", "event %1/%2 is not chained to the one before it")
                    .arg(event.device)
                    .arg(event.deviceSeq));
        previousSeq = event.deviceSeq;
        previousHash = event.hash;
    }
    return walked;
}

} // namespace tz::hashchains
