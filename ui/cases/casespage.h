// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/casefields.h"
#include "core/cases/caselist.h"
#include "core/common/error.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace tz {

class Workspace;
class AttachmentPane;
class CaseActionBar;
class CaseDetailView;
class CaseListModel;
class LedgerWatch;

// 事项: every case in the ledger, a page at a time, with the search box, filters (state, class,
// channel, unit subtree, grid, catalog item, overdue, supervised, registration dates), the
// order, a column chooser, export of what is shown (xlsx or CSV), and the selected case: the actions
// this user may take on it, its details and timeline (CaseDetailView) and its files (AttachmentPane).
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    CasesPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);
    ~CasesPage() override;

    // Reads the ledger again, keeping the filter, the case shown and the place scrolled to. Runs by
    // itself whenever the ledger changed (LedgerWatch).
    void refresh();
    // What the list always keeps to (a workbench queue); the search box and state narrow it.
    void setBaseFilter(const CaseFilter &filter);
    void focusSearch();
    // Starts the unit filter on the user's own unit and everything under it (事项 for anyone
    // below the whole ledger); "All" in the filter bar shows the rest of the ledger.
    void startAtOwnUnit();
    void search(const QString &text); // as if typed into the search box
    [[nodiscard]] qint64 shownCount() const;
    // The filter the list shows now: the base, narrowed by the search box and the filter bar.
    [[nodiscard]] CaseFilter currentFilter() const;
    // Writes what is shown to `file` (an Excel workbook, CSV or PDF by the name's ending) on a worker
    // thread behind a progress dialog. Returns an empty string on success, else the message shown to the
    // person.
    QString exportTo(const QString &file);
    // Attaches files to the case shown (as "Add attachment…" or a drop does); returns the
    // message shown: the names attached, or why not.
    QString attachFiles(const QStringList &paths);

signals:
    void countChanged(qint64 count);

private:
    void applyFilter();
    // Selects the first case of the list, or says that none matches.
    void selectFirst();
    void showCase(const QString &number);
    void buildFilterBar();
    void fillUnits();
    void fillGrids();
    void clearFilters();
    void exportShown();
    void printShown();
    // The list as shown, as HTML for print and PDF (the first 2,000 cases).
    Result<QString> printableList();
    // casesexport.cpp: the columns the list shows, in order.
    [[nodiscard]] QList<CaseField> shownFields() const;
    void applyColumns();
    QMenu *columnMenu();

    Workspace &m_workspace;
    Actor m_actor;
    CaseFilter m_base;
    QString m_number; // the case shown
    qint64 m_shownCount = 0; // of the list shown, counted once per change
    CaseActionBar *m_actions = nullptr;
    CaseDetailView *m_detail = nullptr;
    AttachmentPane *m_attachments = nullptr;
    CaseListModel *m_model = nullptr;
    LedgerWatch *m_watch = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_order = nullptr;
    QToolButton *m_filterToggle = nullptr;
    QFrame *m_filterBar = nullptr;
    QComboBox *m_handling = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_catalog = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_supervised = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QMenu *m_columns = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace tz
