// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/casequeues.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace tz {

class CasesPage;
class Workspace;

// 工作台: the user's own queues with their counts; a click (or Alt+digit) lists a queue's cases.
class WorkbenchPage : public QWidget
{
    Q_OBJECT
public:
    WorkbenchPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // Counts every queue again; runs by itself whenever the ledger changed (the list beside
    // follows it on its own).
    void refresh();
    void showQueue(CaseQueue queue);
    [[nodiscard]] qint64 count(CaseQueue queue) const;
    CasesPage *list() const { return m_list; }

private:
    Workspace &m_workspace;
    Actor m_actor;
    QList<CaseQueue> m_queues;
    QList<QToolButton *> m_buttons;
    QList<qint64> m_counts;
    QButtonGroup *m_group = nullptr;
    CasesPage *m_list = nullptr;
    QDate m_listDay; // the day the list's queue was taken on
};

} // namespace tz
