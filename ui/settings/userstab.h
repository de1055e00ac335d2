// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tz {

class Workspace;

// Users and roles: who may sign in at which unit, with which role; add one, set a new password,
// deactivate. Every refusal (a login taken, a weak password, a unit outside the admin's subtree)
// shows under the form.
class UsersTab : public QWidget
{
    Q_OBJECT
public:
    UsersTab(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void reload();
    // Adds the user the form describes; returns the message shown.
    QString addUser();

private:
    void fillDepartments();
    [[nodiscard]] QString selectedUserId() const;

    Workspace &m_workspace;
    Actor m_actor;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tz
