// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "cases/caseexport.h"

#include "common/businesstime.h"
#include "io/csvwriter.h"
#include "ledger/ledger.h"
#include "ledger/sqldatabase.h"

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
        SqlStatement &statement = db.cached("SELECT name FROM org_units WHERE code = ?1");
        statement.bind(1, code);
        it = names.insert(code, statement.next() ? statement.text(0) : code);
        statement.reset();
    }
    return it.value();
}

} // namespace

Result<qint64> CaseExport::toCsv(const QString &ledgerPath, const CaseFilter &filter,
    const QList<CaseField> &fields, const QString &file, const Progress &progress)
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

        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return Error {ErrorKind::Io,
                QCoreApplication::translate("tz::Csv", "Cannot write %1: %2").arg(file, out.errorString()),
                {}};
        QStringList header;
        for (CaseField field : fields)
            header.append(casefield::label(field));
        CsvWriter writer(header);
        qint64 done = 0;
        QList<CaseRow> page = list.page(filter, nullptr, kPage);
        while (!page.isEmpty()) {
            for (const CaseRow &row : page) {
                QStringList cells;
                cells.reserve(fields.size());
                for (CaseField field : fields)
                    cells.append(casefield::text(field, row, unitName, today));
                writer.addRow(cells);
            }
            done += page.size();
            const QByteArray bytes = writer.takeBytes();
            if (out.write(bytes) != bytes.size())
                return Error {ErrorKind::Io,
                    QCoreApplication::translate("tz::Csv", "Cannot write %1: %2")
                        .arg(file, out.errorString()),
                    {}};
            if (progress && !progress(done, total)) {
                out.cancelWriting();
                return Error {ErrorKind::Cancelled,
                    QCoreApplication::translate("tz::Csv", "The export was cancelled; no file was written."),
                    {}};
            }
            if (page.size() < kPage)
                break;
            const CaseRow last = page.constLast();
            page = list.page(filter, &last, kPage);
        }
        const QByteArray rest = writer.takeBytes();
        if (out.write(rest) != rest.size() || !out.commit())
            return Error {ErrorKind::Io,
                QCoreApplication::translate("tz::Csv", "Cannot write %1: %2").arg(file, out.errorString()),
                {}};
        return done;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz
