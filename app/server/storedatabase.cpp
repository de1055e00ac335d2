// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "storedatabase.h"

#include "storesupport.h"

#include "core/ledger/descriptorlocks.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace tz::server {
using store::storageError;
using store::tr;

StoreDatabase::StoreDatabase(QString connection, QString kind)
    : m_connection(std::move(connection))
    , m_kind(std::move(kind))
{
}

StoreDatabase::~StoreDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase StoreDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<StoreDatabase>> StoreDatabase::open(const QString &spec)
{
    const QString connection = QStringLiteral("tz-store-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<StoreDatabase> store;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        useDescriptorLocks(); // Qt's SQLite driver shares the process's SQLite library
        // Every user's verifier and every event: the store is the server's user's alone (its
        // -wal and -shm take the file's mode).
        if (const QString file = spec.mid(7); file != QLatin1String(":memory:") && !QFileInfo::exists(file)) {
            QFile made(file);
            if (made.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                made.close();
        }
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(spec.mid(7));
        store.reset(new StoreDatabase(connection, QStringLiteral("sqlite")));
        if (!database.open())
            return storageError(database.lastError());
        QSqlQuery pragmas(database);
        pragmas.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragmas.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        pragmas.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    } else if (spec.startsWith(QLatin1String("postgresql://"))) {
        // postgresql://user[:password]@host[:port]/database
        const QUrl url(spec);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        database.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        database.setPort(url.port(5432));
        database.setUserName(url.userName());
        database.setPassword(url.password());
        database.setDatabaseName(url.path().mid(1));
        store.reset(new StoreDatabase(connection, QStringLiteral("postgresql")));
        if (!database.open())
            return storageError(database.lastError());
    } else {
        return Error::invalid(tr("--db takes sqlite:PATH or postgresql://…, not \"%1\".").arg(spec));
    }
    return store;
}

QSqlQuery &StoreDatabase::run(const QString &sql, const QVariantList &values)
{
    // Prepared once per connection and reused: on PostgreSQL a prepare is a round trip.
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw ErrorException(storageError(query.lastError()));
        found = m_statements.emplace(sql, std::move(query));
    }
    QSqlQuery &query = found.value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw ErrorException(storageError(query.lastError()));
    return query;
}

void StoreDatabase::runDirect(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        throw ErrorException(storageError(query.lastError()));
}

void StoreDatabase::finishStatements()
{
    // An active statement keeps SQLite's read snapshot open: later reads would not see what
    // another connection (taizhang-server admin) wrote since.
    for (QSqlQuery &query : m_statements)
        query.finish();
}

void StoreDatabase::transaction()
{
    db().transaction();
}

void StoreDatabase::commit()
{
    QSqlDatabase database = db();
    if (!database.commit())
        throw ErrorException(storageError(database.lastError()));
}

void StoreDatabase::rollback()
{
    db().rollback();
}

} // namespace tz::server
