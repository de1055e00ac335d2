// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/textbacklog.h"

#include "core/ledger/sqldatabase.h"

namespace tz::textbacklog {

void setDeferred(SqlDatabase &db, bool deferred)
{
    db.cached("textbacklog::setDeferred", "UPDATE text_index_mode SET deferred = ?1")
        .bind(1, deferred ? 1 : 0)
        .run();
}

qint64 size(SqlDatabase &db)
{
    return db.scalar("SELECT COUNT(*) FROM case_text_backlog");
}

bool atMost(SqlDatabase &db, int limit)
{
    SqlStatement &count
        = db.cached("textbacklog::atMost", "SELECT COUNT(*) FROM (SELECT 1 FROM case_text_backlog LIMIT ?1)");
    count.bind(1, limit + 1);
    return count.first([](const SqlStatement &row) { return row.int64(0); }).value_or(0) <= limit;
}

bool any(SqlDatabase &db)
{
    return db.scalar("SELECT EXISTS (SELECT 1 FROM case_text_backlog)") != 0;
}

void work(SqlDatabase &db, int maxCases)
{
    SqlStatement &last = db.cached("textbacklog::work/read case_text_backlog",
        "SELECT MAX(rid) FROM (SELECT rid FROM case_text_backlog ORDER BY rid LIMIT ?1)");
    last.bind(1, maxCases);
    const std::optional<qint64> bound = last.first([](const SqlStatement &row) -> std::optional<qint64> {
                                                if (row.isNull(0))
                                                    return std::nullopt;
                                                return row.int64(0);
                                            })
                                            .value_or(std::nullopt);
    if (!bound)
        return;
    // Whole sets per statement: the index gathers them in memory and writes its segments once.
    // What the index holds for a listed case is what the list kept; out with that first.
    for (const char *index : {"case_fts", "case_fts_chars"}) {
        const QString table = QString::fromLatin1(index);
        SqlStatement out = db.prepare(
            QStringLiteral("INSERT INTO %1 (%1, rowid, title, description, resident_name) SELECT 'delete', "
                           "rid, title, description, resident_name FROM case_text_backlog WHERE rid <= ?1 "
                           "AND indexed")
                .arg(table));
        out.bind(1, *bound);
        out.run();
        SqlStatement in = db.prepare(
            QStringLiteral("INSERT INTO %1 (rowid, title, description, resident_name) SELECT c.rid, c.title, "
                           "c.description, c.resident_name FROM case_text_backlog b JOIN cases c ON c.rid = "
                           "b.rid WHERE b.rid <= ?1")
                .arg(table));
        in.bind(1, *bound);
        in.run();
    }
    db.cached("textbacklog::work/delete case_text_backlog", "DELETE FROM case_text_backlog WHERE rid <= ?1")
        .bind(1, *bound)
        .run();
}

} // namespace tz::textbacklog
