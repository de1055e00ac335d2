// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/mainwindow/mainwindow.h"

#include "core/auth/role.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerchanges.h"
#include "core/org/orgservice.h"
#include "core/search/textindexer.h"
#include "core/settings/settings.h"
#include "core/sync/syncservice.h"
#include "core/workspace/workspace.h"
#include "ui/cases/casespage.h"
#include "ui/common/filedialogs.h"
#include "ui/common/longtask.h"
#include "ui/common/messages.h"
#include "ui/followups/followupspage.h"
#include "ui/intake/intakepage.h"
#include "ui/login/idlelock.h"
#include "ui/receipt/receiptdialog.h"
#include "ui/recurring/recurringpage.h"
#include "ui/reports/statisticspage.h"
#include "ui/residents/residentspage.h"
#include "ui/settings/settingspage.h"
#include "ui/supervision/supervisionpage.h"
#include "ui/sync/syncstatus.h"
#include "ui/workbench/workbenchpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace tz {
namespace {

constexpr int kIdleMs = 10 * 60 * 1000;

} // namespace

MainWindow::MainWindow(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    showTitle();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    const QStringList names {tr("Workbench"), tr("Intake"), tr("Cases"), tr("Follow-ups"), tr("Supervision"),
        //: 举一反三: recurring problems fixed at the root
        tr("Recurring issues"), tr("Residents"), tr("Statistics"), tr("Settings")};
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(QStringLiteral("%1   Ctrl+%2").arg(names.at(i)).arg(i + 1), m_nav);
        item->setSizeHint(QSize(0, 40));
    }
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->setFixedWidth(
        m_nav->fontMetrics().horizontalAdvance(QStringLiteral("督办督办督办   Ctrl+9")) + 24);
    layout->addWidget(m_nav);

    m_pages = new QStackedWidget(central);
    m_intake = new IntakePage(m_workspace, m_actor, m_pages);
    m_cases = new CasesPage(m_workspace, m_actor, m_pages);
    m_cases->startAtOwnUnit();
    m_workbench = new WorkbenchPage(m_workspace, m_actor, m_pages);
    m_pages->addWidget(m_workbench);
    m_pages->addWidget(m_intake);
    m_pages->addWidget(m_cases);
    m_followUps = new FollowUpsPage(m_workspace, m_actor, m_pages);
    m_supervision = new SupervisionPage(m_workspace, m_actor, m_pages);
    m_pages->addWidget(m_followUps);
    m_pages->addWidget(m_supervision);
    m_recurring = new RecurringPage(m_workspace, m_actor, m_pages);
    m_pages->addWidget(m_recurring);
    connect(m_recurring, &RecurringPage::openCase, this, [this](const QString &number) { search(number); });
    m_residents = new ResidentsPage(m_workspace, m_actor, m_pages);
    m_pages->addWidget(m_residents);
    m_statistics = new StatisticsPage(m_workspace, m_actor, m_pages);
    m_pages->addWidget(m_statistics);
    m_settings = new SettingsPage(m_workspace, m_actor, m_pages);
    m_pages->addWidget(m_settings);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    for (int i = 0; i < PageCount; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(static_cast<Page>(i)); });
    }
    auto *intakeKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(intakeKey, &QShortcut::activated, this, [this] { showPage(Intake); });
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this] {
        showPage(Cases);
        m_cases->focusSearch();
    });
    auto *lockKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lockKey, &QShortcut::activated, this, [this] { lock(LockDialog::Reason::ByHand); });
    auto *helpKey = new QShortcut(QKeySequence::HelpContents, this);
    connect(helpKey, &QShortcut::activated, this, &MainWindow::showHelp);
    connect(m_intake, &IntakePage::saved, this, &MainWindow::showReceipt);

    m_count = new QLabel(this);
    statusBar()->addWidget(m_count);
    // The status bar counts the list on screen.
    const auto showCount = [this] {
        const CasesPage *list = nullptr;
        switch (currentPage()) {
        case Workbench:
            list = m_workbench->list();
            break;
        case Cases:
            list = m_cases;
            break;
        case FollowUps:
            list = m_followUps->list();
            break;
        case Supervision:
            list = m_supervision->list();
            break;
        default:
            break;
        }
        m_count->setText(
            list ? tr("%n case(s) listed", nullptr, static_cast<int>(list->shownCount())) : QString());
    };
    connect(m_cases, &CasesPage::countChanged, this, showCount);
    for (const CasesPage *list : {m_workbench->list(), m_followUps->list(), m_supervision->list()})
        connect(list, &CasesPage::countChanged, this, showCount);
    connect(m_pages, &QStackedWidget::currentChanged, this, showCount);
    const QString unit
        = m_actor.orgCode.isEmpty() ? tr("whole ledger") : m_workspace.org().pathName(m_actor.orgCode);
    auto *who
        = new QLabel(tr("%1 · %2 · %3").arg(m_actor.displayName, role::label(m_actor.role), unit), this);
    who->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addPermanentWidget(who);
    m_sync = new SyncService(m_workspace.ledger(), this);
    m_syncStatus = new SyncStatus(*m_sync, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    // A large sync leaves its cases' text to be indexed a little at a time.
    auto *indexer = new TextIndexer(m_workspace.ledger(), this);
    connect(indexer, &TextIndexer::progressed, m_syncStatus, &SyncStatus::setIndexing);
    connect(m_sync, &SyncService::applied, indexer, &TextIndexer::wake);
    indexer->start(&longTaskRunning);
    // What other devices recorded shows as soon as it lands: every page listens to the ledger's
    // change signal, which hears the events a sync stores; cases that left this computer's scope
    // add no event, so a sync says so itself.
    LedgerChanges &changes = m_workspace.changes();
    connect(m_sync, &SyncService::applied, &changes, &LedgerChanges::notify);
    connect(&changes, &LedgerChanges::changed, m_syncStatus, &SyncStatus::refresh);
    connect(&changes, &LedgerChanges::changed, this, &MainWindow::showTitle);
    connect(m_sync, &SyncService::filesArrived, m_cases, &CasesPage::refresh);
    auto *syncKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(syncKey, &QShortcut::activated, m_syncStatus, &SyncStatus::act);
    m_sync->start(&longTaskRunning);
    statusBar()->addPermanentWidget(new QLabel(QDir::toNativeSeparators(m_workspace.ledger().path()), this));
    filedialogs::setLedgerPath(m_workspace.ledger().path()); // dialogs keep out of its folder

    m_idle = new IdleWatch(kIdleMs, this);
    connect(m_idle, &IdleWatch::idle, this, [this] { lock(LockDialog::Reason::Idle); });

    showPage(m_actor.role == Role::Clerk || m_actor.role == Role::GridWorker ? Intake : Workbench);
    resize(1280, 720); // inside a 1366 × 768 laptop screen with its panel
}

