// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/snapshotadoption.h"

#include "core/ledger/hashchains.h"
#include "core/ledger/ledger.h"
#include "core/ledger/migrations.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstdio>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace tz {
namespace {

// This device's own: who it is, where it syncs, and the index's bookkeeping (rebuilt).
bool keptOwn(const QString &table)
{
    static const QSet<QString> own {QStringLiteral("meta"), QStringLiteral("sync_state"),
        QStringLiteral("case_text_backlog"), QStringLiteral("text_index_mode"), QStringLiteral("set_aside")};
    // The text indexes (FTS5 tables and their shadow tables) are rebuilt from the cases.
    return own.contains(table) || table.startsWith(QLatin1String("case_fts"))
        || table.startsWith(QLatin1String("sqlite_"));
}

Error refusal(const char *text)
{
    return {ErrorKind::Conflict, QCoreApplication::translate("tz::Ledger", text), {}};
}

// Every case of the copy waits for the text index, which starts empty (whatever the copy's
// builder indexed is dropped: this device indexes in the background, search reads the list).
void queueAllCases(SqlDatabase &db)
{
    db.exec("INSERT INTO case_fts (case_fts) VALUES ('delete-all')");
    db.exec("INSERT INTO case_fts_chars (case_fts_chars) VALUES ('delete-all')");
    db.exec("DELETE FROM case_text_backlog");
    db.exec("INSERT INTO case_text_backlog (rid, indexed) SELECT rid, 0 FROM cases");
    db.exec("UPDATE text_index_mode SET deferred = 0");
}

// A rename is durable once the folder that names the file is on disk.
void syncFolderOf(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

SnapshotAdoption::SnapshotAdoption(Ledger &ledger)
    : LedgerMaintenance(ledger)
{
}

Status SnapshotAdoption::adopt(
    const QString &file, const std::function<void(SqlDatabase &)> &alsoInTransaction)
{
    const SqlDatabase::WriteScope writing = writeScope();
    if (db().scalar("SELECT EXISTS (SELECT 1 FROM events)") != 0)
        return refusal(QT_TRANSLATE_NOOP("tz::Ledger",
            "This ledger already holds records; a starting copy from the server can only fill an "
            "empty one. Nothing was changed."));
    try {
        check(file);
        if (!takeFileOf(file, alsoInTransaction))
            copyTablesOf(file, alsoInTransaction);
    } catch (const ErrorException &e) {
        forgetNames();
        return e.error();
    }
    // Names are numbered as the copy numbered them; this device's place in its own chain is
    // still the start, and its clock goes past everything the copy holds.
    forgetNames();
    ledger().clock().observe(HlcTimestamp {db().scalar("SELECT IFNULL(MAX(hlc), 0) FROM events")});
    return {};
}

void SnapshotAdoption::check(const QString &file)
{
    // Its own connection, which only reads: whichever way the copy goes in, nothing of it has
    // been taken until it passed.
    SqlDatabase copy(file, SqlDatabase::Mode::ReadWrite);
    copy.exec("PRAGMA query_only = ON");
    if (copy.scalar("PRAGMA user_version") != Migrations::latestVersion())
        throw ErrorException(refusal(QT_TRANSLATE_NOOP("tz::Ledger",
            "The server's starting copy was made by another version of Taizhang; the "
            "records will arrive one by one instead. Nothing was changed.")));
    // The file is whole (put in place, it is not read through as the tables copied in are), the
    // events as the copy's builder folded them are the ones their devices recorded (their hashes
    // and chains hold), and none is this device's, whose chain starts here.
    QString first;
    try {
        // The pages (quick_check, through this connection on a thread of its own) and the events
        // (on every core, each with a connection of its own that only reads) at the same time;
        // the pages' verdict comes first. With the locks of descriptorlocks.h, a read lock taken
        // through one connection may outlast its release through another until that one closes:
        // nothing writes to the copy before they all have (all are closed when check() returns).
        QString pages;
        std::exception_ptr pagesFailed;
        const auto quickCheck = [&] {
            try {
                pages = copy.scalarText("PRAGMA quick_check");
            } catch (...) {
                pagesFailed = std::current_exception();
            }
        };
        QString chains;
        std::exception_ptr chainsFailed;
        {
            std::optional<std::jthread> pagesThread; // joined at the end of this block
            try {
                pagesThread.emplace(quickCheck);
            } catch (const std::system_error &) {
                quickCheck(); // no thread to be had: one after the other
            }
            try {
                hashchains::checkFile(file, [&chains](const QString &problem) {
                    if (chains.isEmpty())
                        chains = problem;
                });
            } catch (...) {
                chainsFailed = std::current_exception();
            }
        }
        if (pagesFailed)
            std::rethrow_exception(pagesFailed);
        if (pages != QLatin1String("ok"))
            first = QCoreApplication::translate("tz::SnapshotAdoption", "its file is damaged: %1")
                        .arg(pages.left(200));
        else if (chainsFailed)
            std::rethrow_exception(chainsFailed);
        else
            first = chains;
        NameDictionary copyNames(copy);
        const qint64 own = copyNames.find(ledger().device().id);
        if (first.isEmpty() && own > 0
            && copy.cached("SnapshotAdoption::check", "SELECT 1 FROM events WHERE device = ?1 LIMIT 1")
                   .bind(1, own)
                   .first([](const SqlStatement &) { return true; })
                   .has_value())
            first = QCoreApplication::translate("tz::SnapshotAdoption", "it holds events of this device");
    } catch (const ErrorException &e) {
        first = e.error().message; // a page or an event that cannot be read
    }
    if (!first.isEmpty())
        throw ErrorException({ErrorKind::Corrupt,
            QCoreApplication::translate("tz::SnapshotAdoption",
                "The server's starting copy failed its check (%1); it was not taken and nothing here "
                "was changed.")
                .arg(first),
            {}});
}

bool SnapshotAdoption::takeFileOf(
    const QString &file, const std::function<void(SqlDatabase &)> &alsoInTransaction)
{
    // The copy becomes this device's ledger: this device's identity and sync state go into it
    // (the sync cursor moves to the copy's in the same transaction).
    {
        SqlDatabase copy(file, SqlDatabase::Mode::ReadWrite);
        prepareConnection(copy);
        QList<QPair<QString, QString>> meta;
        QList<QPair<QString, QString>> syncState;
        {
            SqlStatement rows = db().prepare("SELECT key, value FROM meta");
            while (rows.next())
                meta.append({rows.text(0), rows.text(1)});
            SqlStatement state = db().prepare("SELECT key, value FROM sync_state");
            while (state.next())
                syncState.append({state.text(0), state.text(1)});
        }
        SqlTransaction transaction(copy);
        copy.exec("DELETE FROM meta");
        copy.exec("DELETE FROM sync_state");
        for (const auto &[table, rows] : {std::pair {"meta", &meta}, std::pair {"sync_state", &syncState}}) {
            SqlStatement insert = copy.prepare(
                QStringLiteral("INSERT INTO %1 (key, value) VALUES (?1, ?2)").arg(QLatin1String(table)));
            for (const auto &[key, value] : *rows) {
                insert.bind(1, key).bind(2, value);
                insert.run();
            }
        }
        queueAllCases(copy);
        if (alsoInTransaction)
            alsoInTransaction(copy);
        transaction.commit();
    } // closed: the copy's log is folded into its file
    // Then the copy's file takes this one's name. Only while no other connection reads this
    // file (its write-ahead log outlives this connection then); else the tables are copied in.
    bool taken = false;
    db().reopen([&] {
        if (QFile::exists(ledger().path() + QStringLiteral("-wal")))
            return;
        // Whatever mode the copy was made with, the ledger stays its owner's alone.
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (std::rename(QFile::encodeName(file).constData(), QFile::encodeName(ledger().path()).constData())
            != 0)
            throw ErrorException({ErrorKind::Io,
                QCoreApplication::translate(
                    "tz::Ledger", "The starting copy could not be put in place of %1.")
                    .arg(QDir::toNativeSeparators(ledger().path())),
                {}});
        syncFolderOf(ledger().path());
        taken = true;
    });
    prepareConnection(db());
    return taken;
}

void SnapshotAdoption::copyTablesOf(
    const QString &file, const std::function<void(SqlDatabase &)> &alsoInTransaction)
{
    SqlStatement attach = db().prepare("ATTACH DATABASE ?1 AS snapshot");
    attach.bind(1, file);
    attach.run();
    const auto detach = qScopeGuard([this] {
        try {
            db().exec("DETACH DATABASE snapshot");
        } catch (const ErrorException &) {
            // Still attached only if the connection went wrong; the next open starts clean.
        }
    });
    QStringList tables;
    {
        // Our own schema names the tables (the copy's file is only read from).
        SqlStatement list
            = db().prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name");
        while (list.next()) {
            if (!keptOwn(list.text(0)))
                tables.append(list.text(0));
        }
    }
    SqlTransaction transaction(db());
    // Without triggers on the tables SQLite copies a table into an empty one of the same shape
    // page by page, indexes included. The triggers come back before the commit.
    QList<QPair<QString, QString>> triggers;
    {
        SqlStatement list = db().prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'trigger'");
        while (list.next())
            triggers.append({list.text(0), list.text(1)});
    }
    for (const auto &trigger : std::as_const(triggers))
        db().exec(QStringLiteral("DROP TRIGGER main.\"%1\"").arg(trigger.first));
    for (const QString &table : std::as_const(tables)) {
        db().exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(table));
        db().exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM snapshot.\"%1\"").arg(table));
    }
    for (const auto &trigger : std::as_const(triggers))
        db().exec(trigger.second);
    queueAllCases(db());
    if (alsoInTransaction)
        alsoInTransaction(db());
    transaction.commit();
}

} // namespace tz
