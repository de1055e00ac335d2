// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace tz {

// A value read from a file, as a message quotes it: on one line and at most kQuotedCell
// characters, so a hostile 1 MB field is never echoed back whole (to the screen, a log, a file of
// rejected rows).
inline constexpr qsizetype kQuotedCell = 40;
inline QString quotedCell(QStringView text)
{
    const QString line = text.left(kQuotedCell * 4).toString().simplified();
    return line.size() > kQuotedCell ? line.left(kQuotedCell) + QStringLiteral("…") : line;
}

// One rejected row of an imported file: where it is and why, in the user's language.
struct RowError
{
    int line = 0; // 1-based physical line of the file
    QString reason;
};

// What an all-or-nothing import of a reference table (catalog items, holidays) did: the rows
// that changed the ledger, the rows it already held so, and the refused rows (when there are
// any, nothing was imported).
struct TableImportReport
{
    int changed = 0;
    int unchanged = 0;
    QList<RowError> errors;
};

} // namespace tz
