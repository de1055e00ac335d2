// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/common/error.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace tz {

class Ledger;

// The ledger-wide settings: one value each for every computer on the ledger, synced with it.
// Their stored names, types and defaults are one table (settings.cpp).
enum class SettingKey {
    CenterName, // the center's name: receipts, the sign-in window, the main window's title
    CenterPhone, // the center's phone, printed on receipts
    DemoLedger, // made by DemoGenerator: the sign-in window lists the demo accounts
};

// Reads and changes the ledger-wide settings. A setting is a Setting aggregate named by its
// stored name ("center.name"); each change is a SettingChanged event {value} holding the value
// as text, the way every ledger has stored it. A name this program does not know (a newer
// program's, synced in) is kept in the ledger and left alone.
class Settings
{
public:
    explicit Settings(Ledger &ledger);

    // The value stored, of the key's type; the key's default when none is stored or the text
    // stored does not read as that type.
    [[nodiscard]] QVariant value(SettingKey key);
    // Only an administrator changes a setting; `value` must be of the key's type (see parse()
    // for text typed by someone) and its text at most 200 characters.
    [[nodiscard]] Status setValue(const Actor &actor, SettingKey key, const QVariant &value);
    // What setValue() checks of a value, before anything is saved (a phone number's characters,
    // no control characters, the type, the length).
    [[nodiscard]] static Status check(SettingKey key, const QVariant &value);

    // A setting named as it is stored ("center.name"), for the command line: its value's text
    // (empty for a name this program does not know), and a change from text (an unknown name
    // is refused).
    [[nodiscard]] QString text(QStringView storedName);
    [[nodiscard]] Status setText(const Actor &actor, QStringView storedName, const QString &value);

    // The table.
    [[nodiscard]] static QList<SettingKey> keys();
    [[nodiscard]] static QString storedName(SettingKey key);
    [[nodiscard]] static QMetaType::Type type(SettingKey key);
    [[nodiscard]] static QVariant defaultValue(SettingKey key);

    // The key stored under `name`; none for a name this program does not know.
    [[nodiscard]] static std::optional<SettingKey> keyNamed(QStringView name);
    // A value's text as stored ("1" for true) read as the key's type; invalid when it is not one.
    [[nodiscard]] static QVariant parse(SettingKey key, const QString &text);
    // The text a value of the key's type is stored as: parse() reads it back.
    [[nodiscard]] static QString storedText(SettingKey key, const QVariant &value);

private:
    Ledger &m_ledger;
};

} // namespace tz
