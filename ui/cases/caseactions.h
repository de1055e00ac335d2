// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caserecord.h"
#include "core/cases/casetypes.h"
#include "core/ledger/event.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace tz {

class Workspace;

// One line for an event of a case's history: when, what (with its reason, result or note), who,
// and on which computer.
QString describeDecision(Workspace &workspace, const Event &event);

// One step of the loop on one case: asks what the step needs (a unit, a reason, a result, the
// citizen's verdict …), runs it through CaseService and, when it is refused, says why in place
// and stays open with everything typed.
class CaseActionDialog : public QDialog
{
    Q_OBJECT
public:
    CaseActionDialog(Workspace &workspace, const Actor &actor, const CaseRecord &record, CaseAction action,
        QWidget *parent = nullptr);

    // Runs the action with what the dialog holds; true when the ledger took it.
    bool run();

private:
    void fillDepartments();

    Workspace &m_workspace;
    Actor m_actor;
    CaseRecord m_record;
    CaseAction m_action;
    QComboBox *m_unit = nullptr;
    QComboBox *m_department = nullptr;
    QListWidget *m_coHandlers = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};

// The buttons of the actions this user may take on the selected case in its state.
class CaseActionBar : public QWidget
{
    Q_OBJECT
public:
    CaseActionBar(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);
    void setCase(const std::optional<CaseRecord> &record);

signals:
    void acted(const QString &number);

private:
    Workspace &m_workspace;
    Actor m_actor;
    std::optional<CaseRecord> m_record;
    QGridLayout *m_layout = nullptr; // three buttons a row: the list beside keeps its width
};

} // namespace tz
