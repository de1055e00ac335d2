// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace tz {

// Writes CSV that Excel on Chinese Windows opens correctly: UTF-8 with a byte order mark,
// CRLF line ends, fields quoted when they need it, and no text cell a spreadsheet would run as a
// formula (see csvcell.h). A file is written to a temporary name and
// renamed, so a failure never leaves half a file.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header, bool byteOrderMark = true);
    // A row of text cells.
    void addRow(const QStringList &fields);
    // A row of typed cells: numbers (int, qint64, double) are written as numbers, anything else as
    // text.
    void addCells(const QList<QVariant> &cells);
    [[nodiscard]] QByteArray bytes() const;
    // What was written so far, handed over and forgotten (for files written a part at a time).
    [[nodiscard]] QByteArray takeBytes();
    [[nodiscard]] Status writeFile(const QString &path) const;

private:
    static QString quote(const QString &field);
    void appendLine(const QStringList &quoted);
    QByteArray m_bytes;
};

} // namespace tz
