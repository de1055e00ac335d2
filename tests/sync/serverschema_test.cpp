// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The server's store and the program's version: a store a newer server has changed is refused,
// never opened and written to as if it were of this version; one an older server made is brought
// up to date from its events.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "serverstores.h"

#include "core/cases/caseevents.h"
#include "core/cases/caseservice.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/sync/setaside.h"
#include "core/sync/wire.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <stdexcept>

using namespace tz;
using namespace tz::test;

namespace {

// Runs `sql` on the store behind `spec`, on a connection of its own.
void runOn(const QString &spec, const QString &sql)
{
    const QString name = QStringLiteral("schema-test");
    {
        QSqlDatabase db;
        if (spec.startsWith(QLatin1String("sqlite:"))) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(spec.mid(7));
        } else {
            const QUrl url(spec);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        }
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("a server store of a newer schema is refused with a clear message and left as it was", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    INFO("store " << static_cast<int>(store));
    TestServer server(store);
    server.stop();
    runOn(server.store(), QStringLiteral("UPDATE server_meta SET value = '99' WHERE key = 'schema_version'"));

    Result<std::unique_ptr<server::ServerStores>> opened = server::ServerStores::open(server.store());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("newer")));
    CHECK(opened.error().message.contains(QStringLiteral("99")));
    // The program says so and stops; the store still says 99.
    CHECK_THROWS_WITH(server.admin({QStringLiteral("devices")}), Catch::Contains("newer"));
    Result<std::unique_ptr<server::ServerStores>> again = server::ServerStores::open(server.store());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("99")));
}

TEST_CASE("a new SQLite store is readable by the server's user alone", "[sync]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("county.db"));
    {
        Result<std::unique_ptr<server::ServerStores>> store
            = server::ServerStores::open(QStringLiteral("sqlite:") + file);
        REQUIRE(store.ok());
    }
    CHECK(QFileInfo(file).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));
}

TEST_CASE("a second case under a case's number is refused, on a store from before the check too", "[sync]")
{
    const auto store = GENERATE(TestServer::Store::Sqlite, TestServer::Store::Postgres);
    const bool upgraded = GENERATE(false, true);
    INFO("store " << static_cast<int>(store) << (upgraded ? ", upgraded" : ""));
    TestServer server(store);
    Origin origin(server);
    Device township(server, kTownship);
    township.sync();
    const CaseRecord registered = sentByTownship(township, QStringLiteral("村口路灯不亮"), kVillage);
    Device other(server, kVillage);
    other.sync();
    if (upgraded) {
        // What schema 6 left: no case numbers noted; they are read from the stored events.
        server.stop();
        runOn(server.store(), QStringLiteral("DROP TABLE case_numbers"));
        runOn(server.store(),
            QStringLiteral("UPDATE server_meta SET value = '6' WHERE key = 'schema_version'"));
        server.restart();
    }

    // Another laptop registers a new case under that number (as a tampered program would).
    const Event original = township.ws->ledger().events(AggregateType::Case, registered.id).constFirst();
    QJsonObject payload = original.payload;
    payload.insert(QStringLiteral("org"), kVillage);
    REQUIRE(other.ws->ledger()
                .write(other.actor(QStringLiteral("clerk")).userId,
                    [&](LedgerTransaction &t) {
                        t.append(AggregateType::Case, Uuid7::toString(Uuid7::generate()),
                            caseevents::registered, payload);
                    })
                .ok());
    const SyncReport refused = other.sync();
    CHECK(refused.setAside == 1);
    CHECK(refused.pushed == 0);
    const QList<SetAsideEvent> aside = setaside::list(other.ws->ledger().db());
    REQUIRE(aside.size() == 1);
    CHECK(aside.constFirst().reason == wire::RefusedNumberTaken);
    CHECK(aside.constFirst().detail.contains(registered.number));

    // It never spread: every scope above syncs and holds the first case alone; a starting copy
    // is made.
    const SyncReport again = other.sync();
    CHECK(again.setAside == 0);
    township.sync();
    Device county(server, kCounty);
    county.sync();
    for (Device *device : {&township, &county}) {
        const std::optional<CaseRecord> seen = device->find(registered.number);
        REQUIRE(seen.has_value());
        CHECK(seen->id == registered.id);
        CHECK(seen->conflict.isEmpty());
    }
    CHECK_NOTHROW(server.admin({QStringLiteral("snapshot"), QStringLiteral("--unit"), kTownship}));
}
