// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

namespace tz::test {

// One file's text out of a zip archive (an xlsx workbook's sheet), read with `unzip -p`; empty
// when the archive or the entry is missing.
QString zipEntry(const QString &archive, const QString &entry);

} // namespace tz::test
