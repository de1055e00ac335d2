// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "storesupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tz::server::store {

QString tr(const char *text)
{
    return QCoreApplication::translate("tz::Server", text);
}

Error storageError(const QSqlError &error)
{
    return Error {ErrorKind::Storage, tr("The server's database refused: %1").arg(error.text()), {}};
}

} // namespace tz::server::store
