// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "auth/actor.h"
#include "cases/caselist.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace tz {

class Workspace;
class CaseActionBar;
class CaseListModel;

// 事项: every case in the ledger, newest first, a page at a time, with the search box, a state
// filter and the selected case's details and timeline.
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    CasesPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // Reads the ledger again (after a save elsewhere), keeping the filter.
    void refresh();
    // What the list always keeps to (a workbench queue); the search box and state narrow it.
    void setBaseFilter(const CaseFilter &filter);
    void focusSearch();
    [[nodiscard]] qint64 shownCount() const;

signals:
    void countChanged(qint64 count);

private:
    void applyFilter();
    void showCase(const QString &number);

    Workspace &m_workspace;
    Actor m_actor;
    CaseFilter m_base;
    CaseActionBar *m_actions = nullptr;
    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace tz
