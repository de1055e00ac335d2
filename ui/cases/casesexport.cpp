// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// CasesPage's way out: the list as shown to an Excel workbook, CSV or PDF, and to the printer.
// Kept apart from casespage.cpp, which builds the page, filters the list and shows a case.
#include "ui/cases/casespage.h"

#include "core/cases/caseexport.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/workspace/workspace.h"
#include "ui/common/filedialogs.h"
#include "ui/common/longtask.h"
#include "ui/print/reportpdf.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace tz {

QList<CaseField> CasesPage::shownFields() const
{
    QList<CaseField> fields;
    for (QAction *action : m_columns->actions())
        if (action->isChecked())
            fields.append(static_cast<CaseField>(action->data().toInt()));
    return fields;
}

Result<QString> CasesPage::printableList()
{
    const QList<CaseField> fields = shownFields();
    //: The title of a printed case list: when and who
    const QString title = tr("Case list, %1, printed by %2")
                              .arg(businesstime::displayOf(m_workspace.ledger().wallMs()),
                                  m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName);
    return CaseExport::toHtml(m_workspace.ledger().path(), currentFilter(), fields, title);
}

void CasesPage::printShown()
{
    Result<QString> html = printableList();
    if (!html) {
        QMessageBox::warning(this, tr("Print"), html.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&html](QPrinter *target) {
        QTextDocument document;
        document.setHtml(*html);
        document.print(target);
    });
    preview.exec();
}

void CasesPage::exportShown()
{
    const QString suggested
        = tr("cases-%1.xlsx")
              .arg(businesstime::dateOf(m_workspace.ledger().wallMs()).toString(QStringLiteral("yyyyMMdd")));
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    const QString csv = tr("CSV files (*.csv)");
    const QString pdf = tr("PDF (*.pdf)");
    QString chosen = xlsx;
    QString file = filedialogs::saveFile(this, filedialogs::Kind::Exports, tr("Export the list"), suggested,
        xlsx + QStringLiteral(";;") + csv + QStringLiteral(";;") + pdf, &chosen);
    if (file.isEmpty())
        return;
    // A name typed without the type's ending gets it, so the file opens in Excel; the suggested
    // workbook's name follows a switch to CSV.
    const QString suffix = chosen == csv ? QStringLiteral(".csv")
        : chosen == pdf                  ? QStringLiteral(".pdf")
                                         : QStringLiteral(".xlsx");
    if (chosen != xlsx && file.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        file.chop(5);
    if (!file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        && !file.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
        && !file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        file += suffix;
    const QString message = exportTo(file);
    if (!message.isEmpty())
        QMessageBox::warning(this, tr("Export"), message);
}

QString CasesPage::exportTo(const QString &file)
{
    const QList<CaseField> fields = shownFields();
    const CaseFilter filter = currentFilter();
    const QString ledgerPath = m_workspace.ledger().path();
    const bool asCsv = file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        Result<QString> html = printableList();
        if (!html)
            return html.error().message;
        Status written = writeReportPdf(*html, file);
        return written ? QString() : written.error().message;
    }
    //: The first line of an exported case list's Excel sheet: when and who.
    const QString title = tr("Exported from the ledger on %1 by %2")
                              .arg(businesstime::dateOf(m_workspace.ledger().wallMs()).toString(Qt::ISODate),
                                  m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName);
    std::optional<Result<qint64>> result;
    runLongTask(this, tr("Exporting the cases…"), [&](const LongTaskProgress &progress) {
        if (asCsv)
            result = CaseExport::toCsv(ledgerPath, filter, fields, file, progress);
        else
            result = CaseExport::toXlsx(ledgerPath, filter, fields, file, title, progress);
    });
    if (!result || !*result)
        return result ? result->error().message : tr("The export did not finish.");
    return {};
}

} // namespace tz
