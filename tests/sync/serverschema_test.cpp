// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The server's store and the program's version: a store a newer server has changed is refused,
// never opened and written to as if it were of this version.
#include "support/catchqt.h"
#include "support/testserver.h"

#include "serverstores.h"

#include <QFileInfo>
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
