// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/sqldatabase.h"

#include "core/common/error.h"
#include "core/ledger/descriptorlocks.h"
#include "core/ledger/sqlerror.h"

#include <QCoreApplication>

#include <cstring>

#include <sqlite3.h>

namespace tz {

Error SqlDatabase::refusedWrite()
{
    return {ErrorKind::Storage,
        QCoreApplication::translate("tz::Ledger",
            "A change to the ledger was attempted outside its transactions and refused; nothing was "
            "changed."),
        {}};
}

SqlDatabase::SqlDatabase(const QString &path, Mode mode)
    : m_path(path)
{
    open(mode);
}

void SqlDatabase::open(Mode mode)
{
    useDescriptorLocks();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqlError(m_db, rc, {});
        sqlite3_close(m_db);
        m_db = nullptr;
        throw ErrorException(error);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

SqlDatabase::~SqlDatabase()
{
    m_named.clear();
    sqlite3_close(m_db);
}

void SqlDatabase::reopen(const std::function<void()> &whileClosed)
{
    m_named.clear();
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK) // a statement prepared outside the cache is still alive
        throw ErrorException(sqlError(m_db, rc, {}));
    m_db = nullptr;
    std::exception_ptr failed;
    try {
        if (whileClosed)
            whileClosed();
    } catch (...) {
        failed = std::current_exception();
    }
    open(Mode::ReadWrite);
    if (failed)
        std::rethrow_exception(failed);
}

void SqlDatabase::exec(const char *sql)
{
    // Several statements at once: refused whole if one of them would write outside a scope.
    for (const char *rest = sql; !writesAllowed() && rest && *rest;) {
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, rest, -1, &statement, &tail);
        const bool readOnly = !statement || sqlite3_stmt_readonly(statement);
        sqlite3_finalize(statement);
        if (rc != SQLITE_OK)
            throw ErrorException(sqlError(m_db, rc, QString::fromUtf8(rest).left(200)));
        if (!readOnly)
            throw ErrorException(refusedWrite());
        rest = tail;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throw ErrorException(sqlError(m_db, rc, QString::fromUtf8(sql).left(200)));
}

void SqlDatabase::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

SqlStatement &SqlDatabase::cached(const char *name, const char *sql)
{
    auto it = m_named.find(std::string_view(name));
    if (it == m_named.end())
        return *m_named.emplace(name, Cached {sql, std::make_unique<SqlStatement>(m_db, sql, this)})
                    .first->second.statement;
    if (std::strcmp(it->second.sql.c_str(), sql) != 0)
        throw ErrorException({ErrorKind::Storage,
            QStringLiteral("Two different statements are named %1.").arg(QLatin1String(name)), {}});
    it->second.statement->reset();
    return *it->second.statement;
}

void SqlDatabase::run(const char *sql)
{
    cached(sql, sql).run();
}

qint64 SqlDatabase::scalar(const char *name, const char *sql)
{
    SqlStatement &statement = cached(name, sql);
    const qint64 value = statement.next() ? statement.int64(0) : 0;
    statement.reset();
    return value;
}

QString SqlDatabase::scalarText(const char *name, const char *sql)
{
    SqlStatement &statement = cached(name, sql);
    QString value = statement.next() ? statement.text(0) : QString();
    statement.reset();
    return value;
}

SqlStatement SqlDatabase::prepare(const QString &sql)
{
    return SqlStatement(m_db, sql.toUtf8().constData(), this);
}

qint64 SqlDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqlDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqlDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

SqlTransaction::SqlTransaction(SqlDatabase &db)
    : m_db(db)
{
    m_db.run("BEGIN IMMEDIATE");
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done && m_db.inTransaction()) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const ErrorException &) {
            // Nothing more can be done: SQLite rolls back on its own when the connection closes.
        }
    }
}

void SqlTransaction::commit()
{
    m_db.run("COMMIT");
    m_done = true;
}

} // namespace tz
