// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tz {

// 受理编号: "20260109-7KQ2M-0042" — the registration day, the recording device's code and that
// device's counter for the day. Sorts by date, fits a receipt (19 characters, 20 past 9,999 a
// day) and is unique across devices without asking any server.
class CaseNumber
{
public:
    static QString format(QDate day, const QString &deviceCode, int counter);
    // The prefix shared by one device's numbers of one day ("20260109-7KQ2M-").
    static QString dayPrefix(QDate day, const QString &deviceCode);
    static bool looksLikeNumber(QStringView text);
    static std::optional<int> counterOf(QStringView number);
};

} // namespace tz
