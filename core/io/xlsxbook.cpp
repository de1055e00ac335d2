// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/io/xlsxbook.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace tz {
namespace {

QString sheetName(const QString &name)
{
    QString clean = name;
    for (const QChar c : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'),
             QLatin1Char('?'), QLatin1Char('/'), QLatin1Char('\\')})
        clean.replace(c, QLatin1Char('_'));
    return clean.left(31);
}

} // namespace

XlsxBook::XlsxBook(const QString &path, const QString &title, const QDateTime &created)
    : m_path(path)
    , m_partPath(path + QStringLiteral(".part"))
    , m_title(title.toUtf8())
{
    QFile::remove(m_partPath);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_book) {
        m_error = QCoreApplication::translate("tz::Xlsx", "Cannot create the Excel file %1.").arg(path);
        return;
    }
    lxw_doc_properties properties {};
    properties.title
        = m_title.isEmpty() ? nullptr : m_title.data(); // libxlsxwriter 1.1 takes char *, reads only
    properties.created = static_cast<time_t>(
        (created.isValid() ? created : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    workbook_set_properties(m_book, &properties);
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    m_percent = workbook_add_format(m_book);
    format_set_num_format(m_percent, "0.00%");
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
}

XlsxBook::~XlsxBook()
{
    if (m_book) {
        workbook_close(m_book); // not closed on purpose: an error or an abandoned export
        QFile::remove(m_partPath);
    }
}

int XlsxBook::addSheet(const QString &name, const QList<XlsxColumn> &columns)
{
    Sheet sheet;
    sheet.columns = columns;
    if (m_book) {
        const QByteArray utf8 = sheetName(name).toUtf8();
        sheet.sheet = workbook_add_worksheet(m_book, utf8.constData());
        if (!sheet.sheet && m_error.isEmpty())
            m_error = QCoreApplication::translate("tz::Xlsx", "The sheet name %1 is not allowed.").arg(name);
    }
    if (sheet.sheet) {
        for (int c = 0; c < columns.size(); ++c)
            worksheet_set_column(sheet.sheet, lxw_col_t(c), lxw_col_t(c), columns.at(c).width,
                columns.at(c).percent ? m_percent : nullptr);
    }
    m_sheets.append(sheet);
    return int(m_sheets.size()) - 1;
}

void XlsxBook::addNote(int index, const QString &text, bool bold)
{
    Sheet &sheet = m_sheets[index];
    if (!sheet.sheet || sheet.headerWritten)
        return;
    const QByteArray utf8 = text.toUtf8();
    worksheet_write_string(
        sheet.sheet, lxw_row_t(sheet.nextRow++), 0, utf8.constData(), bold ? m_bold : nullptr);
}

void XlsxBook::writeHeader(Sheet &sheet)
{
    if (sheet.nextRow > 0)
        ++sheet.nextRow; // a blank line under the notes
    worksheet_freeze_panes(sheet.sheet, lxw_row_t(sheet.nextRow + 1), 0);
    for (int c = 0; c < sheet.columns.size(); ++c) {
        const QByteArray utf8 = sheet.columns.at(c).header.toUtf8();
        worksheet_write_string(
            sheet.sheet, lxw_row_t(sheet.nextRow), lxw_col_t(c), utf8.constData(), m_header);
    }
    ++sheet.nextRow;
    sheet.headerWritten = true;
}

void XlsxBook::addRow(int index, const QList<QVariant> &cells, const QList<int> &percent)
{
    Sheet &sheet = m_sheets[index];
    if (!sheet.sheet)
        return;
    if (!sheet.headerWritten)
        writeHeader(sheet);
    const lxw_row_t row = lxw_row_t(sheet.nextRow++);
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &cell = cells.at(c);
        lxw_format *format = (c < sheet.columns.size() && sheet.columns.at(c).percent) || percent.contains(c)
            ? m_percent
            : nullptr;
        switch (cell.typeId()) {
        case QMetaType::UnknownType:
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            worksheet_write_number(sheet.sheet, row, lxw_col_t(c), cell.toDouble(), format);
            break;
        default: {
            const QByteArray utf8 = cell.toString().toUtf8();
            if (!utf8.isEmpty())
                worksheet_write_string(sheet.sheet, row, lxw_col_t(c), utf8.constData(), nullptr);
        }
        }
    }
}

Status XlsxBook::close()
{
    if (!m_book)
        return Error {ErrorKind::Io, m_error, {}};
    const lxw_error result = workbook_close(m_book);
    m_book = nullptr;
    if (!m_error.isEmpty() || result != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        return Error {ErrorKind::Io,
            m_error.isEmpty() ? QCoreApplication::translate("tz::Xlsx", "Cannot write the Excel file %1: %2")
                                    .arg(m_path, QString::fromUtf8(lxw_strerror(result)))
                              : m_error,
            {}};
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partPath, m_path)) {
        QFile::remove(m_partPath);
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Xlsx", "Cannot write the Excel file %1.").arg(m_path), {}};
    }
    return {};
}

} // namespace tz
