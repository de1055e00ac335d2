// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "common/error.h"

#include <QString>

class QSqlError;

// What ServerStore's files share: its messages and its storage errors.
namespace tz::server::store {

QString tr(const char *text);
Error storageError(const QSqlError &error);

} // namespace tz::server::store
