// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/settings/settingspage.h"

#include "core/calendar/calendarservice.h"
#include "core/catalog/catalogservice.h"
#include "core/org/orgservice.h"
#include "core/settings/localsettings.h"
#include "core/settings/settings.h"
#include "core/workspace/workspace.h"
#include "ui/common/filedialogs.h"
#include "ui/common/longtask.h"
#include "ui/common/messages.h"
#include "ui/settings/catalogtab.h"
#include "ui/settings/gridstab.h"
#include "ui/settings/orgtab.h"
#include "ui/settings/userstab.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tz {

SettingsPage::SettingsPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(generalTab(), tr("Center and language"));
    if (m_actor.role == Role::Admin) {
        m_tabs->addTab(importTab(), tr("Imports"));
        addAdminTabs();
    } else {
        layout->addWidget(messages::noteLabel(this,
            tr("Imports, users, departments, deadlines, grids and the catalog are changed by an "
               "administrator.")));
    }
    layout->addWidget(m_tabs, 1);
}

void SettingsPage::addAdminTabs()
{
    while (m_tabs->count() > 2) {
        QWidget *old = m_tabs->widget(2);
        m_tabs->removeTab(2);
        old->deleteLater();
    }
    m_tabs->addTab(new UsersTab(m_workspace, m_actor, m_tabs), tr("Users and roles"));
    m_tabs->addTab(new OrgTab(m_workspace, m_actor, m_tabs), tr("Departments and deadlines"));
    m_tabs->addTab(new GridsTab(m_workspace, m_actor, m_tabs), tr("Grids"));
    m_tabs->addTab(new CatalogTab(m_workspace, m_actor, m_tabs), tr("Service catalog"));
}

QString SettingsPage::savedLanguage()
{
    const QString language = localsettings::value(LocalKey::InterfaceLanguage).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("zh_CN");
}

QWidget *SettingsPage::generalTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *center = new QGroupBox(tr("The center, as receipts print it"), tab);
    center->setMaximumWidth(720);
    auto *form = new QFormLayout(center);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_centerName = new QLineEdit(m_workspace.settings().value(SettingKey::CenterName).toString(), center);
    m_centerName->setObjectName(QStringLiteral("centerName"));
    m_centerName->setPlaceholderText(tr("e.g. 五圩镇党群服务中心"));
    m_centerPhone = new QLineEdit(m_workspace.settings().value(SettingKey::CenterPhone).toString(), center);
    m_centerPhone->setObjectName(QStringLiteral("centerPhone"));
    m_centerPhone->setPlaceholderText(tr("e.g. 0778-2291234"));
    m_centerName->setMinimumWidth(420);
    m_centerPhone->setMinimumWidth(240);
    form->addRow(tr("Center &name:"), m_centerName);
    form->addRow(tr("Center &phone:"), m_centerPhone);
    auto *save = new QPushButton(tr("Save"), center);
    save->setObjectName(QStringLiteral("saveCenter"));
    m_centerMessage = messages::errorLabel(center, QStringLiteral("centerMessage"));
    form->addRow(QString(), save);
    form->addRow(QString(), m_centerMessage);
    const bool admin = m_actor.role == Role::Admin;
    // Shown to everyone, changed by an administrator: greyed out for the others.
    m_centerName->setReadOnly(!admin);
    m_centerPhone->setReadOnly(!admin);
    m_centerName->setEnabled(admin);
    m_centerPhone->setEnabled(admin);
    save->setVisible(admin);
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveCenter);
    layout->addWidget(center);

    auto *languageBox = new QGroupBox(tr("Interface language on this computer"), tab);
    languageBox->setMaximumWidth(720);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(savedLanguage()));
    auto *languageNote = new QLabel(tr("Takes effect the next time Taizhang opens."), languageBox);
    languageNote->hide();
    languageLayout->addRow(tr("&Language:"), m_language);
    languageLayout->addRow(QString(), languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, languageNote] {
        localsettings::setValue(LocalKey::InterfaceLanguage, m_language->currentData().toString());
        languageNote->show();
    });
    layout->addWidget(languageBox);
    layout->addStretch(1);
    return tab;
}

void SettingsPage::saveCenter()
{
    const QString name = m_centerName->text().simplified();
    const QString phone = m_centerPhone->text().simplified();
    if (name.isEmpty()) {
        messages::show(
            m_centerMessage, tr("The center's name is printed on every receipt: it cannot be empty."), false);
        m_centerName->setFocus();
        return;
    }
    if (name.size() > 60 || phone.size() > 30) {
        messages::show(
            m_centerMessage, tr("The name is at most 60 characters and the phone at most 30."), false);
        return;
    }
    // Both are checked before either is saved.
    for (const auto &[key, field] : {std::pair {SettingKey::CenterName, m_centerName},
             std::pair {SettingKey::CenterPhone, m_centerPhone}}) {
        if (Status fits = Settings::check(key, field->text().simplified()); !fits) {
            messages::show(m_centerMessage, fits.error().message, false);
            field->setFocus();
            return;
        }
    }
    Status saved = m_workspace.settings().setValue(m_actor, SettingKey::CenterName, name);
    if (saved)
        saved = m_workspace.settings().setValue(m_actor, SettingKey::CenterPhone, phone);
    messages::show(m_centerMessage, saved ? tr("Saved: the next receipt prints it.") : saved.error().message,
        saved.ok());
}

QWidget *SettingsPage::importTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(messages::noteLabel(tab,
        tr("A file is checked row by row first: if any row is wrong nothing is imported and the rows are "
           "listed below with the reason. Importing the same file again changes nothing, and an import "
           "stopped with Cancel changes nothing either.")));
    const struct
    {
        Import kind;
        QString title;
        QString format;
        const char *name;
    } kinds[] = {
        {Import::Divisions, tr("Division tree (行政区划)"),
            tr("CSV header: code,name,level,parent_code (level: city, county, township, village)"),
            "importDivisions"},
        {Import::Holidays, tr("Holiday calendar (节假日)"),
            tr("CSV header: date,kind,name (kind: holiday or workday)"), "importHolidays"},
        {Import::Catalog, tr("Service catalog (服务清单)"),
            tr("CSV header: name,list,handling,department,deadline_days"), "importCatalog"},
    };
    for (const auto &k : kinds) {
        auto *box = new QGroupBox(k.title, tab);
        auto *row = new QHBoxLayout(box);
        row->addWidget(new QLabel(k.format, box), 1);
        auto *button = new QPushButton(tr("Choose a file and import…"), box);
        button->setObjectName(QLatin1String(k.name));
        row->addWidget(button);
        const Import kind = k.kind;
        connect(button, &QPushButton::clicked, this, [this, kind] {
            const QString file = filedialogs::openFile(
                this, filedialogs::Kind::Imports, tr("Import"), tr("CSV files (*.csv)"));
            if (!file.isEmpty())
                importFile(kind, file);
        });
        layout->addWidget(box);
    }
    m_importMessage = messages::errorLabel(tab, QStringLiteral("importMessage"));
    layout->addWidget(m_importMessage);
    m_importErrors = new QTableWidget(0, 2, tab);
    m_importErrors->setTabKeyNavigation(false); // rows by the arrows; Tab leaves the table
    m_importErrors->setObjectName(QStringLiteral("importErrors"));
    m_importErrors->setHorizontalHeaderLabels({tr("Line"), tr("Why it was rejected")});
    m_importErrors->horizontalHeader()->setStretchLastSection(true);
    m_importErrors->verticalHeader()->hide();
    m_importErrors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_importErrors->hide();
    layout->addWidget(m_importErrors, 1);
    layout->addStretch(0);
    return tab;
}

QString SettingsPage::importFile(Import kind, const QString &file)
{
    struct Outcome
    {
        QString summary;
        QList<RowError> errors;
        bool ok = false;
    } outcome;
    runLongTask(
        this, tr("Importing %1…").arg(QFileInfo(file).fileName()), [&](const LongTaskProgress &progress) {
            // Every import answers with rejected rows, or a summary of what it did.
            const auto take = [&outcome](const auto &result, const auto &summary) {
                if (!result)
                    outcome.summary = result.error().message;
                else if (!result->errors.isEmpty())
                    outcome.errors = result->errors;
                else
                    outcome = {summary(*result), {}, true};
            };
            switch (kind) {
            case Import::Divisions:
                take(m_workspace.org().importDivisions(m_actor, file, progress),
                    [](const DivisionImportReport &r) {
                        return tr("Division tree imported: %1 new, %2 renamed, %3 unchanged.")
                            .arg(r.created)
                            .arg(r.renamed)
                            .arg(r.unchanged);
                    });
                break;
            case Import::Holidays:
                take(m_workspace.calendar().importHolidays(m_actor, file, progress),
                    [](const TableImportReport &r) {
                        return tr("Holiday calendar imported: %1 days set, %2 unchanged.")
                            .arg(r.changed)
                            .arg(r.unchanged);
                    });
                break;
            case Import::Catalog:
                take(
                    m_workspace.catalog().importCsv(m_actor, file, progress), [](const TableImportReport &r) {
                        return tr("Catalog imported: %1 items defined, %2 unchanged.")
                            .arg(r.changed)
                            .arg(r.unchanged);
                    });
                break;
            }
        });
    if (!outcome.errors.isEmpty())
        outcome.summary
            = tr("%n row(s) were rejected; nothing was imported. Fix the file and import it again.", nullptr,
                static_cast<int>(outcome.errors.size()));
    messages::show(m_importMessage, outcome.summary, outcome.ok);
    showImportErrors(outcome.errors);
    if (outcome.ok)
        addAdminTabs();
    return outcome.summary;
}

void SettingsPage::showImportErrors(const QList<RowError> &errors)
{
    m_importErrors->setRowCount(static_cast<int>(errors.size()));
    for (int i = 0; i < errors.size(); ++i) {
        m_importErrors->setItem(i, 0, new QTableWidgetItem(QString::number(errors.at(i).line)));
        m_importErrors->setItem(i, 1, new QTableWidgetItem(errors.at(i).reason));
    }
    m_importErrors->setVisible(!errors.isEmpty());
}

} // namespace tz
