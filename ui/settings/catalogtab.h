// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace tz {

class Workspace;

// The service catalog (服务清单): every item with its list, class, department and deadline;
// pick one to edit it, or clear the form for a new one; retire an item; export it as CSV (its
// import is under Imports).
class CatalogTab : public QWidget
{
    Q_OBJECT
public:
    CatalogTab(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    QString save(); // the form as a new item or over the one picked
    QString exportTo(const QString &file);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    // True when the form holds edits not saved yet.
    [[nodiscard]] bool isDirty() const;

private:
    void reload();
    void pickRow(int row);
    void edit(const QString &id);
    void clearForm();
    [[nodiscard]] QStringList formState() const;

    Workspace &m_workspace;
    Actor m_actor;
    QString m_editing; // id of the item in the form; empty: a new one
    QStringList m_shown; // the form as it was filled or last saved
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_list = nullptr;
    QComboBox *m_handling = nullptr;
    QLineEdit *m_department = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tz
