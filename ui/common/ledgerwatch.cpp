// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/ledgerwatch.h"

#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerchanges.h"
#include "core/workspace/workspace.h"
#include "ui/common/longtask.h"

#include <QEvent>
#include <QWidget>

namespace tz {

LedgerWatch::LedgerWatch(Workspace &workspace, QWidget *page, std::function<void()> refresh)
    : QObject(page)
    , m_workspace(workspace)
    , m_page(page)
    , m_refresh(std::move(refresh))
    , m_day(today())
{
    // The screens read through the connection a long task holds: the signal waits for it.
    m_workspace.changes().setBusy(&longTaskRunning);
    connect(&m_workspace.changes(), &LedgerChanges::changed, this, &LedgerWatch::changed);
    m_page->installEventFilter(this);
}

void LedgerWatch::markFresh()
{
    m_stale = false;
    m_day = today();
}

QDate LedgerWatch::today() const
{
    return businesstime::dateOf(m_workspace.ledger().wallMs());
}

void LedgerWatch::changed()
{
    if (m_page->isVisible())
        run();
    else
        m_stale = true;
}

void LedgerWatch::run()
{
    markFresh();
    m_refresh();
}

bool LedgerWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && (m_stale || today() != m_day))
        run();
    return QObject::eventFilter(watched, event);
}

} // namespace tz
