// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/settings/settings.h"

#include "core/io/rowerror.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/settings/settingprojection.h"
#include "core/settings/settingtable.h"

#include <QCoreApplication>

namespace tz {
namespace {

// Every ledger-wide setting, in the order of SettingKey.
const SettingTable<SettingKey> &table()
{
    static const SettingTable<SettingKey> rows {
        {SettingKey::CenterName, QLatin1String("center.name"), QMetaType::QString, QString()},
        {SettingKey::CenterPhone, QLatin1String("center.phone"), QMetaType::QString, QString()},
        {SettingKey::DemoLedger, QLatin1String("demo"), QMetaType::Bool, false},
    };
    return rows;
}

constexpr qsizetype kMaxText = 200;

} // namespace

Settings::Settings(Ledger &ledger)
    : m_ledger(ledger)
{
}

QVariant Settings::value(SettingKey key)
{
    SqlStatement &statement
        = m_ledger.db().cached("Settings::value", "SELECT value FROM settings WHERE key = ?1");
    statement.bind(1, storedName(key));
    const std::optional<QString> text = statement.next() ? std::optional(statement.text(0)) : std::nullopt;
    statement.reset();
    if (!text)
        return defaultValue(key);
    const QVariant value = parse(key, *text);
    return value.isValid() ? value : defaultValue(key);
}

namespace {

// What a value's text may hold: it is printed on every receipt and shown in every window.
Status checkText(SettingKey key, const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error::invalid(QCoreApplication::translate(
                                      "tz::Settings", "A setting's value may not hold control characters."),
                Settings::storedName(key));
    if (key == SettingKey::CenterPhone && !text.isEmpty()) {
        static const QString allowed = QStringLiteral("0123456789 -+()/转、");
        int digits = 0;
        for (const QChar c : text) {
            if (!allowed.contains(c))
                return Error::invalid(QCoreApplication::translate("tz::Settings",
                                          "A phone number holds digits, spaces and - + ( ) / 转 only."),
                    Settings::storedName(key));
            digits += c.isDigit() ? 1 : 0;
        }
        if (digits < 5)
            return Error::invalid(
                QCoreApplication::translate("tz::Settings", "A phone number has at least five digits."),
                Settings::storedName(key));
    }
    return {};
}

} // namespace

Status Settings::setValue(const Actor &actor, SettingKey key, const QVariant &value)
{
    // The messages first written for CalendarService keep its context, where they are translated.
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Calendar", "Only an administrator may change settings."));
    if (Status fits = check(key, value); !fits)
        return fits;
    const QString text = storedText(key, value);
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Setting, storedName(key), settingevents::changed,
            {{QStringLiteral("value"), text}});
    });
}

Status Settings::check(SettingKey key, const QVariant &value)
{
    if (value.typeId() != type(key))
        return Error::invalid(
            QCoreApplication::translate("tz::Settings", "That is not a value the setting %1 can take.")
                .arg(storedName(key)),
            storedName(key));
    const QString text = storedText(key, value);
    if (text.size() > kMaxText)
        return Error::invalid(QCoreApplication::translate("tz::Calendar",
                                  "A setting has a name and a value of at most 200 characters."),
            storedName(key));
    return checkText(key, text);
}

QList<SettingKey> Settings::keys()
{
    return table().keys();
}

QString Settings::storedName(SettingKey key)
{
    return table()[key].storedName;
}

QMetaType::Type Settings::type(SettingKey key)
{
    return table()[key].type;
}

QString Settings::text(QStringView storedName)
{
    const std::optional<SettingKey> key = keyNamed(storedName);
    return key ? storedText(*key, value(*key)) : QString();
}

Status Settings::setText(const Actor &actor, QStringView storedName, const QString &value)
{
    const std::optional<SettingKey> key = keyNamed(storedName);
    if (!key)
        return Error::invalid(QCoreApplication::translate("tz::Settings", "There is no setting named %1.")
                                  .arg(quotedCell(storedName)));
    return setValue(actor, *key, parse(*key, value));
}

QVariant Settings::defaultValue(SettingKey key)
{
    return table()[key].defaultValue;
}

std::optional<SettingKey> Settings::keyNamed(QStringView name)
{
    return table().keyNamed(name);
}

QVariant Settings::parse(SettingKey key, const QString &text)
{
    if (type(key) != QMetaType::Bool)
        return text;
    if (text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("0"))
        return false;
    return {};
}

QString Settings::storedText(SettingKey key, const QVariant &value)
{
    // A flag is "1" or "0", as demo ledgers have always held it.
    if (type(key) == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

} // namespace tz
