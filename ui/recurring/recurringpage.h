// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/recurring/recurringissues.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace tz {

class Workspace;

// 举一反三: the groups of open and recent cases that look like one problem (same place, same
// service, close in time, alike in words), and the 举一反三 cases already registered. A supervisor
// ticks the cases that really are one problem, names the root cause and registers one case
// that fixes it; when that case is resolved, its members are resolved with it.
class RecurringPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { NumberColumn, DateColumn, StateColumn, TitleColumn, DescriptionColumn };

    RecurringPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);
    ~RecurringPage() override;

    // Looks for groups again under the unit picked; again by itself whenever the ledger changed,
    // keeping the group shown and what was typed for it.
    void refresh();
    [[nodiscard]] const QList<RecurringProposal> &proposals() const { return m_proposals; }
    // Shows a proposed group (its cases ticked) and fills the form from it.
    void showProposal(int index);
    // Registers the 举一反三 case for the ticked cases; returns the message shown (the new
    // case's number, or why not).
    QString confirm();
    [[nodiscard]] QTableWidget *members() const { return m_members; }

signals:
    void openCase(const QString &number);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // With `keep`, the group or 举一反三 case shown stays shown, with the form as it was.
    void reload(bool keep);
    void showConfirmed(int index);
    void fillMembers(const QList<RecurringCase> &cases, bool checkable);
    void setFormEnabled(bool enabled);

    Workspace &m_workspace;
    Actor m_actor;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_window = nullptr;
    QSpinBox *m_minimum = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_groups = nullptr;
    QListWidget *m_confirmed = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_members = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_rootCause = nullptr;
    QComboBox *m_handling = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QList<RecurringProposal> m_proposals;
    QList<ConfirmedIssue> m_issues;
    int m_shown = -1; // the proposal in the form
    bool m_loaded = false;
};

} // namespace tz
