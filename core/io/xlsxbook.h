// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace tz {

// A column of a sheet: its header, width in characters, and whether its numbers are shares
// (0.9939 shown as 99.39%).
struct XlsxColumn
{
    QString header;
    double width = 12;
    bool percent = false;
};

// An Excel workbook written with libxlsxwriter, row by row in constant memory (a million-row
// list stays small): each sheet has a bold, frozen header row and set column widths; numbers
// are written as numbers, text as text, an invalid QVariant as an empty cell. The file appears
// only when close() succeeds (written beside it first, then renamed).
class XlsxBook
{
public:
    // `created`: the document's creation time (fixed in golden-file tests); invalid: now.
    explicit XlsxBook(const QString &path, const QString &title = {}, const QDateTime &created = {});
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    // Sheet names: at most 31 characters, none of []:*?/\ (replaced).
    int addSheet(const QString &name, const QList<XlsxColumn> &columns);
    // `percent`: more columns whose numbers are shares in this row.
    void addRow(int sheet, const QList<QVariant> &cells, const QList<int> &percent = {});
    // A line of text above nothing else (a title or a note), bold when asked; rows follow it.
    void addNote(int sheet, const QString &text, bool bold = false);
    [[nodiscard]] Status close();

private:
    struct Sheet
    {
        lxw_worksheet *sheet = nullptr;
        QList<XlsxColumn> columns;
        int nextRow = 0;
        bool headerWritten = false;
    };
    void writeHeader(Sheet &sheet);

    QString m_path;
    QString m_partPath;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_bold = nullptr;
    QList<Sheet> m_sheets;
    QString m_error;
    QByteArray m_title;
};

} // namespace tz
