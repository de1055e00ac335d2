// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casefields.h"
#include "core/common/error.h"
#include "core/common/progress.h"

#include <functional>

namespace tz {

class XlsxBook;

// Writes the cases a list shows as CSV for Excel (or as an xlsx workbook) (UTF-8 with a byte order mark),
// through a connection of its own: it runs on a worker thread while the window stays responsive. Pages of the
// list are read and written one after the other, so memory stays flat at any size.
class CaseExport
{
public:
    // Returns how many cases were written; `progress` is told after each page (the file is not
    // created when it cancels). A cancelled export is an error of kind Cancelled.
    static Result<qint64> toCsv(const QString &ledgerPath, const CaseFilter &filter,
        const QList<CaseField> &fields, const QString &file, const Progress &progress = {});
    // The same as an Excel sheet (frozen header, column widths), under `title` when given.
    static Result<qint64> toXlsx(const QString &ledgerPath, const CaseFilter &filter,
        const QList<CaseField> &fields, const QString &file, const QString &title = {},
        const Progress &progress = {});
    // The list as an HTML table for print and PDF (ui/print lays it out on A4): a title line, then
    // at most `maxRows` cases, saying so when the list holds more.
    static Result<QString> toHtml(const QString &ledgerPath, const CaseFilter &filter,
        const QList<CaseField> &fields, const QString &title, qint64 maxRows = 2000);
    // A "事项清单" sheet in `book` for these columns (reports add it after their own sheets).
    static int addCaseSheet(XlsxBook &book, const QList<CaseField> &fields, const QString &title);
    // Reads the list page by page in one read transaction: each row's cells, then `pageDone`.
    static Result<qint64> forEachRow(const QString &ledgerPath, const CaseFilter &filter,
        const QList<CaseField> &fields, const Progress &progress,
        const std::function<void(const QStringList &)> &row, const std::function<Status()> &pageDone);
};

} // namespace tz
