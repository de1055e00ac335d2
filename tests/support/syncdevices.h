// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Device ledgers for sync tests: the administrator's (the org tree, catalog and users, enrolled
// for the city) and laptops enrolled for one unit, filled by sync.
#pragma once

#include "support/templedger.h"

#include "core/sync/syncclient.h"
#include "core/workspace/workspace.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace tz {
struct CaseRecord;
}

namespace tz::test {

class TestServer;

inline const QString kCity = QStringLiteral("451200000000");
inline const QString kCounty = QStringLiteral("451202000000"); // 金城江区
inline const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
inline const QString kVillage = QStringLiteral("451202107001"); // 五圩社区
inline const QString kOtherVillage = QStringLiteral("451202107201"); // 三境村, same township
inline const QString kOtherCounty = QStringLiteral("451203000000"); // 宜州区

// A laptop enrolled for `unit`; it talks to the server through `via` when given (a fault proxy).
struct Device
{
    // `clockOffsetMs` sets this laptop's clock that far from the true time.
    Device(const TestServer &server, const QString &unit, const QUrl &via = {}, qint64 clockOffsetMs = 0);
    SyncReport sync(); // must succeed
    Actor actor(const QString &login); // a user the sync brought
    std::optional<CaseRecord> find(const QString &number);

    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<SyncClient> client;
};

// A case the township's clerk registers at the township and sends to `unit`, synced up.
CaseRecord sentByTownship(Device &township, const QString &title, const QString &unit);

// The administrator's ledger with users clerk, secretary and village-handler (village),
// township (handler) and township-clerk, county (handler), enrolled for the city and synced once.
struct Origin
{
    explicit Origin(const TestServer &server);
    TempLedger t;
    std::unique_ptr<SyncClient> client;
};

} // namespace tz::test
