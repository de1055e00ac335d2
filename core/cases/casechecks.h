// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// What CaseService's commands check of the text they are given (its files share it).
#pragma once

#include "core/common/error.h"

#include <QCoreApplication>

#include <optional>

namespace tz::casechecks {

constexpr int kTitleMax = 60;
constexpr int kTextMax = 2000;
constexpr int kNameMax = 40;

// Refuses empty, oversize or control-character text with a message naming the field.
inline std::optional<Error> checkText(
    const QString &text, const QString &field, const QString &label, int max, bool required)
{
    if (required && text.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate("tz::Cases", "%1 is required.").arg(label), field);
    if (text.size() > max)
        return Error::invalid(
            QCoreApplication::translate("tz::Cases", "%1 may have at most %2 characters (it has %3).")
                .arg(label)
                .arg(max)
                .arg(text.size()),
            field);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return Error::invalid(
                QCoreApplication::translate("tz::Cases", "%1 holds a control character; retype it.")
                    .arg(label),
                field);
    }
    return std::nullopt;
}

inline void throwIf(const std::optional<Error> &error)
{
    if (error)
        throw ErrorException(*error);
}

} // namespace tz::casechecks
