// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QString>

namespace tz {

// A resident's phone: an 11-digit mobile (1[3-9]…) or a landline with its area code
// ("0778-2281234", with an optional extension "-801").
class PhoneNumber
{
public:
    [[nodiscard]] static Result<PhoneNumber> parse(QStringView text);
    [[nodiscard]] const QString &text() const { return m_text; } // normalised
    [[nodiscard]] bool isMobile() const { return m_mobile; }
    [[nodiscard]] QString digits() const;

private:
    PhoneNumber(QString text, bool mobile)
        : m_text(std::move(text))
        , m_mobile(mobile)
    {
    }
    QString m_text;
    bool m_mobile = false;
};

} // namespace tz
