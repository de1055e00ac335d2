// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/settings/userstab.h"

#include "core/auth/userservice.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"
#include "ui/common/unitpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

UsersTab::UsersTab(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(0, 5, this);
    m_table->setTabKeyNavigation(false); // rows by the arrows; Tab leaves the table
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Unit"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    left->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *password = new QPushButton(tr("Set a new password…"), this);
    auto *deactivate = new QPushButton(tr("Deactivate…"), this);
    buttons->addWidget(password);
    buttons->addWidget(deactivate);
    buttons->addStretch(1);
    left->addLayout(buttons);
    layout->addLayout(left, 3);

    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("newLogin"));
    m_login->setPlaceholderText(tr("letters and digits, e.g. wxsq-chuangkou"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newRole"));
    for (Role role : {Role::Clerk, Role::GridWorker, Role::Handler, Role::Supervisor, Role::Admin})
        m_role->addItem(role::label(role), static_cast<int>(role));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("newUnit"));
    fillUnitPicker(m_unit, m_workspace.org(), m_actor.orgCode);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("newDepartment"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Password:"), m_password);
    auto *add = new QPushButton(tr("Add user"), this);
    add->setObjectName(QStringLiteral("addUser"));
    form->addRow(QString(), add);
    m_message = messages::errorLabel(this, QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    form->addRow(QString(), m_message);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    layout->addLayout(right, 2);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &UsersTab::fillDepartments);
    connect(add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(password, &QPushButton::clicked, this, [this] {
        const QString id = selectedUserId();
        if (id.isEmpty())
            return;
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("New password"),
            tr("New password (at least 8 characters):"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        const Status set = m_workspace.users().setPassword(m_actor, id, value);
        messages::show(m_message, set ? tr("Password changed.") : set.error().message, set.ok());
    });
    connect(deactivate, &QPushButton::clicked, this, [this] {
        const QString id = selectedUserId();
        if (id.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Deactivate"),
                tr("%1 will no longer be able to sign in. Their cases and history stay. Go on?")
                    .arg(m_table->item(m_table->currentRow(), 1)->text()))
            != QMessageBox::Yes)
            return;
        const Status done = m_workspace.users().deactivate(m_actor, id);
        messages::show(m_message, done ? tr("Deactivated.") : done.error().message, done.ok());
        reload();
    });
    fillDepartments();
    reload();
}

void UsersTab::reload()
{
    const QList<User> users = m_workspace.users().all();
    m_table->setRowCount(0);
    for (const User &user : users) {
        if (!m_actor.orgCode.isEmpty() && !m_actor.covers(user.orgCode))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *login = new QTableWidgetItem(user.login);
        login->setData(kIdRole, user.id);
        m_table->setItem(row, 0, login);
        m_table->setItem(row, 1, new QTableWidgetItem(user.displayName));
        m_table->setItem(row, 2, new QTableWidgetItem(role::label(user.role)));
        m_table->setItem(row, 3,
            new QTableWidgetItem(
                user.orgCode.isEmpty() ? tr("whole ledger") : m_workspace.org().pathName(user.orgCode)));
        m_table->setItem(row, 4, new QTableWidgetItem(user.active ? tr("yes") : tr("no")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

void UsersTab::fillDepartments()
{
    m_department->clear();
    m_department->addItem(tr("(none)"), QString());
    for (const Department &d : m_workspace.org().departments(m_unit->currentData().toString()))
        if (d.active)
            m_department->addItem(d.name, d.id);
}

QString UsersTab::selectedUserId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item) {
        messages::show(m_message, tr("Pick a user in the list first."), false);
        return {};
    }
    return item->data(kIdRole).toString();
}

QString UsersTab::addUser()
{
    NewUser user;
    user.login = m_login->text().trimmed();
    user.displayName = m_name->text().trimmed();
    user.role = static_cast<Role>(m_role->currentData().toInt());
    user.orgCode = m_unit->currentData().toString();
    user.departmentId = m_department->currentData().toString();
    user.password = m_password->text();
    const Result<User> created = m_workspace.users().create(m_actor, user);
    const QString message = created
        ? tr("%1 can sign in now as %2.").arg(created->displayName, created->login)
        : created.error().message;
    messages::show(m_message, message, created.ok());
    if (created) {
        m_login->clear();
        m_name->clear();
        m_password->clear();
        reload();
    }
    return message;
}

} // namespace tz
