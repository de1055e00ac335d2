// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/caselist.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace tz {

// The columns of a case list, shared by the window's table and the CSV export of it.
enum class CaseField {
    Number,
    Title,
    Resident,
    Unit,
    Handling,
    State,
    Channel,
    Registered,
    Deadline,
    Supervised
};

namespace casefield {

QList<CaseField> all();
QString label(CaseField field); // the column header
QString key(CaseField field); // remembered column choices: "number", "title", …
double width(CaseField field); // in characters, for an Excel sheet
// A row's text in this column; `unitName` turns a unit code into its name, `today` decides
// what is overdue. The resident's name is masked.
QString text(CaseField field, const CaseRow &row, const std::function<QString(const QString &)> &unitName,
    QDate today);
// Open past its deadline on `today`, and not waiting for the citizen's materials.
bool isOverdue(const CaseRow &row, QDate today);

} // namespace casefield
} // namespace tz
