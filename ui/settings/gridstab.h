// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace tz {

class Workspace;

// The grids of a village (nested: 村民小组 → 十户联防), each with its captain (网格长) and workers:
// create a grid (under the selected one or at the top), appoint a captain, add or remove a
// worker among the village's grid workers.
class GridsTab : public QWidget
{
    Q_OBJECT
public:
    GridsTab(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void showVillage(const QString &code);
    QString createGrid(const QString &name, bool underSelected);
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

private:
    void reload();
    [[nodiscard]] QString selectedGrid() const;

    Workspace &m_workspace;
    Actor m_actor;
    QString m_village;
    QComboBox *m_unit = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_nested = nullptr;
    QComboBox *m_worker = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tz
