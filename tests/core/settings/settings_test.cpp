// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The ledger-wide settings: typed keys over the SettingChanged events every ledger already holds.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/calendar/calendarservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/settings/settingprojection.h"
#include "core/settings/settings.h"

#include <QSet>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001"); // 五圩社区

// A SettingChanged event as any program has written it, this one or another (older, newer).
void appendChanged(TempLedger &t, const QString &storedName, const QString &text)
{
    REQUIRE(t.ws()
                .ledger()
                .write(QStringLiteral("elsewhere"),
                    [&](LedgerTransaction &tx) {
                        tx.append(AggregateType::Setting, storedName, settingevents::changed,
                            {{QStringLiteral("value"), text}});
                    })
                .ok());
}

} // namespace

TEST_CASE("every setting has a stored name of its own and a default of its own type", "[settings]")
{
    QSet<QString> names;
    for (const SettingKey key : Settings::keys()) {
        const QString name = Settings::storedName(key);
        CHECK_FALSE(name.isEmpty());
        CHECK(Settings::keyNamed(name) == key);
        CHECK(Settings::defaultValue(key).typeId() == Settings::type(key));
        names.insert(name);
    }
    CHECK(names.size() == Settings::keys().size());
    // The names ledgers have always stored.
    CHECK(Settings::storedName(SettingKey::CenterName) == QStringLiteral("center.name"));
    CHECK(Settings::storedName(SettingKey::CenterPhone) == QStringLiteral("center.phone"));
    CHECK(Settings::storedName(SettingKey::DemoLedger) == QStringLiteral("demo"));
}

TEST_CASE("a new ledger's settings are their defaults", "[settings]")
{
    TempLedger t(TempLedger::Data::None);
    Settings &settings = t.ws().settings();
    CHECK(settings.value(SettingKey::CenterName).typeId() == QMetaType::QString);
    CHECK(settings.value(SettingKey::CenterName).toString().isEmpty());
    CHECK(settings.value(SettingKey::CenterPhone).toString().isEmpty());
    CHECK(settings.value(SettingKey::DemoLedger).typeId() == QMetaType::Bool);
    CHECK_FALSE(settings.value(SettingKey::DemoLedger).toBool());
}

TEST_CASE("a setting an administrator sets is read back, after a restart too, as the same event as before",
    "[settings]")
{
    TempLedger t(TempLedger::Data::None);
    REQUIRE(t.ws()
                .settings()
                .setValue(t.admin(), SettingKey::CenterName, QStringLiteral("五圩镇党群服务中心"))
                .ok());
    REQUIRE(t.ws().settings().setValue(t.admin(), SettingKey::DemoLedger, true).ok());
    t.reopen();
    Settings &settings = t.ws().settings();
    CHECK(settings.value(SettingKey::CenterName).toString() == QStringLiteral("五圩镇党群服务中心"));
    CHECK(settings.value(SettingKey::DemoLedger).toBool());
    CHECK(settings.value(SettingKey::CenterPhone).toString().isEmpty());

    // What older programs and the server read: SettingChanged {value} under the stored name.
    const QList<Event> demo = t.ws().ledger().events(AggregateType::Setting, QStringLiteral("demo"));
    REQUIRE(demo.size() == 1);
    CHECK(demo.first().type == QStringLiteral("SettingChanged"));
    CHECK(demo.first().payload == QJsonObject {{QStringLiteral("value"), QStringLiteral("1")}});
}

TEST_CASE("values an older ledger holds read the same", "[settings]")
{
    TempLedger t(TempLedger::Data::None);
    appendChanged(t, QStringLiteral("center.phone"), QStringLiteral("0778-2291234"));
    appendChanged(t, QStringLiteral("demo"), QStringLiteral("1"));
    Settings &settings = t.ws().settings();
    CHECK(settings.value(SettingKey::CenterPhone).toString() == QStringLiteral("0778-2291234"));
    CHECK(settings.value(SettingKey::DemoLedger).toBool());
    // The stored-name calls the command line still makes read and write the same values.
    CHECK(t.ws().settings().text(QStringLiteral("demo")) == QStringLiteral("1"));
    REQUIRE(
        t.ws().settings().setText(t.admin(), QStringLiteral("center.name"), QStringLiteral("东江镇")).ok());
    CHECK(settings.value(SettingKey::CenterName).toString() == QStringLiteral("东江镇"));
}

TEST_CASE("a setting under a name this program does not know is kept and left alone", "[settings]")
{
    TempLedger t(TempLedger::Data::None);
    appendChanged(t, QStringLiteral("receipt.footer"), QStringLiteral("谢谢"));
    appendChanged(t, QStringLiteral("demo"), QStringLiteral("yes")); // not a flag's text
    CHECK_FALSE(Settings::keyNamed(QStringLiteral("receipt.footer")).has_value());
    Settings &settings = t.ws().settings();
    for (const SettingKey key : Settings::keys())
        CHECK(settings.value(key) == Settings::defaultValue(key));
    // Kept for the program that knows it (and for verify's fresh fold).
    CHECK(t.ws().ledger().db().scalarText("SELECT value FROM settings WHERE key = 'receipt.footer'")
        == QStringLiteral("谢谢"));
    CHECK(t.ws().settings().text(QStringLiteral("receipt.footer")).isEmpty());
    CHECK(t.ws()
              .settings()
              .setText(t.admin(), QStringLiteral("receipt.footer"), QStringLiteral("x"))
              .error()
              .kind
        == ErrorKind::Invalid);
}

TEST_CASE("only an administrator changes a setting, and only to a value of its type", "[settings]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    Settings &settings = t.ws().settings();
    const Status refused = settings.setValue(clerk, SettingKey::CenterName, QStringLiteral("某中心"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    CHECK(
        t.ws().settings().setText(clerk, QStringLiteral("center.name"), QStringLiteral("某中心")).error().kind
        == ErrorKind::Forbidden);
    CHECK(settings.value(SettingKey::CenterName).toString().isEmpty());
    CHECK(t.ws().ledger().events(AggregateType::Setting, QStringLiteral("center.name")).isEmpty());

    CHECK(settings.setValue(t.admin(), SettingKey::DemoLedger, QStringLiteral("1")).error().kind
        == ErrorKind::Invalid);
    CHECK(settings.setValue(t.admin(), SettingKey::CenterPhone, QString(201, QLatin1Char('1'))).error().kind
        == ErrorKind::Invalid);
    CHECK(settings.setValue(t.admin(), SettingKey::CenterPhone, QString(200, QLatin1Char('1'))).ok());

    // Printed on every receipt: a phone number is digits and the usual marks, and no value holds
    // control characters.
    for (const QString &bad :
        {QStringLiteral("abc"), QStringLiteral("12"), QStringLiteral("0778\x1b[2J2291234")}) {
        CAPTURE(bad);
        CHECK(settings.setValue(t.admin(), SettingKey::CenterPhone, bad).error().field
            == QStringLiteral("center.phone"));
    }
    CHECK_FALSE(settings.setValue(t.admin(), SettingKey::CenterName, QStringLiteral("五圩\u202e镇")).ok());
    for (const QString &good : {QStringLiteral("0778-2291234"), QStringLiteral("(0778) 229 1234转8001"),
             QStringLiteral("+86 778 2291234")})
        CHECK(settings.setValue(t.admin(), SettingKey::CenterPhone, good).ok());
}
