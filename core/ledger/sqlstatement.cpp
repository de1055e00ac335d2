// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/sqlstatement.h"

#include "core/common/error.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/sqlerror.h"

#include <sqlite3.h>

namespace tz {

SqlStatement::SqlStatement(sqlite3 *db, const char *sql, const SqlDatabase *owner)
    : m_db(db)
    , m_owner(owner)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw ErrorException(sqlError(db, rc, QString::fromUtf8(sql)));
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(other.m_db)
    , m_owner(other.m_owner)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

void SqlStatement::fail(int rc) const
{
    throw ErrorException(sqlError(m_db, rc, sql()));
}

void SqlStatement::checkMayWrite() const
{
    // A statement that would change the database, run through a connection that only the
    // ledger's own transactions may write through: a fault of the program, refused before it runs.
    if (m_owner && !m_owner->writesAllowed() && !sqlite3_stmt_readonly(m_stmt))
        throw ErrorException(SqlDatabase::refusedWrite());
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (const int rc
        = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, QStringView value)
{
    return bind(index, value.toString());
}

SqlStatement &SqlStatement::bind(int index, const char *utf8)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &value)
{
    if (const int rc = sqlite3_bind_blob(
            m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const std::optional<QString> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqlStatement &SqlStatement::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqlStatement &SqlStatement::bindText(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool SqlStatement::next()
{
    checkMayWrite();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void SqlStatement::run()
{
    checkMayWrite();
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(rc);
    sqlite3_clear_bindings(m_stmt);
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqlStatement::isBlob(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_BLOB;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

int SqlStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString SqlStatement::sql() const
{
    return QString::fromUtf8(sqlite3_sql(m_stmt));
}

} // namespace tz
