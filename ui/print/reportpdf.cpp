// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/print/reportpdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace tz {

Status writeReportPdf(const QString &html, const QString &file, const QList<QPair<QString, QImage>> &images)
{
    const QString part = file + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Taizhang"));
        QTextDocument document;
        for (const auto &[name, image] : images)
            document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        document.setHtml(html);
        document.print(&writer);
    }
    QFile::remove(file);
    if (!QFile::exists(part) || !QFile::rename(part, file)) {
        QFile::remove(part);
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Reports", "Cannot write the PDF file %1.").arg(file), {}};
    }
    return {};
}

} // namespace tz
