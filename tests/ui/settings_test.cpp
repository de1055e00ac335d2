// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/scopedlanguage.h"
#include "support/templedger.h"
#include "support/widgets.h"

#include "core/auth/userservice.h"
#include "core/calendar/calendarservice.h"
#include "core/catalog/catalogservice.h"
#include "core/grids/gridservice.h"
#include "core/org/orgservice.h"
#include "core/settings/settings.h"
#include "ui/settings/catalogtab.h"
#include "ui/settings/gridstab.h"
#include "ui/settings/orgtab.h"
#include "ui/settings/settingspage.h"
#include "ui/settings/userstab.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace tz;
using tz::test::child;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001");

} // namespace

TEST_CASE("settings: the center's name is required, imports report rejected rows and import nothing", "[ui]")
{
    TempLedger t;
    SettingsPage page(t.ws(), t.admin());
    page.show();
    CHECK(page.tabs()->count() == 6);
    child<QLineEdit>(&page, "centerName")->setText(QStringLiteral("   "));
    child<QPushButton>(&page, "saveCenter")->click();
    CHECK(child<QLabel>(&page, "centerMessage")->text().size() > 0);
    CHECK(t.ws().settings().text(QStringLiteral("center.name")).isEmpty());
    child<QLineEdit>(&page, "centerName")->setText(QStringLiteral("五圩镇党群服务中心"));
    child<QLineEdit>(&page, "centerPhone")->setText(QStringLiteral("0778-2291234"));
    child<QPushButton>(&page, "saveCenter")->click();
    CHECK(t.ws().settings().text(QStringLiteral("center.name")) == QStringLiteral("五圩镇党群服务中心"));
    CHECK(t.ws().settings().text(QStringLiteral("center.phone")) == QStringLiteral("0778-2291234"));

    // Two bad rows of three: nothing imported, both listed with their line.
    const QString bad = t.dir() + QStringLiteral("/bad.csv");
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("code,name,level,parent_code\n"
               "451202107999,新建村,village,451202107000\n"
               "45120210799,短码村,village,451202107000\n"
               "451202107998,,village,451202107000\n");
    file.close();
    const qsizetype before = t.ws().org().children(QStringLiteral("451202107000")).size();
    page.importFile(SettingsPage::Import::Divisions, bad);
    auto *errors = child<QTableWidget>(&page, "importErrors");
    CHECK(errors->rowCount() == 2);
    CHECK(errors->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(t.ws().org().children(QStringLiteral("451202107000")).size() == before);

    const QString good = t.dir() + QStringLiteral("/good.csv");
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write("code,name,level,parent_code\n451202107999,新建村,village,451202107000\n");
    goodFile.close();
    const QString summary = page.importFile(SettingsPage::Import::Divisions, good);
    CHECK(summary.contains(QLatin1String("1")));
    CHECK_FALSE(errors->isVisible());
    CHECK(t.ws().org().unit(QStringLiteral("451202107999")).has_value());
}

TEST_CASE("settings: a clerk sees only the center and the language", "[ui]")
{
    TempLedger t;
    SettingsPage page(t.ws(), t.user(Role::Clerk, kVillage, QStringLiteral("clerk")));
    CHECK(page.tabs()->count() == 1);
    CHECK(child<QLineEdit>(&page, "centerName")->isReadOnly());
}

TEST_CASE("settings: users, departments, deadlines, grids and catalog items are added in place", "[ui]")
{
    TempLedger t;
    const Actor admin = t.admin();

    UsersTab users(t.ws(), admin);
    child<QLineEdit>(&users, "newLogin")->setText(QStringLiteral("wx-grid"));
    child<QLineEdit>(&users, "newName")->setText(QStringLiteral("黄网格"));
    auto *role = child<QComboBox>(&users, "newRole");
    role->setCurrentIndex(role->findData(static_cast<int>(Role::GridWorker)));
    auto *unit = child<QComboBox>(&users, "newUnit");
    unit->setCurrentIndex(unit->findData(kVillage));
    child<QLineEdit>(&users, "newPassword")->setText(QStringLiteral("123"));
    users.addUser();
    CHECK_FALSE(t.ws().users().byLogin(QStringLiteral("wx-grid")).has_value());
    CHECK(child<QLabel>(&users, "usersMessage")->isVisibleTo(&users));
    child<QLineEdit>(&users, "newPassword")->setText(QStringLiteral("grid-pass-2026"));
    users.addUser();
    REQUIRE(t.ws().users().byLogin(QStringLiteral("wx-grid")).has_value());
    CHECK(t.ws().users().authenticate(QStringLiteral("wx-grid"), QStringLiteral("grid-pass-2026")).ok());

    OrgTab org(t.ws(), admin);
    auto *orgUnit = child<QComboBox>(&org, "orgUnit");
    orgUnit->setCurrentIndex(orgUnit->findData(QStringLiteral("451202107000")));
    org.addDepartment(QStringLiteral("民政办"));
    CHECK(
        t.ws().org().departmentByName(QStringLiteral("451202107000"), QStringLiteral("民政办")).has_value());
    org.deadlineBox(static_cast<int>(Handling::Routed))->setValue(7);
    org.saveDeadlines();
    CHECK(t.ws().calendar().deadlineDays(QStringLiteral("451202107000"), Handling::Routed) == 7);
    CHECK(t.ws().calendar().deadlineDays(kVillage, Handling::Routed) == 7); // inherited

    GridsTab grids(t.ws(), admin);
    auto *village = child<QComboBox>(&grids, "gridVillage");
    village->setCurrentIndex(village->findData(kVillage));
    grids.createGrid(QStringLiteral("第一村民小组"), false);
    REQUIRE(grids.tree()->topLevelItemCount() == 1);
    grids.tree()->setCurrentItem(grids.tree()->topLevelItem(0));
    grids.createGrid(QStringLiteral("十户联防一组"), true);
    CHECK(grids.tree()->topLevelItem(0)->childCount() == 1);
    grids.tree()->setCurrentItem(grids.tree()->topLevelItem(0)->child(0));
    child<QPushButton>(&grids, "appointCaptain")->click();
    const User worker = *t.ws().users().byLogin(QStringLiteral("wx-grid"));
    const QList<Grid> all = t.ws().grids().grids(kVillage);
    CHECK(std::any_of(all.begin(), all.end(), [&](const Grid &g) { return g.captainId == worker.id; }));

    CatalogTab catalog(t.ws(), admin);
    const int before = catalog.table()->rowCount();
    child<QLineEdit>(&catalog, "catalogName")->setText(QStringLiteral("农村危房改造申请"));
    auto *klass = child<QComboBox>(&catalog, "catalogClass");
    klass->setCurrentIndex(klass->findData(static_cast<int>(Handling::Routed)));
    child<QSpinBox>(&catalog, "catalogDays")->setValue(10);
    catalog.save(); // no department: refused in place
    CHECK(catalog.table()->rowCount() == before);
    CHECK(child<QLabel>(&catalog, "catalogMessage")->isVisibleTo(&catalog));
    child<QLineEdit>(&catalog, "catalogDepartment")->setText(QStringLiteral("住建"));
    INFO(catalog.save().toStdString());
    CHECK(catalog.table()->rowCount() == before + 1);
    const std::optional<CatalogItem> item = t.ws().catalog().byName(QStringLiteral("农村危房改造申请"));
    REQUIRE(item.has_value());
    CHECK(item->deadlineDays == 10);
    CHECK(item->handling == Handling::Routed);
}

TEST_CASE("settings: picking another catalog item or unit asks before edits are lost", "[ui]")
{
    TempLedger t;
    const Actor admin = t.admin();

    CatalogTab catalog(t.ws(), admin);
    REQUIRE(catalog.table()->rowCount() >= 2);
    catalog.table()->setCurrentCell(0, 0);
    auto *name = child<QLineEdit>(&catalog, "catalogName");
    const QString first = name->text();
    REQUIRE_FALSE(catalog.isDirty());
    auto *department = child<QLineEdit>(&catalog, "catalogDepartment");
    const QString newDepartment = department->text() + QStringLiteral("窗口");
    department->setText(newDepartment);
    REQUIRE(catalog.isDirty());

    // Keep editing: the form and the selected row stay.
    auto answered = std::make_shared<bool>(false);
    tz::test::answerNextModal("unsavedStay", answered);
    catalog.table()->setCurrentCell(1, 0);
    CHECK(*answered);
    CHECK(name->text() == first);
    CHECK(department->text() == newDepartment);
    CHECK(catalog.table()->currentRow() == 0);

    // Save them: the item is saved, then the other one shows.
    answered = std::make_shared<bool>(false);
    tz::test::answerNextModal("unsavedSave", answered);
    catalog.table()->setCurrentCell(1, 0);
    CHECK(*answered);
    CHECK(t.ws().catalog().byName(first)->department == newDepartment);
    CHECK(name->text() != first);
    CHECK_FALSE(catalog.isDirty());

    OrgTab org(t.ws(), admin);
    auto *orgUnit = child<QComboBox>(&org, "orgUnit");
    orgUnit->setCurrentIndex(orgUnit->findData(QStringLiteral("451202107000")));
    const int routed = t.ws().calendar().deadlineDays(QStringLiteral("451202107000"), Handling::Routed);
    org.deadlineBox(static_cast<int>(Handling::Routed))->setValue(routed + 2);
    REQUIRE(org.deadlinesDirty());

    // Throw them away: the other unit shows and nothing was written.
    answered = std::make_shared<bool>(false);
    tz::test::answerNextModal("unsavedDiscard", answered);
    orgUnit->setCurrentIndex(orgUnit->findData(kVillage));
    CHECK(*answered);
    CHECK(orgUnit->currentData().toString() == kVillage);
    CHECK(t.ws().calendar().deadlineDays(QStringLiteral("451202107000"), Handling::Routed) == routed);
    CHECK_FALSE(org.deadlinesDirty());

    // Keep editing: the unit stays picked with the typed value.
    org.deadlineBox(static_cast<int>(Handling::Fast))->setValue(11);
    answered = std::make_shared<bool>(false);
    tz::test::answerNextModal("unsavedStay", answered);
    orgUnit->setCurrentIndex(orgUnit->findData(QStringLiteral("451202107000")));
    CHECK(*answered);
    CHECK(orgUnit->currentData().toString() == kVillage);
    CHECK(org.deadlineBox(static_cast<int>(Handling::Fast))->value() == 11);
}

TEST_CASE("the settings tabs render for a look", "[.screenshot]")
{
    const tz::test::ScopedLanguage chinese(QStringLiteral("zh_CN"));
    TempLedger t;
    const QString dir = qEnvironmentVariable("TZ_SCREENSHOTS", QStringLiteral("/tmp"));
    t.user(Role::Clerk, kVillage, QStringLiteral("wx-counter"));
    t.user(Role::GridWorker, kVillage, QStringLiteral("wx-grid"));
    SettingsPage page(t.ws(), t.admin());
    page.resize(1100, 640);
    page.show();
    const QString bad = t.dir() + QStringLiteral("/bad.csv");
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("code,name,level,parent_code\n45120210799,短码村,village,451202107000\n"
               "451202107998,,village,451202107000\n");
    file.close();
    page.importFile(SettingsPage::Import::Divisions, bad);
    page.tabs()->setCurrentIndex(1);
    REQUIRE(page.grab().save(dir + QStringLiteral("/settings-import.png")));
    page.tabs()->setCurrentIndex(2);
    REQUIRE(page.grab().save(dir + QStringLiteral("/settings-users.png")));
    page.tabs()->setCurrentIndex(3);
    REQUIRE(page.grab().save(dir + QStringLiteral("/settings-org.png")));
}
