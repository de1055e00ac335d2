// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace tz {

class Workspace;
class CaseListModel;

// The first window over the ledger: every case, newest first, with search, a state filter
// and the selected case's details and timeline. The counter screens (intake, workbench,
// follow-ups, supervision) come with the desktop issue; the window says so.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

private:
    void applyFilter();
    void showCase(const QString &number);
    void updateStatus();

    Workspace &m_workspace;
    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace tz
