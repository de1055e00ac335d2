// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "auth/actor.h"
#include "cases/caselist.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace tz {

class CasesPage;
class Workspace;

// 督办: by unit under the user's own, how many cases are open, due today, overdue and under
// supervision, with the overdue rate; a row lists that unit's cases below, a double click goes
// down a level. The counts a secretary asks for at the weekly meeting.
class SupervisionPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { UnitColumn, OpenColumn, DueTodayColumn, OverdueColumn, SupervisedColumn, RateColumn };
    enum class Cases { Overdue, Supervised, DueToday, Open, Conflicts };

    SupervisionPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void refresh();
    // Shows the units under `code` (the user's own unit or one inside it).
    void showUnit(const QString &code);
    [[nodiscard]] QString shownUnit() const { return m_unit; }
    [[nodiscard]] QStandardItemModel *table() const { return m_model; }
    CasesPage *list() const { return m_list; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    [[nodiscard]] CaseFilter filterOf(Cases cases, const QString &code) const;
    void listRow(int row);

    Workspace &m_workspace;
    Actor m_actor;
    QString m_top; // the highest unit this user may see
    QString m_unit; // whose children the table shows
    QLabel *m_title = nullptr;
    QToolButton *m_up = nullptr;
    QComboBox *m_cases = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    CasesPage *m_list = nullptr;
};

} // namespace tz
