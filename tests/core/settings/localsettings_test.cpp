// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// What this computer remembers: typed keys over the QSettings names it has always used.
#include "support/catchqt.h"

#include "core/settings/localsettings.h"

#include <QSettings>

using namespace tz;

namespace {

// Puts back what the computer running the tests remembered under these names.
class Remembered
{
public:
    explicit Remembered(QStringList names)
        : m_names(std::move(names))
    {
        QSettings settings;
        for (const QString &name : std::as_const(m_names))
            m_values.append(settings.value(name));
    }
    ~Remembered()
    {
        QSettings settings;
        for (int i = 0; i < m_names.size(); ++i) {
            if (m_values.at(i).isValid())
                settings.setValue(m_names.at(i), m_values.at(i));
            else
                settings.remove(m_names.at(i));
        }
    }

private:
    QStringList m_names;
    QVariantList m_values;
};

} // namespace

TEST_CASE("what this computer remembers reads back typed, under the names it always had", "[settings]")
{
    const QString paper = localsettings::storedName(LocalKey::ReceiptPaper);
    const QString language = localsettings::storedName(LocalKey::InterfaceLanguage);
    CHECK(paper == QStringLiteral("receipt/paper"));
    CHECK(language == QStringLiteral("interface/language"));
    CHECK(localsettings::storedName(LocalKey::ExportsFolder) == QStringLiteral("dialogs/exportsFolder"));
    const Remembered remembered({paper, language});
    QSettings().remove(paper);
    QSettings().remove(language);

    CHECK(localsettings::value(LocalKey::ReceiptPaper).typeId() == QMetaType::Int);
    CHECK(localsettings::value(LocalKey::ReceiptPaper).toInt() == 0);
    CHECK(localsettings::value(LocalKey::InterfaceLanguage).toString() == QStringLiteral("zh_CN"));

    localsettings::setValue(LocalKey::ReceiptPaper, 1);
    localsettings::setValue(LocalKey::InterfaceLanguage, QStringLiteral("en"));
    CHECK(localsettings::value(LocalKey::ReceiptPaper).toInt() == 1);
    CHECK(QSettings().value(paper).toInt() == 1);
    CHECK(localsettings::value(LocalKey::InterfaceLanguage).toString() == QStringLiteral("en"));

    // What does not read as the key's type is as good as nothing remembered.
    QSettings().setValue(paper, QStringLiteral("roll"));
    CHECK(localsettings::value(LocalKey::ReceiptPaper).toInt() == 0);
}
