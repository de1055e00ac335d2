// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QDate>
#include <QString>

namespace tz {

// A resident identity card number (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit
// sequence (odd for men), and an ISO 7064 MOD 11-2 check character (0–9 or X).
class ResidentId
{
public:
    [[nodiscard]] static Result<ResidentId> parse(QStringView text);
    // The check character for the first 17 digits.
    [[nodiscard]] static QChar checkDigit(QStringView first17);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] QDate birthDate() const;
    [[nodiscard]] bool isMale() const;
    [[nodiscard]] QString regionCode() const { return m_text.left(6); }

private:
    explicit ResidentId(QString text)
        : m_text(std::move(text))
    {
    }
    QString m_text;
};

} // namespace tz