void MainWindow::showTitle()
{
    const QString center = m_workspace.settings().value(SettingKey::CenterName).toString();
    setWindowTitle(
        center.isEmpty() ? tr("Taizhang case ledger") : tr("Taizhang case ledger — %1").arg(center));
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
    if (page == Residents)
        m_residents->focusSearch();
}

void MainWindow::search(const QString &text)
{
    if (currentPage() == Residents) {
        m_residents->search(text);
        m_residents->showFirst();
        return;
    }
    showPage(Cases);
    m_cases->search(text);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::setIdleMs(int ms)
{
    delete m_idle;
    m_idle = new IdleWatch(ms, this);
    connect(m_idle, &IdleWatch::idle, this, [this] { lock(LockDialog::Reason::Idle); });
}

void MainWindow::lock(LockDialog::Reason reason)
{
    if (m_locked)
        return;
    if (longTaskRunning()) {
        // The lock checks the password through the ledger, which the task is using: later.
        m_idle->restart();
        return;
    }
    m_locked = true;
    m_idle->stop();
    QWidget *focus = QApplication::focusWidget();
    centralWidget()->hide(); // nothing of a case stays on screen while the desk is away
    LockDialog dialog(m_workspace, m_actor, reason, this);
    dialog.exec();
    centralWidget()->show();
    if (focus)
        focus->setFocus();
    m_locked = false;
    m_idle->restart();
}

void MainWindow::showReceipt(const CaseRecord &record)
{
    // Window-modal and not blocking: the clerk prints with Enter, or goes on with Esc.
    auto *dialog = new ReceiptDialog(ReceiptData::of(m_workspace, record, m_actor), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHelp()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
        tr("<table cellspacing=6>"
           "<tr><td><b>F2</b></td><td>Intake: a new request</td></tr>"
           "<tr><td><b>Enter</b></td><td>Take the first resident or service in the list (↓ to pick "
           "another)</td></tr>"
           "<tr><td><b>Alt+S</b></td><td>Resolved on the spot (ticked by itself for a 即办 service)</td></tr>"
           "<tr><td><b>Ctrl+Enter</b></td><td>Save the request</td></tr>"
           "<tr><td><b>Esc</b></td><td>Clear the request (asks first); close the receipt</td></tr>"
           "<tr><td><b>Enter / Alt+D</b></td><td>On the receipt: print / save as PDF</td></tr>"
           "<tr><td><b>Tab / Shift+Tab</b></td><td>Next / previous field</td></tr>"
           "<tr><td><b>Ctrl+F</b></td><td>Search the cases</td></tr>"
           "<tr><td><b>Alt+F</b></td><td>Show the filters of a case list</td></tr>"
           "<tr><td><b>Alt+1 … Alt+7</b></td><td>The queues of the workbench and of follow-ups</td></tr>"
           "<tr><td><b>Enter / Alt+↑</b></td><td>Supervision: down to the units under the one picked / back "
           "up</td></tr>"
           "<tr><td><b>Ctrl+1 … Ctrl+9</b></td><td>Workbench, intake, cases, follow-ups, supervision, "
           "recurring issues, residents, statistics, settings</td></tr>"
           "<tr><td><b>Ctrl+L</b></td><td>Lock the window now</td></tr>"
           "<tr><td><b>F1</b></td><td>This help</td></tr></table>"));
}

} // namespace tz
