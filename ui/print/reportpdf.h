// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace tz {

// Lays out a report's HTML (ReportExport::html) on A4 pages and writes it as a PDF with Qt's
// PDF writer; `images` are the resources the HTML names ("chart:0"). Needs a QGuiApplication
// (taizhang-cli makes one, offscreen, for --pdf). Kept apart from the widgets so that the CLI
// can write the same PDF the desktop does.
[[nodiscard]] Status writeReportPdf(
    const QString &html, const QString &file, const QList<QPair<QString, QImage>> &images = {});

} // namespace tz
