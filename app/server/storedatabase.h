// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace tz::server {

// The one connection every store of the server shares (see ServerStores), over Qt Sql, so the same
// code runs on SQLite (one file, no setup) and on PostgreSQL (several server instances sharing one
// database). Statements are prepared once and kept; a transaction begun here holds every store's
// statements until it ends, so a request that touches several of them is still one transaction.
class StoreDatabase
{
public:
    // `spec` is "sqlite:PATH" or "postgresql://user[:password]@host[:port]/dbname". Opens the
    // connection only: StoreSchema brings the tables up to date.
    static Result<std::unique_ptr<StoreDatabase>> open(const QString &spec);
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    // "sqlite" or "postgresql".
    [[nodiscard]] QString kind() const { return m_kind; }
    [[nodiscard]] bool isPostgres() const { return m_kind == QLatin1String("postgresql"); }

    // Runs `sql` (prepared once and kept) with `values`; a refusal throws ErrorException.
    QSqlQuery &run(const QString &sql, const QVariantList &values = {});
    // A statement without parameters that PostgreSQL cannot prepare (CREATE, LOCK); a refusal
    // throws ErrorException.
    void runDirect(const QString &sql);
    // Ends every kept statement's reading: an active statement keeps SQLite's read snapshot open.
    void finishStatements();

    void transaction();
    // Throws ErrorException when the database refuses.
    void commit();
    void rollback();

private:
    StoreDatabase(QString connection, QString kind);
    QSqlDatabase db() const;

    QString m_connection;
    QString m_kind;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace tz::server
