// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace tz {

class SqlDatabase;

// A prepared statement, bound by index (1-based), stepped row by row. Errors throw
// ErrorException with the SQL text, which the service boundary turns into an Error.
class SqlStatement
{
public:
    // `owner`, when given, may refuse statements that would change the database (see
    // SqlDatabase::refuseWritesOutsideScopes).
    SqlStatement(sqlite3 *db, const char *sql, const SqlDatabase *owner = nullptr);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&) = delete;

    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqlStatement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &value);
    SqlStatement &bind(int index, QStringView value);
    SqlStatement &bind(int index, const char *utf8);
    SqlStatement &bindBlob(int index, const QByteArray &value);
    SqlStatement &bindNull(int index);
    SqlStatement &bind(int index, const std::optional<QString> &value);
    SqlStatement &bind(int index, const std::optional<qint64> &value);
    // Binds NULL for an empty string: optional text columns.
    SqlStatement &bindText(int index, const QString &value);

    // Steps once: true when a row is available.
    bool next();
    // Runs a statement that returns no rows, then resets it.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] bool isBlob(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] int int32(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] int columnCount() const;

    [[nodiscard]] QString sql() const;

    // Every row through `read`, then reset: `db.cached(sql).bind(1, x).all(readUnit)`.
    template<typename Read>
    auto all(Read &&read) -> QList<std::decay_t<decltype(read(*this))>>
    {
        QList<std::decay_t<decltype(read(*this))>> rows;
        while (next())
            rows.append(read(*this));
        reset();
        return rows;
    }
    // The first row through `read` (or nothing), then reset.
    template<typename Read>
    auto first(Read &&read) -> std::optional<std::decay_t<decltype(read(*this))>>
    {
        std::optional<std::decay_t<decltype(read(*this))>> row;
        if (next())
            row = read(*this);
        reset();
        return row;
    }

private:
    [[noreturn]] void fail(int rc) const;
    void checkMayWrite() const;

    sqlite3 *m_db = nullptr;
    const SqlDatabase *m_owner = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace tz
