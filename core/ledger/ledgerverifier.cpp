// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/ledgerverifier.h"

#include "core/ledger/charstokenizer.h"
#include "core/ledger/eventcolumns.h"
#include "core/ledger/hashchains.h"
#include "core/ledger/ledger.h"
#include "core/ledger/migrations.h"
#include "core/ledger/sqldatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace tz {

LedgerVerifier::LedgerVerifier(Ledger &ledger)
    : LedgerMaintenance(ledger)
{
}

QMap<QString, QByteArray> LedgerVerifier::projectionDigests()
{
    return digestsOf(db());
}

QMap<QString, QByteArray> LedgerVerifier::digestsOf(SqlDatabase &connection)
{
    QMap<QString, QByteArray> digests;
    const QStringList tables = foldedTables();
    for (const QString &table : tables) {
        QStringList columns;
        SqlStatement info = connection.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next()) {
            if (info.text(1) != QLatin1String("rid"))
                columns += info.text(1);
        }
        QString list = columns.join(QLatin1Char(','));
        if (table == QLatin1String("aggregates")) {
            // Name numbers differ from ledger to ledger: compare the device itself.
            list.replace(QLatin1String("last_device"),
                QLatin1String("(SELECT value FROM names WHERE id = last_device)"));
        }
        SqlStatement rows
            = connection.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(list, table));
        QCryptographicHash hasher(QCryptographicHash::Sha256);
        while (rows.next()) {
            for (int c = 0; c < columns.size(); ++c) {
                const QByteArray value = rows.isNull(c) ? QByteArray("\x01NULL") : rows.blob(c);
                const quint32 size = static_cast<quint32>(value.size());
                hasher.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
                hasher.addData(value);
            }
        }
        digests.insert(table, hasher.result());
    }
    return digests;
}

Result<VerifyReport> LedgerVerifier::verify()
{
    VerifyReport report;
    const auto problem = [&report](const QString &text) {
        report.ok = false;
        if (report.problems.size() < 100)
            report.problems.append(text);
    };
    try {
        report.integrity = db().scalarText("PRAGMA integrity_check");
        if (report.integrity != QLatin1String("ok"))
            problem(QCoreApplication::translate("tz::Ledger", "integrity_check: %1").arg(report.integrity));

        // Hash chains, device by device.
        const hashchains::Walked walked = hashchains::check(db(), names(), ledger().device().id, problem);
        report.events = walked.events;
        report.devices = walked.devices;
        report.aggregates = db().scalar("SELECT COUNT(*) FROM aggregates");

        // A fresh fold of every event into an empty ledger must give the same read tables.
        QTemporaryDir dir;
        if (!dir.isValid())
            throw ErrorException({ErrorKind::Io,
                QCoreApplication::translate("tz::Ledger", "No temporary folder for the verification fold."),
                {}});
        {
            SqlDatabase fresh(dir.filePath(QStringLiteral("fold.db")), SqlDatabase::Mode::Create);
            if (!registerCharsTokenizer(fresh.handle()) || !storedform::registerFunctions(fresh.handle()))
                throw ErrorException({ErrorKind::Storage,
                    QCoreApplication::translate("tz::Ledger", "FTS5 is not available."), {}});
            fresh.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            if (Status migrated = Migrations::run(fresh); !migrated)
                return migrated.error();
            SqlStatement attach = fresh.prepare("ATTACH DATABASE ?1 AS source");
            attach.bind(1, ledger().path()).run();
            fresh.exec("BEGIN");
            // The names keep their numbers, so this ledger's dictionary reads the copy too.
            fresh.exec("INSERT INTO main.names SELECT * FROM source.names");
            fresh.exec(
                "INSERT INTO main.aggregates (rid, type, id) SELECT rid, type, id FROM source.aggregates");
            fresh.exec("INSERT INTO main.events SELECT * FROM source.events");
            // Aggregates dropped from this device's scope keep their events but no read rows.
            QSet<qint64> dropped;
            {
                SqlStatement gone = fresh.prepare("SELECT rid FROM source.dropped_aggregates");
                while (gone.next())
                    dropped.insert(gone.int64(0));
            }
            {
                // Aggregate by aggregate, each in fold order.
                SqlStatement all = fresh.prepare(
                    "SELECT " TZ_EVENT_COLUMNS " FROM " TZ_EVENT_FROM " ORDER BY e.aggregate");
                QList<Event> group;
                qint64 groupAggregate = 0;
                const auto foldGroup = [&] {
                    if (dropped.contains(groupAggregate))
                        group.clear();
                    std::sort(group.begin(), group.end(),
                        [](const Event &a, const Event &b) { return a.foldsBefore(b); });
                    for (const Event &event : std::as_const(group))
                        fold(fresh, groupAggregate, event);
                    group.clear();
                };
                while (all.next()) {
                    const qint64 aggregate = all.int64(kAggregateRidColumn);
                    if (aggregate != groupAggregate)
                        foldGroup();
                    groupAggregate = aggregate;
                    group.append(storedform::readEvent(all, names()));
                }
                foldGroup();
            }
            fresh.exec("COMMIT");
            fresh.exec("DETACH DATABASE source");
            const QMap<QString, QByteArray> expected = digestsOf(fresh);
            const QMap<QString, QByteArray> actual = digestsOf(db());
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (actual.value(it.key()) != it.value())
                    problem(QCoreApplication::translate(
                        "tz::Ledger", "table %1 differs from a fresh fold of the events")
                                .arg(it.key()));
            }
        }
        return report;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz
