// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caseexport.h"

#include "core/common/businesstime.h"
#include "core/io/csvwriter.h"
#include "core/io/xlsxbook.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSaveFile>

namespace tz {
namespace {

constexpr int kPage = 2000;

QString unitNameIn(SqlDatabase &db, QHash<QString, QString> &names, const QString &code)
{
    auto it = names.find(code);
    if (it == names.end()) {
        SqlStatement &statement
            = db.cached("caseexport::unitNameIn", "SELECT name FROM org_units WHERE code = ?1");
        statement.bind(1, code);
        it = names.insert(code, statement.next() ? statement.text(0) : code);
        statement.reset();
    }
    return it.value();
}

} // namespace

Result<qint64> CaseExport::forEachRow(const QString &ledgerPath, const CaseFilter &filter,
    const QList<CaseField> &fields, const Progress &progress,
    const std::function<void(const QStringList &)> &row, const std::function<Status()> &pageDone)
{
    try {
        std::unique_ptr<SqlDatabase> db = Ledger::openReader(ledgerPath);
        // One read transaction for the count and every page: the desk may go on writing, the
        // file is the list as it stood when the export began.
        db->exec("BEGIN");
        CaseList list(*db);
        const qint64 total = list.count(filter);
        const QDate today = filter.today.isValid()
            ? filter.today
            : businesstime::dateOf(QDateTime::currentMSecsSinceEpoch());
        QHash<QString, QString> names;
        const auto unitName = [&db, &names](const QString &code) { return unitNameIn(*db, names, code); };
        qint64 done = 0;
        QList<CaseRow> page = list.page(filter, nullptr, kPage);
        while (!page.isEmpty()) {
            for (const CaseRow &one : page) {
                QStringList cells;
                cells.reserve(fields.size());
                for (CaseField field : fields)
                    cells.append(casefield::text(field, one, unitName, today));
                row(cells);
            }
            done += page.size();
            if (Status written = pageDone(); !written)
                return written.error();
            if (progress && !progress(done, total))
                return Error {ErrorKind::Cancelled,
                    QCoreApplication::translate("tz::Csv", "The export was cancelled; no file was written."),
                    {}};
            if (page.size() < kPage)
                break;
            const CaseRow last = page.constLast();
            page = list.page(filter, &last, kPage);
        }
        return done;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<qint64> CaseExport::toCsv(const QString &ledgerPath, const CaseFilter &filter,
    const QList<CaseField> &fields, const QString &file, const Progress &progress)
{
    QSaveFile out(file);
    const auto failed = [&] {
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Csv", "Cannot write %1: %2").arg(file, out.errorString()), {}};
    };
    if (!out.open(QIODevice::WriteOnly))
        return failed();
    QStringList header;
    for (CaseField field : fields)
        header.append(casefield::label(field));
    CsvWriter writer(header);
    Result<qint64> done = forEachRow(
        ledgerPath, filter, fields, progress, [&writer](const QStringList &cells) { writer.addRow(cells); },
        [&]() -> Status {
            const QByteArray bytes = writer.takeBytes();
            if (out.write(bytes) != bytes.size())
                return failed();
            return {};
        });
    if (!done) {
        out.cancelWriting();
        return done.error();
    }
    const QByteArray rest = writer.takeBytes();
    if (out.write(rest) != rest.size() || !out.commit())
        return failed();
    return done;
}

Result<qint64> CaseExport::toXlsx(const QString &ledgerPath, const CaseFilter &filter,
    const QList<CaseField> &fields, const QString &file, const QString &title, const Progress &progress)
{
    XlsxBook book(file, title);
    const int sheet = addCaseSheet(book, fields, title);
    // A sheet holds 1,048,576 rows: the header, the line above it when there is a title, the cases.
    const qint64 room = 1'048'576 - 1 - (title.isEmpty() ? 0 : 1);
    qint64 rows = 0;
    Result<qint64> done = forEachRow(
        ledgerPath, filter, fields, progress,
        [&](const QStringList &cells) {
            if (++rows <= room)
                book.addRow(sheet, {cells.cbegin(), cells.cend()});
        },
        [&]() -> Status {
            if (rows > room)
                return Error::invalid(QCoreApplication::translate("tz::Csv",
                    "An Excel sheet holds %1 cases at most and this list has more: export it as CSV.")
                                          .arg(room));
            return {};
        });
    if (!done)
        return done.error(); // the book's part file goes with it
    if (Status closed = book.close(); !closed)
        return closed.error();
    return done;
}

Result<QString> CaseExport::toHtml(const QString &ledgerPath, const CaseFilter &filter,
    const QList<CaseField> &fields, const QString &title, qint64 maxRows)
{
    QString rows;
    qint64 shown = 0;
    qint64 listed = 0;
    bool enough = false;
    // Pages are read until the rows wanted are there; the count comes with the first page.
    const auto progress = [&](qint64 read, qint64 total) {
        listed = total;
        enough = shown >= maxRows && read < total;
        return !enough;
    };
    Result<qint64> done = forEachRow(
        ledgerPath, filter, fields, progress,
        [&](const QStringList &cells) {
            if (shown >= maxRows)
                return;
            ++shown;
            rows += QStringLiteral("<tr>");
            for (const QString &cell : cells)
                rows += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
            rows += QStringLiteral("</tr>");
        },
        [] { return Status {}; });
    if (!done && !enough)
        return done.error();
    QString html = QStringLiteral("<html><body style=\"font-size:9pt\"><h3>%1</h3><p>%2</p>")
                       .arg(title.toHtmlEscaped(),
                           (listed > shown ? QCoreApplication::translate("tz::Csv",
                                "The first %1 of %2 cases; export the list to Excel for all of them.")
                                                 .arg(shown)
                                                 .arg(listed)
                                           : QCoreApplication::translate(
                                               "tz::Csv", "%n case(s).", nullptr, int(listed)))
                               .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>");
    for (CaseField field : fields)
        html += QStringLiteral("<th>%1</th>").arg(casefield::label(field).toHtmlEscaped());
    html += QStringLiteral("</tr>") + rows + QStringLiteral("</table></body></html>");
    return html;
}

int CaseExport::addCaseSheet(XlsxBook &book, const QList<CaseField> &fields, const QString &title)
{
    QList<XlsxColumn> columns;
    for (CaseField field : fields)
        columns.append({casefield::label(field), casefield::width(field)});
    //: The sheet of an Excel export that lists cases
    const int sheet = book.addSheet(QCoreApplication::translate("tz::Csv", "Cases"), columns);
    if (!title.isEmpty())
        book.addNote(sheet, title, true);
    return sheet;
}

} // namespace tz
