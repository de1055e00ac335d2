// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caselist.h"

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

    // Counts again, keeping the unit selected; runs by itself whenever the ledger changed (the list
    // below follows it on its own).
    void refresh();
    // Shows the units under `code` (the user's own unit or one inside it).
    void showUnit(const QString &code);
    [[nodiscard]] QString shownUnit() const { return m_unit; }
    [[nodiscard]] QStandardItemModel *table() const { return m_model; }
    CasesPage *list() const { return m_list; }

private:
    [[nodiscard]] CaseFilter filterOf(Cases cases, const QString &code) const;
    // Lists the cases of a row's unit below; with `onlyIfOther`, only when that is not what the list
    // shows already (another unit, kind of cases or day).
    void listRow(int row, bool onlyIfOther = false);

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
    QString m_listed; // what the list shows: unit, own cases only, kind of cases, day
};

} // namespace tz
