// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/residents/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tz {
namespace {

Error invalid(const char *message)
{
    return Error::invalid(QCoreApplication::translate("tz::Phone", message), QStringLiteral("phone"));
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(QStringView input)
{
    QString text = input.trimmed().toString();
    text.replace(QChar(0x2014), QLatin1Char('-')).replace(QChar(0xFF0D), QLatin1Char('-'));
    if (text.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("tz::Phone", "Enter a phone number."));
    for (const QChar c : std::as_const(text)) {
        if (!(c.isDigit() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char(' ')
            && c != QLatin1Char('+') && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return invalid(
                QT_TRANSLATE_NOOP("tz::Phone", "A phone number holds digits, spaces and dashes only."));
    }
    // Mobile: strip separators and a +86 / 0086 prefix.
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s()+-]")));
    if (text.startsWith(QLatin1String("+86")) || digits.startsWith(QLatin1String("0086"))) {
        digits = digits.startsWith(QLatin1String("0086")) ? digits.mid(4) : digits.mid(2);
    }
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    if (mobile.match(digits).hasMatch())
        return PhoneNumber(digits, true);
    // Landline: 0 + 2–3 digit area code, 7–8 digit number, optional extension.
    static const QRegularExpression landline(
        QStringLiteral("^\\(?(0\\d{2,3})\\)?[\\s-]?(\\d{7,8})(?:[\\s-](\\d{1,5}))?$"));
    const QRegularExpressionMatch m = landline.match(text);
    if (m.hasMatch()) {
        QString normal = m.captured(1) + QLatin1Char('-') + m.captured(2);
        if (!m.captured(3).isEmpty())
            normal += QLatin1Char('-') + m.captured(3);
        return PhoneNumber(normal, false);
    }
    if (digits.startsWith(QLatin1Char('0')) && (digits.size() == 11 || digits.size() == 12)) {
        // "07782281234": a 4-digit area code run together with a 7-digit number (or 3 + 8).
        const bool threeDigitArea = digits.at(1) == QLatin1Char('1') || digits.at(1) == QLatin1Char('2');
        const int area = digits.size() == 12 || !threeDigitArea ? 4 : 3;
        return PhoneNumber(digits.left(area) + QLatin1Char('-') + digits.mid(area), false);
    }
    if (digits.size() <= 6)
        return invalid(QT_TRANSLATE_NOOP(
            "tz::Phone", "A short service number (such as 12345) is not a resident's phone."));
    if (digits.startsWith(QLatin1Char('1')))
        return invalid(
            QT_TRANSLATE_NOOP("tz::Phone", "A mobile number has 11 digits and starts with 13–19."));
    return invalid(QT_TRANSLATE_NOOP("tz::Phone", "A landline needs its area code, such as 0778-2281234."));
}

QString PhoneNumber::digits() const
{
    QString result = m_text;
    result.remove(QLatin1Char('-'));
    return result;
}

} // namespace tz
