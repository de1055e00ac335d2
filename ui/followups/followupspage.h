// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caselist.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace tz {

class CasesPage;
class Workspace;

// 回访: the resolved cases waiting for the citizen's answer, and this month's follow-ups with
// their answers and the satisfaction rate (满意 + 基本满意 ÷ followed up), for the user's unit
// (supervisors: their whole subtree).
class FollowUpsPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { Due, ThisMonth, UnsatisfiedThisMonth };

    FollowUpsPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // Counts every view again; runs by itself whenever the ledger changed (the list below follows
    // it on its own).
    void refresh();
    void showView(View view);
    [[nodiscard]] qint64 count(View view) const;
    [[nodiscard]] QString summary() const;
    CasesPage *list() const { return m_list; }

private:
    [[nodiscard]] CaseFilter filterOf(View view) const;
    [[nodiscard]] QDate today() const;

    Workspace &m_workspace;
    Actor m_actor;
    QList<QToolButton *> m_buttons;
    QList<qint64> m_counts;
    QButtonGroup *m_group = nullptr;
    QLabel *m_summary = nullptr;
    CasesPage *m_list = nullptr;
    QDate m_listDay; // the day the list's view was taken on ("this month" moves)
};

} // namespace tz
