// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/ledger/sqlstatement.h"

#include <QString>

#include <functional>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace tz {

// A thin RAII owner of one SQLite connection with a cache of prepared statements.
class SqlDatabase
{
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    // Throws ErrorException when the file cannot be opened.
    SqlDatabase(const QString &path, Mode mode);
    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    // Runs one or more statements without results (schema, pragmas).
    void exec(const char *sql);
    void exec(const QString &sql);

    // A statement prepared once per connection and reused, cached by its name: where it lives
    // and what it does ("ResidentService::byId", "CaseProjection: dispatch"). The same name with
    // other SQL is a programming error and throws (ErrorKind::Storage) instead of running the
    // statement cached first.
    SqlStatement &cached(const char *name, const char *sql);
    SqlStatement prepare(const char *sql) { return SqlStatement(m_db, sql, this); }
    SqlStatement prepare(const QString &sql);

    // First column of the first row as an integer (0 when there is no row), through cached(). A
    // one-line query ("SELECT COUNT(*) FROM events", "PRAGMA user_version") is its own name.
    qint64 scalar(const char *name, const char *sql);
    QString scalarText(const char *name, const char *sql);
    qint64 scalar(const char *sql) { return scalar(sql, sql); }
    QString scalarText(const char *sql) { return scalarText(sql, sql); }
    // A cached statement without parameters or rows ("COMMIT", "SAVEPOINT step"), named by itself.
    void run(const char *sql);

    // Closes the connection, runs `whileClosed` (which may put another file in place of this
    // one), and opens the file again read-write, even when `whileClosed` threw (rethrown after).
    // Cached statements are dropped; none prepared outside the cache may be alive.
    void reopen(const std::function<void()> &whileClosed);

    // From now on, statements that would change the database are refused (ErrorException)
    // unless a WriteScope is open on this connection: the ledger's writer connection, which
    // readers are handed too, changes only inside the ledger's own transactions.
    void refuseWritesOutsideScopes() { m_guarded = true; }
    [[nodiscard]] bool writesAllowed() const { return !m_guarded || m_writeScopes > 0; }
    // What such a refusal says.
    [[nodiscard]] static Error refusedWrite();
    class WriteScope
    {
    public:
        explicit WriteScope(SqlDatabase &db)
            : m_db(db)
        {
            ++m_db.m_writeScopes;
        }
        ~WriteScope() { --m_db.m_writeScopes; }
        WriteScope(const WriteScope &) = delete;
        WriteScope &operator=(const WriteScope &) = delete;

    private:
        SqlDatabase &m_db;
    };

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] QString path() const { return m_path; }
    sqlite3 *handle() { return m_db; }

private:
    void open(Mode mode);
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_guarded = false;
    int m_writeScopes = 0;
    struct Cached
    {
        std::string sql; // a copy: the caller's text may be gone by the next call
        std::unique_ptr<SqlStatement> statement;
    };
    struct NameHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view name) const { return std::hash<std::string_view> {}(name); }
    };
    std::unordered_map<std::string, Cached, NameHash, std::equal_to<>> m_named;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    void commit();

private:
    SqlDatabase &m_db;
    bool m_done = false;
};

} // namespace tz
