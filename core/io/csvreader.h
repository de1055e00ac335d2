// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tz {

struct CsvRow
{
    int line = 0; // 1-based physical line where the row starts
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRow> rows;
    // Index of a header column (trimmed, case-insensitive), or -1.
    [[nodiscard]] int columnIndex(QStringView name) const;
};

// RFC 4180 CSV as spreadsheets write it: quoted fields with doubled quotes, commas and line
// breaks inside quotes, CRLF or LF, an optional UTF-8 byte order mark. Excel on Chinese
// Windows writes GB18030 (GBK): Encoding::Auto reads that too.
class CsvReader
{
public:
    enum class Encoding { Utf8, Gb18030, Auto };

    [[nodiscard]] static Result<CsvTable> readFile(
        const QString &path, Encoding encoding, qint64 maxBytes = 64 * 1024 * 1024);
    [[nodiscard]] static Result<CsvTable> parse(const QByteArray &bytes, Encoding encoding);
};

} // namespace tz
