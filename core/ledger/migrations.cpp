// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/migrations.h"

#include "core/ledger/sqldatabase.h"

#include <QCoreApplication>
#include <QFile>

namespace tz {
namespace {

struct Migration
{
    int version;
    const char *resource;
};

// Append only: a released migration is never edited.
constexpr Migration kMigrations[] = {
    {1, ":/migrations/0001_initial.sql"},
    {2, ":/migrations/0002_sign_in.sql"},
    {3, ":/migrations/0003_queues.sql"},
    {4, ":/migrations/0004_resident_cases.sql"},
    {5, ":/migrations/0005_resident_initials.sql"},
    {6, ":/migrations/0006_case_orders.sql"},
    {7, ":/migrations/0007_sync.sql"},
    {8, ":/migrations/0008_text_backlog.sql"},
    {9, ":/migrations/0009_conflicts.sql"},
    {10, ":/migrations/0010_dropped.sql"},
    {11, ":/migrations/0011_tallies.sql"},
    {12, ":/migrations/0012_assessment.sql"},
    {13, ":/migrations/0013_recurring.sql"},
    {14, ":/migrations/0014_set_aside.sql"},
};

} // namespace

int Migrations::latestVersion()
{
    return std::size(kMigrations);
}

Status Migrations::run(SqlDatabase &db)
{
    try {
        const int current = static_cast<int>(db.scalar("PRAGMA user_version"));
        if (current > latestVersion()) {
            return Error {ErrorKind::NewerSchema,
                QCoreApplication::translate("tz::Ledger",
                    "This ledger was written by a newer version of Taizhang "
                    "(schema %1; this program knows up to %2). Install the "
                    "newer version to open it; the file was not changed.")
                    .arg(current)
                    .arg(latestVersion()),
                {}};
        }
        if (current == latestVersion())
            return {};
        SqlTransaction transaction(db);
        for (const Migration &migration : kMigrations) {
            if (migration.version <= current)
                continue;
            QFile file(QString::fromLatin1(migration.resource));
            if (!file.open(QIODevice::ReadOnly))
                return Error {
                    ErrorKind::Io, QStringLiteral("missing migration %1").arg(migration.version), {}};
            db.exec(QString::fromUtf8(file.readAll()));
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        }
        transaction.commit();
        return {};
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz
