// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/settings/orgtab.h"

#include "core/calendar/calendarservice.h"
#include "core/cases/casetypes.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"
#include "ui/common/unitpicker.h"
#include "ui/common/unsaved.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr Handling kClasses[] = {Handling::Immediate, Handling::Fast, Handling::Routed, Handling::Joint};

} // namespace

OrgTab::OrgTab(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    m_unit = addUnitPickerRow(
        layout, tr("&Unit:"), QStringLiteral("orgUnit"), m_workspace.org(), m_actor.orgCode);
    auto *row = new QHBoxLayout;

    auto *departments = new QGroupBox(tr("Departments of this unit"), this);
    auto *dLayout = new QVBoxLayout(departments);
    m_departments = new QListWidget(departments);
    m_departments->setObjectName(QStringLiteral("departments"));
    dLayout->addWidget(m_departments, 1);
    m_departmentName = new QLineEdit(departments);
    m_departmentName->setObjectName(QStringLiteral("departmentName"));
    m_departmentName->setPlaceholderText(tr("e.g. 民政办"));
    dLayout->addWidget(m_departmentName);
    auto *dButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), departments);
    add->setObjectName(QStringLiteral("addDepartment"));
    auto *rename = new QPushButton(tr("Rename the selected"), departments);
    auto *retire = new QPushButton(tr("Retire the selected"), departments);
    dButtons->addWidget(add);
    dButtons->addWidget(rename);
    dButtons->addWidget(retire);
    dLayout->addLayout(dButtons);
    m_departmentMessage = messages::errorLabel(departments, QStringLiteral("departmentMessage"));
    m_departmentMessage->setWordWrap(true);
    dLayout->addWidget(m_departmentMessage);
    row->addWidget(departments, 1);

    auto *deadlines = new QGroupBox(tr("Deadlines at this unit (working days)"), this);
    auto *form = new QFormLayout(deadlines);
    for (Handling h : kClasses) {
        auto *box = new QSpinBox(deadlines);
        box->setObjectName(QStringLiteral("days%1").arg(static_cast<int>(h)));
        box->setRange(0, 60);
        box->setSuffix(tr(" working days"));
        form->addRow(handling::label(h), box);
        m_days.append(box);
    }
    form->addRow(QString(),
        new QLabel(tr("Units under this one inherit these unless they have their own."), deadlines));
    auto *save = new QPushButton(tr("Save deadlines"), deadlines);
    save->setObjectName(QStringLiteral("saveDeadlines"));
    form->addRow(QString(), save);
    m_deadlineMessage = messages::errorLabel(deadlines, QStringLiteral("deadlineMessage"));
    form->addRow(QString(), m_deadlineMessage);
    row->addWidget(deadlines, 1);
    layout->addLayout(row, 1);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &OrgTab::pickUnit);
    connect(add, &QPushButton::clicked, this, [this] { addDepartment(m_departmentName->text()); });
    connect(m_departmentName, &QLineEdit::returnPressed, this,
        [this] { addDepartment(m_departmentName->text()); });
    connect(rename, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_departments->currentItem();
        if (!item || m_departmentName->text().trimmed().isEmpty()) {
            messages::show(
                m_departmentMessage, tr("Pick a department, type its new name above, then rename."), false);
            return;
        }
        const Status done = m_workspace.org().renameDepartment(
            m_actor, item->data(kIdRole).toString(), m_departmentName->text().trimmed());
        messages::show(m_departmentMessage, done ? tr("Renamed.") : done.error().message, done.ok());
        reloadDepartments();
    });
    connect(retire, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_departments->currentItem();
        if (!item)
            return;
        const Status done = m_workspace.org().retireDepartment(m_actor, item->data(kIdRole).toString());
        messages::show(m_departmentMessage,
            done ? tr("Retired: no new case goes to it; its cases stay.") : done.error().message, done.ok());
        reloadDepartments();
    });
    connect(save, &QPushButton::clicked, this, &OrgTab::saveDeadlines);
    showUnit(m_unit->currentData().toString());
}

void OrgTab::showUnit(const QString &code)
{
    m_code = code;
    m_departmentMessage->hide();
    m_deadlineMessage->hide();
    reloadDepartments();
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setValue(m_workspace.calendar().deadlineDays(code, kClasses[i]));
}

bool OrgTab::deadlinesDirty() const
{
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days.at(i)->value() != m_workspace.calendar().deadlineDays(m_code, kClasses[i]))
            return true;
    return false;
}

void OrgTab::pickUnit()
{
    const QString code = m_unit->currentData().toString();
    if (code == m_code)
        return;
    const std::optional<OrgUnit> shown = m_workspace.org().unit(m_code);
    const bool leave = unsaved::mayLeave(
        this, deadlinesDirty(), tr("the deadlines of %1").arg(shown ? shown->name : m_code), [this] {
            saveDeadlines();
            return !deadlinesDirty();
        });
    if (!leave) {
        const QSignalBlocker blocker(m_unit);
        m_unit->setCurrentIndex(m_unit->findData(m_code));
        return;
    }
    showUnit(code);
}

void OrgTab::reloadDepartments()
{
    m_departments->clear();
    for (const Department &d : m_workspace.org().departments(m_code)) {
        auto *item = new QListWidgetItem(d.active ? d.name : tr("%1 (retired)").arg(d.name), m_departments);
        item->setData(kIdRole, d.id);
        if (!d.active)
            item->setForeground(Qt::gray);
    }
}

QString OrgTab::addDepartment(const QString &name)
{
    const Result<Department> added = m_workspace.org().addDepartment(m_actor, m_code, name.trimmed());
    const QString message = added ? tr("%1 added.").arg(added->name) : added.error().message;
    messages::show(m_departmentMessage, message, added.ok());
    if (added) {
        m_departmentName->clear();
        reloadDepartments();
    }
    return message;
}

QString OrgTab::saveDeadlines()
{
    for (int i = 0; i < m_days.size(); ++i) {
        const int days = m_days.at(i)->value();
        if (days == m_workspace.calendar().deadlineDays(m_code, kClasses[i]))
            continue;
        const Status set = m_workspace.calendar().setDeadlineDays(m_actor, m_code, kClasses[i], days);
        if (!set) {
            messages::show(m_deadlineMessage, set.error().message, false);
            return set.error().message;
        }
    }
    const QString message = tr("Saved: cases registered from now on get these deadlines.");
    messages::show(m_deadlineMessage, message, true);
    return message;
}

} // namespace tz
