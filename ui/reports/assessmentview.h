// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caselist.h"
#include "core/reports/assessment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tz {

class Workspace;

// 统计 → 考评: the score sheet of the units below for the period under a version of the rules:
// each unit's score and rating, and per rule its cases and points (a click lists those cases).
// Administrators edit the rules into a new version; the shipped example says it is one.
class AssessmentView : public QWidget
{
    Q_OBJECT
public:
    enum Column { UnitColumn, ScoreColumn, RatingColumn, FirstRuleColumn };

    AssessmentView(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void setQuery(const MeasureQuery &query);
    void showRuleSet(int index); // in ruleSets() order
    [[nodiscard]] const QList<AssessmentRuleSet> &ruleSets() const { return m_sets; }
    [[nodiscard]] const QList<UnitAssessment> &sheet() const { return m_sheet; }
    [[nodiscard]] QStandardItemModel *table() const { return m_model; }
    void editRules();
    // The rules shown, as the picker names them ("… · version 2 · 2026-12-01").
    [[nodiscard]] QString ruleSetTitle() const;
    [[nodiscard]] const AssessmentRuleSet &currentRules() const { return current(); }

signals:
    void listRequested(const CaseFilter &filter, const QString &title);

private:
    void reloadSets(const QString &select);
    void refresh();
    [[nodiscard]] const AssessmentRuleSet &current() const;

    Workspace &m_workspace;
    Actor m_actor;
    MeasureQuery m_query;
    QList<AssessmentRuleSet> m_sets;
    QList<UnitAssessment> m_sheet;
    QComboBox *m_set = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace tz
