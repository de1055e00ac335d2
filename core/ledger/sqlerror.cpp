// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/sqlerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tz {

Error sqlError(sqlite3 *db, int rc, const QString &sql)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const QString technical
        = sql.isEmpty() ? detail : QStringLiteral("%1 [%2]").arg(detail, sql.simplified());
    switch (rc & 0xFF) {
    case SQLITE_FULL:
        return {ErrorKind::Storage,
            QCoreApplication::translate(
                "tz::Storage", "The disk is full: nothing was saved. Free some space and try again."),
            {}};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {ErrorKind::Storage,
            QCoreApplication::translate("tz::Storage",
                "The ledger file cannot be written (read-only or no permission): "
                "nothing was saved. (%1)")
                .arg(detail),
            {}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorKind::Storage,
            QCoreApplication::translate(
                "tz::Storage", "The ledger is busy in another program: nothing was saved. Try again."),
            {}};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorKind::Corrupt,
            QCoreApplication::translate("tz::Storage",
                "The ledger file is damaged or is not a ledger (%1). Restore it from a "
                "backup or from the server.")
                .arg(detail),
            {}};
    case SQLITE_IOERR:
        return {ErrorKind::Storage,
            QCoreApplication::translate("tz::Storage", "The disk reported an error: nothing was saved. (%1)")
                .arg(detail),
            {}};
    case SQLITE_CONSTRAINT:
        return {ErrorKind::Conflict,
            QCoreApplication::translate(
                "tz::Storage", "The ledger refused a change that breaks its rules: %1")
                .arg(technical),
            {}};
    default:
        return {ErrorKind::Storage,
            QCoreApplication::translate("tz::Storage", "Ledger error: %1").arg(technical), {}};
    }
}

} // namespace tz
