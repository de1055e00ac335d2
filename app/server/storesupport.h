// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QString>

class QSqlError;

// What the server's stores share: their messages and their storage errors.
namespace tz::server::store {

QString tr(const char *text);

// Thrown while one pushed event is judged: that event is refused (a wire::Refusal and the
// server's words), the batch goes on.
struct EventRefused
{
    int reason;
    QString detail;
};
Error storageError(const QSqlError &error);

} // namespace tz::server::store
