// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Ledger::adoptSnapshot: a new device takes the server-built copy of its scope's ledger (the same
// schema, folded there) instead of folding years of events one by one. Kept apart from
// ledger.cpp, which writes and reads events.
#include "ledger/ledger.h"

#include "ledger/migrations.h"
#include "ledger/sqldatabase.h"

#include <QCoreApplication>
#include <QSet>

namespace tz {
namespace {

// This device's own: who it is, where it syncs, and the index's bookkeeping (rebuilt below).
bool keptOwn(const QString &table)
{
    static const QSet<QString> own {QStringLiteral("meta"), QStringLiteral("sync_state"),
        QStringLiteral("case_text_backlog"), QStringLiteral("text_index_mode")};
    // The text indexes (FTS5 tables and their shadow tables) are rebuilt here from the cases.
    return own.contains(table) || table.startsWith(QLatin1String("case_fts"))
        || table.startsWith(QLatin1String("sqlite_"));
}

Error refusal(const char *text)
{
    return {ErrorKind::Conflict, QCoreApplication::translate("tz::Ledger", text), {}};
}

} // namespace

Status Ledger::adoptSnapshot(const QString &file, const std::function<void(SqlDatabase &)> &alsoInTransaction)
{
    if (m_db->scalar("SELECT EXISTS (SELECT 1 FROM events)") != 0)
        return refusal(QT_TRANSLATE_NOOP("tz::Ledger",
            "This ledger already holds records; a starting copy from the server can only fill an "
            "empty one. Nothing was changed."));
    // The copy is written once into the file, not into the write-ahead log and then again into the
    // file: a rollback journal for this one transaction (the ledger was empty; the journal holds
    // next to nothing). Needs the file to itself; when another connection reads, it stays in WAL.
    bool journal = false;
    try {
        journal = m_db->scalarText("PRAGMA journal_mode = DELETE") == QLatin1String("delete");
    } catch (const ErrorException &) {
        // Another connection holds the file: the copy goes through the log instead.
    }
    const auto backToWal = qScopeGuard([this, journal] {
        try {
            if (journal)
                m_db->exec("PRAGMA journal_mode = WAL");
        } catch (const ErrorException &) {
            // Left in rollback-journal mode: as safe, only slower; the next open sets WAL again.
        }
    });
    try {
        SqlStatement attach = m_db->prepare("ATTACH DATABASE ?1 AS snapshot");
        attach.bind(1, file);
        attach.run();
    } catch (const ErrorException &e) {
        return e.error();
    }
    const auto detach = qScopeGuard([this] {
        try {
            m_db->exec("DETACH DATABASE snapshot");
        } catch (const ErrorException &) {
            // Still attached only if the connection is gone wrong; the next open starts clean.
        }
    });
    try {
        if (m_db->scalar("PRAGMA snapshot.user_version") != Migrations::latestVersion())
            return refusal(QT_TRANSLATE_NOOP("tz::Ledger",
                "The server's starting copy was made by another version of Taizhang; the "
                "records will arrive one by one instead. Nothing was changed."));
        QStringList tables;
        {
            // Our own schema names the tables (the copy's file is only read from).
            SqlStatement list
                = m_db->prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name");
            while (list.next()) {
                if (!keptOwn(list.text(0)))
                    tables.append(list.text(0));
            }
        }
        SqlTransaction transaction(*m_db);
        // Without triggers on the tables SQLite copies a table into an empty one of the same
        // shape page by page (its "transfer optimization"), indexes included: many times faster
        // than row by row. The triggers come back before the commit; DDL is transactional.
        QList<QPair<QString, QString>> triggers;
        {
            SqlStatement list
                = m_db->prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'trigger'");
            while (list.next())
                triggers.append({list.text(0), list.text(1)});
        }
        for (const auto &trigger : std::as_const(triggers))
            m_db->exec(QStringLiteral("DROP TRIGGER main.\"%1\"").arg(trigger.first));
        for (const QString &table : std::as_const(tables)) {
            m_db->exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(table));
            m_db->exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM snapshot.\"%1\"").arg(table));
        }
        for (const auto &trigger : std::as_const(triggers))
            m_db->exec(trigger.second);
        // The copy's cases wait for the text index like any large batch's (this ledger's index
        // is empty: it held no cases).
        m_db->exec("DELETE FROM case_text_backlog");
        m_db->exec("INSERT INTO case_text_backlog (rid, indexed) SELECT rid, 0 FROM cases");
        if (alsoInTransaction)
            alsoInTransaction(*m_db);
        transaction.commit();
    } catch (const ErrorException &e) {
        m_names.forget();
        return e.error();
    }
    // Names are numbered as the copy numbered them; this device's place in its own chain is
    // still the start, and its clock goes past everything the copy holds.
    m_names.forget();
    m_clock.observe(HlcTimestamp {m_db->scalar("SELECT IFNULL(MAX(hlc), 0) FROM events")});
    return {};
}

} // namespace tz
