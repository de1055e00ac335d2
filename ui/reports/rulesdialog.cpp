// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/reports/rulesdialog.h"

#include "ui/common/messages.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz {
namespace {

enum Column { StageColumn, LabelColumn, CountsColumn, PointsColumn, CapColumn, ColumnCount };

QDoubleSpinBox *spin(double minimum, double maximum, double value, int decimals, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setValue(value);
    return box;
}

} // namespace

RulesDialog::RulesDialog(const AssessmentRuleSet &start, Save save, QWidget *parent)
    : QDialog(parent)
    , m_start(start)
    , m_save(std::move(save))
{
    setWindowTitle(tr("Assessment rules: save as a new version"));
    auto *layout = new QVBoxLayout(this);
    m_error = messages::errorLabel(this, QStringLiteral("rulesError"));
    layout->addWidget(m_error);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(start.isDefault() ? QString() : start.name, this);
    m_name->setObjectName(QStringLiteral("rulesName"));
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("e.g. 金城江区网格化服务管理考评办法（2027 年版）"));
    m_base = spin(1, 1000, start.base, 1, this);
    m_good = spin(0, 1000, start.good, 1, this);
    m_fairlyGood = spin(0, 1000, start.fairlyGood, 1, this);
    m_good->setObjectName(QStringLiteral("rulesGood"));
    m_fairlyGood->setObjectName(QStringLiteral("rulesFairlyGood"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Full score:"), m_base);
    //: The lowest score rated 好
    form->addRow(tr("Rated Good &from:"), m_good);
    //: The lowest score rated 较好 (below it: 一般)
    form->addRow(tr("Rated Fairly good f&rom:"), m_fairlyGood);
    layout->addLayout(form);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Rule as shown"), tr("Counts the cases"), tr("Points per case"), tr("At most")});
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CountsColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Points per case: negative loses points, positive gains them. At most: the "
                           "most one rule moves a score either way (0: no limit)."));
    layout->addWidget(m_table, 1);
    for (const AssessmentRule &rule : start.rules)
        addRule(rule);

    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(tr("&Add a rule"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(add);
    for (const AssessmentRule &kind : assessmentrule::kinds())
        kinds->addAction(kind.label, this, [this, kind] { addRule(kind); });
    add->setMenu(kinds);
    auto *remove = new QPushButton(tr("&Remove the rule"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            m_rules.removeAt(row);
        }
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Save as a new version"));
    connect(box, &QDialogButtonBox::accepted, this, &RulesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &RulesDialog::reject);
    layout->addWidget(
        new QLabel(tr("Ratings made with earlier versions stay as they were: each version is kept, and 考评 "
                      "shows which one a sheet used."),
            this));
    layout->addWidget(box);
    resize(900, 520);
}

void RulesDialog::addRule(const AssessmentRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *stage = new QTableWidgetItem(assessmentrule::stageLabel(rule.stage));
    stage->setFlags(stage->flags() & ~Qt::ItemIsEditable);
    auto *counts = new QTableWidgetItem(assessmentrule::describe(rule));
    counts->setFlags(counts->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, StageColumn, stage);
    m_table->setItem(row, LabelColumn, new QTableWidgetItem(rule.label));
    m_table->setItem(row, CountsColumn, counts);
    m_table->setCellWidget(row, PointsColumn, spin(-100, 100, rule.points, 2, m_table));
    m_table->setCellWidget(row, CapColumn, spin(0, 1000, rule.cap, 1, m_table));
    m_rules.append(rule);
}

AssessmentRuleSet RulesDialog::rules() const
{
    AssessmentRuleSet set;
    set.name = m_name->text().trimmed();
    set.base = m_base->value();
    set.good = m_good->value();
    set.fairlyGood = m_fairlyGood->value();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        AssessmentRule rule = m_rules.at(row);
        rule.label = m_table->item(row, LabelColumn)->text().trimmed();
        rule.points = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, PointsColumn))->value();
        rule.cap = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, CapColumn))->value();
        set.rules.append(rule);
    }
    return set;
}

void RulesDialog::accept()
{
    Result<AssessmentRuleSet> saved = m_save(rules());
    if (!saved) {
        messages::show(m_error, saved.error().message, false);
        if (m_name->text().trimmed().isEmpty())
            m_name->setFocus();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace tz
