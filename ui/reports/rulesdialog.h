// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/reports/assessment.h"

#include <QDialog>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tz {

// Edits a version of the 考评 rules into a new one: its name, full score and thresholds, and per
// rule the description, points per case and limit; rules are added from what the program can
// count. OK saves through `save`; what it refuses is shown here and nothing closes.
class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result<AssessmentRuleSet>(const AssessmentRuleSet &)>;
    RulesDialog(const AssessmentRuleSet &start, Save save, QWidget *parent = nullptr);

    [[nodiscard]] AssessmentRuleSet rules() const; // as edited
    [[nodiscard]] const AssessmentRuleSet &saved() const { return m_saved; }
    void addRule(const AssessmentRule &rule);
    void accept() override; // saves; stays open with the reason when refused

private:
    AssessmentRuleSet m_start;
    AssessmentRuleSet m_saved;
    Save m_save;
    QList<AssessmentRule> m_rules; // what each row counts (its label, points and cap are in the table)
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_base = nullptr;
    QDoubleSpinBox *m_good = nullptr;
    QDoubleSpinBox *m_fairlyGood = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tz
