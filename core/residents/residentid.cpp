// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/residents/residentid.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tz {
namespace {

Error invalid(const QString &message)
{
    return Error::invalid(message, QStringLiteral("idNumber"));
}

} // namespace

QChar ResidentId::checkDigit(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kChecks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17.at(i).digitValue() * kWeights[i];
    return QLatin1Char(kChecks[sum % 11]);
}

Result<ResidentId> ResidentId::parse(QStringView input)
{
    QString text;
    for (const QChar c : input) {
        if (!c.isSpace())
            text += c.toUpper();
    }
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("tz::ResidentId", "Enter the ID number."));
    if (text.size() == 15) {
        bool digits = true;
        for (const QChar c : std::as_const(text))
            digits = digits && c.isDigit();
        if (digits)
            return invalid(QCoreApplication::translate("tz::ResidentId",
                "This is an old 15-digit ID number; ask for the 18-digit number on the current "
                "identity card."));
    }
    if (text.size() != 18)
        return invalid(
            QCoreApplication::translate("tz::ResidentId", "An ID number has 18 characters; this one has %1.")
                .arg(text.size()));
    for (int i = 0; i < 17; ++i) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > 127)
            return invalid(QCoreApplication::translate(
                "tz::ResidentId", "Character %1 of the ID number must be a digit.")
                               .arg(i + 1));
    }
    const QChar last = text.at(17);
    if (!(last.isDigit() && last.unicode() < 128) && last != QLatin1Char('X'))
        return invalid(QCoreApplication::translate(
            "tz::ResidentId", "The last character of the ID number must be a digit or X."));
    if (text.at(0) == QLatin1Char('0'))
        return invalid(QCoreApplication::translate(
            "tz::ResidentId", "The ID number's region code (its first 6 digits) is not valid."));
    const QDate birth = QDate::fromString(text.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1800)
        return invalid(QCoreApplication::translate(
            "tz::ResidentId", "The birth date in the ID number (digits 7 to 14) is not a real date."));
    if (birth > QDate::currentDate())
        return invalid(QCoreApplication::translate(
            "tz::ResidentId", "The birth date in the ID number is in the future."));
    if (checkDigit(QStringView(text).left(17)) != last)
        return invalid(QCoreApplication::translate("tz::ResidentId",
            "The ID number's check digit does not match: one character is probably mistyped."));
    return ResidentId(text);
}

QDate ResidentId::birthDate() const
{
    return QDate::fromString(m_text.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

bool ResidentId::isMale() const
{
    return m_text.at(16).digitValue() % 2 == 1;
}

} // namespace tz
