// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/ledgerchanges.h"

#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tz {
namespace {

constexpr int kBusyRetryMs = 200;

} // namespace

LedgerChanges::LedgerChanges(Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_window(this)
{
    // On the thread the screens listen on: the desktop opens the ledger on a worker thread behind
    // a progress window, and what is posted to that thread once it ended is never delivered.
    if (const QCoreApplication *app = QCoreApplication::instance();
        !parent && app && thread() != app->thread())
        moveToThread(app->thread());
    m_window.setSingleShot(true);
    m_window.setInterval(kCoalesceMs);
    connect(&m_window, &QTimer::timeout, this, &LedgerChanges::check);
    m_version = m_ledger.db().scalar("SELECT COALESCE(MAX(seq), 0) FROM events");
    installHook();
}

LedgerChanges::~LedgerChanges()
{
    sqlite3_commit_hook(m_ledger.db().handle(), nullptr, nullptr);
}

void LedgerChanges::setBusy(std::function<bool()> busy)
{
    m_busy = std::move(busy);
}

void LedgerChanges::installHook()
{
    // Again at every check: adopting a starting copy reopens the connection, which drops the hook.
    sqlite3_commit_hook(m_ledger.db().handle(), &LedgerChanges::onCommit, this);
}

int LedgerChanges::onCommit(void *self)
{
    // On whichever thread committed, inside the commit: only note it, and let this object's
    // thread look once the commit is over.
    auto *changes = static_cast<LedgerChanges *>(self);
    if (!changes->m_posted.exchange(true))
        QMetaObject::invokeMethod(changes, &LedgerChanges::schedule, Qt::QueuedConnection);
    return 0; // go on committing
}

void LedgerChanges::schedule()
{
    m_posted = false;
    if (!m_window.isActive())
        m_window.start(kCoalesceMs);
}

void LedgerChanges::notify()
{
    m_forced = true;
    schedule();
}

void LedgerChanges::flush()
{
    if (m_window.isActive() || m_posted || m_forced) {
        m_window.stop();
        check();
    }
}

void LedgerChanges::check()
{
    if (m_busy && m_busy()) {
        m_window.start(kBusyRetryMs);
        return;
    }
    installHook();
    const qint64 version = m_ledger.db().scalar("SELECT COALESCE(MAX(seq), 0) FROM events");
    if (version == m_version && !m_forced)
        return;
    m_version = version;
    m_forced = false;
    emit changed();
}

} // namespace tz
