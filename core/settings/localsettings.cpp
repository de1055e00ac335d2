// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/settings/localsettings.h"

#include "core/settings/settingtable.h"

#include <QSettings>

namespace tz::localsettings {
namespace {

// Every setting of this computer, in the order of LocalKey.
const SettingTable<LocalKey> &table()
{
    static const SettingTable<LocalKey> rows {
        {LocalKey::InterfaceLanguage, QLatin1String("interface/language"), QMetaType::QString,
            QStringLiteral("zh_CN")},
        {LocalKey::ReceiptPaper, QLatin1String("receipt/paper"), QMetaType::Int, 0},
        {LocalKey::ReceiptsFolder, QLatin1String("dialogs/receiptsFolder"), QMetaType::QString, QString()},
        {LocalKey::ExportsFolder, QLatin1String("dialogs/exportsFolder"), QMetaType::QString, QString()},
        {LocalKey::ImportsFolder, QLatin1String("dialogs/importsFolder"), QMetaType::QString, QString()},
        {LocalKey::AttachmentsFolder, QLatin1String("dialogs/attachmentsFolder"), QMetaType::QString,
            QString()},
    };
    return rows;
}

} // namespace

QVariant value(LocalKey key)
{
    QVariant stored = QSettings().value(storedName(key));
    if (!stored.isValid() || !stored.convert(QMetaType(type(key))))
        return defaultValue(key);
    return stored;
}

void setValue(LocalKey key, const QVariant &value)
{
    Q_ASSERT(value.typeId() == type(key));
    QSettings().setValue(storedName(key), value);
}

QString storedName(LocalKey key)
{
    return table()[key].storedName;
}

QMetaType::Type type(LocalKey key)
{
    return table()[key].type;
}

QVariant defaultValue(LocalKey key)
{
    return table()[key].defaultValue;
}

} // namespace tz::localsettings
