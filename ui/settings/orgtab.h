// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace tz {

class Workspace;

// For one unit: its departments (add, rename, retire) and its deadlines per handling class in
// working days (its own rule, or what it inherits shown as the starting value).
class OrgTab : public QWidget
{
    Q_OBJECT
public:
    OrgTab(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void showUnit(const QString &code);
    QString addDepartment(const QString &name);
    QString saveDeadlines();
    [[nodiscard]] QSpinBox *deadlineBox(int handling) const { return m_days.value(handling - 1); }
    // True when a deadline box differs from what the unit has.
    [[nodiscard]] bool deadlinesDirty() const;

private:
    void reloadDepartments();
    void pickUnit();

    Workspace &m_workspace;
    Actor m_actor;
    QString m_code;
    QComboBox *m_unit = nullptr;
    QListWidget *m_departments = nullptr;
    QLineEdit *m_departmentName = nullptr;
    QLabel *m_departmentMessage = nullptr;
    QList<QSpinBox *> m_days;
    QLabel *m_deadlineMessage = nullptr;
};

} // namespace tz
