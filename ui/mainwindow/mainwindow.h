// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caserecord.h"
#include "ui/login/idlelock.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tz {

class CasesPage;
class FollowUpsPage;
class StatisticsPage;
class SupervisionPage;
class RecurringPage;
class ResidentsPage;
class SettingsPage;
class SyncService;
class SyncStatus;
class IdleWatch;
class IntakePage;
class WorkbenchPage;
class Workspace;

// The counter desk: navigation on the left (工作台 / 受理 / 事项 / 回访 / 督办 / 居民 / 统计 / 设置),
// the page on the right, and a status bar with the ledger, the user's unit and role and the
// connection. Locks itself after ten idle minutes, keeping every page as it was.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        Workbench,
        Intake,
        Cases,
        FollowUps,
        Supervision,
        Recurring,
        Residents,
        Statistics,
        Settings,
        PageCount
    };

    MainWindow(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void showPage(Page page);
    // Looks for `text` on the page shown: the cases' search box, or the residents' (the first found opens).
    void search(const QString &text);
    [[nodiscard]] Page currentPage() const;
    IntakePage *intakePage() const { return m_intake; }
    CasesPage *casesPage() const { return m_cases; }
    WorkbenchPage *workbenchPage() const { return m_workbench; }
    FollowUpsPage *followUpsPage() const { return m_followUps; }
    SupervisionPage *supervisionPage() const { return m_supervision; }
    RecurringPage *recurringPage() const { return m_recurring; }
    StatisticsPage *statisticsPage() const { return m_statistics; }
    ResidentsPage *residentsPage() const { return m_residents; }
    SettingsPage *settingsPage() const { return m_settings; }
    SyncService *sync() const { return m_sync; }
    // Locks now (Ctrl+L, or ten idle minutes); returns when the user has unlocked.
    void lock(LockDialog::Reason reason = LockDialog::Reason::ByHand);
    void setIdleMs(int ms);
    [[nodiscard]] bool isLocked() const { return m_locked; }

private:
    void showReceipt(const CaseRecord &record);
    // The window's title names the center (中心名称 in 设置).
    void showTitle();
    void showHelp();

    Workspace &m_workspace;
    Actor m_actor;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    IntakePage *m_intake = nullptr;
    WorkbenchPage *m_workbench = nullptr;
    CasesPage *m_cases = nullptr;
    FollowUpsPage *m_followUps = nullptr;
    SupervisionPage *m_supervision = nullptr;
    RecurringPage *m_recurring = nullptr;
    StatisticsPage *m_statistics = nullptr;
    ResidentsPage *m_residents = nullptr;
    SettingsPage *m_settings = nullptr;
    SyncService *m_sync = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    QLabel *m_count = nullptr;
    IdleWatch *m_idle = nullptr;
    bool m_locked = false;
};

} // namespace tz
