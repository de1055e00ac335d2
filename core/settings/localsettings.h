// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace tz {

// What this computer remembers for whoever uses it: kept in QSettings, never in the ledger, so
// they stay with the computer when the ledger is synced or replaced. Their stored names, types
// and defaults are one table (localsettings.cpp).
enum class LocalKey {
    InterfaceLanguage, // "zh_CN" or "en"; Simplified Chinese unless English was chosen
    ReceiptPaper, // the receipt's paper, a ReceiptPaper of ui/receipt (0: A5)
    // The folder last chosen in a file dialog for each kind of file (ui/common/filedialogs);
    // empty until one is.
    ReceiptsFolder,
    ExportsFolder,
    ImportsFolder,
    AttachmentsFolder,
};

namespace localsettings {

// The value remembered, of the key's type; the key's default when none is, or it does not
// read as that type.
[[nodiscard]] QVariant value(LocalKey key);
void setValue(LocalKey key, const QVariant &value);

[[nodiscard]] QString storedName(LocalKey key);
[[nodiscard]] QMetaType::Type type(LocalKey key);
[[nodiscard]] QVariant defaultValue(LocalKey key);

} // namespace localsettings

} // namespace tz
