// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/workbench/workbenchpage.h"

#include "core/cases/caselist.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/workspace/workspace.h"
#include "ui/cases/casespage.h"
#include "ui/common/ledgerwatch.h"
#include "ui/common/queuebutton.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz {
namespace {

QDate today()
{
    return businesstime::dateOf(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

WorkbenchPage::WorkbenchPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
    , m_queues(casequeue::forRole(actor.role))
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (int i = 0; i < m_queues.size(); ++i) {
        auto *button
            = queueButton(this, m_group, i, QStringLiteral("queue%1").arg(static_cast<int>(m_queues.at(i))));
        row->addWidget(button);
        m_buttons.append(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_list = new CasesPage(m_workspace, m_actor, this);
    layout->addWidget(m_list, 1);
    m_counts = QList<qint64>(m_queues.size(), 0);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int i) { showQueue(m_queues.at(i)); });
    new LedgerWatch(m_workspace, this, [this] { refresh(); });
    refresh();
    // Open on the first queue with something in it.
    CaseQueue first = m_queues.value(0, CaseQueue::Overdue);
    for (int i = 0; i < m_queues.size(); ++i) {
        if (m_counts.at(i) > 0) {
            first = m_queues.at(i);
            break;
        }
    }
    if (!m_queues.isEmpty())
        showQueue(first);
}

void WorkbenchPage::refresh()
{
    CaseList list(m_workspace.ledger().db());
    const QDate day = today();
    for (int i = 0; i < m_queues.size(); ++i) {
        m_counts[i] = list.count(casequeue::filter(m_queues.at(i), m_actor, day));
        m_buttons.at(i)->setText(
            QStringLiteral("%1\n%2").arg(casequeue::label(m_queues.at(i))).arg(m_counts.at(i)));
    }
    // On a new day a queue holds other cases (what is overdue moved); else the list keeps its place.
    if (const int checked = m_group->checkedId(); checked >= 0 && day != m_listDay)
        showQueue(m_queues.at(checked));
}

void WorkbenchPage::showQueue(CaseQueue queue)
{
    const int i = static_cast<int>(m_queues.indexOf(queue));
    if (i < 0)
        return;
    m_buttons.at(i)->setChecked(true);
    m_listDay = today();
    m_list->setBaseFilter(casequeue::filter(queue, m_actor, m_listDay));
}

qint64 WorkbenchPage::count(CaseQueue queue) const
{
    const qsizetype i = m_queues.indexOf(queue);
    return i < 0 ? -1 : m_counts.at(i);
}

} // namespace tz
