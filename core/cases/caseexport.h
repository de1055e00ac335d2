// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "cases/casefields.h"
#include "common/error.h"

#include <functional>

namespace tz {

// Writes the cases a list shows as CSV for Excel (UTF-8 with a byte order mark), through a
// connection of its own: it runs on a worker thread while the window stays responsive. Pages
// of the list are read and written one after the other, so memory stays flat at any size.
class CaseExport
{
public:
    // Called after each page with the rows written and the total; returning false cancels
    // (the file is then not created). Called on the exporting thread.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Returns how many cases were written. A cancelled export is an error of kind Cancelled.
    static Result<qint64> toCsv(const QString &ledgerPath, const CaseFilter &filter,
        const QList<CaseField> &fields, const QString &file, const Progress &progress = {});
};

} // namespace tz
