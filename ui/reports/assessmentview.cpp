// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/reports/assessmentview.h"

#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"
#include "ui/reports/rulesdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QString points(double value)
{
    const QString text = QLocale().toString(value, 'f', 2);
    return value > 0 ? QLatin1Char('+') + text : text;
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AssessmentView::AssessmentView(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Ru&le set:"), this);
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("assessmentRules"));
    m_set->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_set);
    m_edit = new QPushButton(tr("&Edit the rules…"), this);
    m_edit->setObjectName(QStringLiteral("assessmentEdit"));
    m_edit->setEnabled(actor.role == Role::Admin);
    if (actor.role != Role::Admin)
        m_edit->setToolTip(tr("Only an administrator may change the rules."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assessmentSummary"));
    bar->addWidget(label);
    bar->addWidget(m_set);
    bar->addWidget(m_edit);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    m_note = messages::noteLabel(this,
        tr("These are the rules shipped with the program: an example after 廊坊's and 河池's stages "
           "(response, handling, feedback), not your county's rules. An administrator adapts them "
           "under 编辑规则 and saves them as a new version."));
    m_note->setObjectName(QStringLiteral("assessmentExample"));
    layout->addWidget(m_note);
    m_error = messages::errorLabel(this, QStringLiteral("assessmentError"));
    layout->addWidget(m_error);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assessmentTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->setWordWrap(true);
    m_view->setToolTip(tr("Click a rule's cell to list the cases it counted for that unit."));
    layout->addWidget(m_view, 1);

    connect(m_set, &QComboBox::activated, this, [this](int index) { showRuleSet(index); });
    connect(m_edit, &QPushButton::clicked, this, &AssessmentView::editRules);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int rule = index.column() - FirstRuleColumn;
        if (rule < 0 || rule >= current().rules.size())
            return;
        MeasureQuery query = m_query;
        query.orgCode = m_model->item(index.row(), UnitColumn)->data(kCodeRole).toString();
        const AssessmentRule &r = current().rules.at(rule);
        emit listRequested(AssessmentService::casesOf(r, query),
            tr("%1 · 考评 · %2").arg(m_model->item(index.row(), UnitColumn)->text(), r.label));
    });
    reloadSets({});
}

const AssessmentRuleSet &AssessmentView::current() const
{
    return m_sets.at(std::clamp(m_set->currentIndex(), 0, int(m_sets.size()) - 1));
}

void AssessmentView::reloadSets(const QString &select)
{
    AssessmentService service(m_workspace.ledger(), m_workspace.org());
    m_sets = service.ruleSets();
    m_set->clear();
    for (const AssessmentRuleSet &set : std::as_const(m_sets)) {
        if (set.isDefault()) // its name says it is an example
            m_set->addItem(set.name, set.id);
        else
            //: A saved version of the 考评 rules: its name, number and the day it was saved
            m_set->addItem(tr("%1 · version %2 · %3")
                               .arg(set.name)
                               .arg(set.number)
                               .arg(businesstime::dateOf(set.savedMs).toString(Qt::ISODate)),
                set.id);
    }
    // The newest version unless told otherwise: that is the one in force.
    const int index = select.isEmpty() ? int(m_sets.size()) - 1 : m_set->findData(select);
    m_set->setCurrentIndex(std::max(0, index));
}

QString AssessmentView::ruleSetTitle() const
{
    return m_set->currentText();
}

void AssessmentView::showRuleSet(int index)
{
    m_set->setCurrentIndex(index);
    refresh();
}

void AssessmentView::setQuery(const MeasureQuery &query)
{
    m_query = query;
    refresh();
}

void AssessmentView::refresh()
{
    const AssessmentRuleSet &set = current();
    m_note->setVisible(set.isDefault());
    m_model->clear();
    if (!m_query.from.isValid())
        return;
    AssessmentService service(m_workspace.ledger(), m_workspace.org());
    Result<QList<UnitAssessment>> sheet = service.assess(set, m_query);
    if (!sheet) {
        messages::show(m_error, sheet.error().message, false);
        return;
    }
    m_error->hide();
    m_sheet = *sheet;
    QStringList headers {tr("Unit"), tr("Score"), tr("Rating")};
    for (const AssessmentRule &rule : set.rules)
        //: A 考评 rule's column: its stage, words, and points per case with the limit
        headers << tr("%1: %2\n%3 a case%4")
                       .arg(assessmentrule::stageLabel(rule.stage), rule.label, points(rule.points),
                           rule.cap > 0 ? tr(", at most %1").arg(QLocale().toString(rule.cap)) : QString());
    m_model->setHorizontalHeaderLabels(headers);
    int counts[3] = {0, 0, 0};
    for (const UnitAssessment &unit : std::as_const(m_sheet)) {
        QList<QStandardItem *> row;
        auto *name = new QStandardItem(unit.name);
        name->setData(unit.code, kCodeRole);
        row << name << cell(QLocale().toString(unit.score, 'f', 2));
        auto *rated = new QStandardItem(rating::label(unit.rating));
        rated->setTextAlignment(Qt::AlignCenter);
        if (unit.rating == Rating::Average)
            rated->setForeground(QColor(0xB0, 0x1E, 0x1E));
        row << rated;
        for (const AssessmentLine &line : unit.lines)
            //: A 考评 cell: cases counted and the points they make
            row << cell(line.cases == 0
                    ? QStringLiteral("—")
                    : tr("%1 · %2").arg(QLocale().toString(line.cases), points(line.points)));
        m_model->appendRow(row);
        ++counts[static_cast<int>(unit.rating)];
    }
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_summary->setText(tr("Good %1 · Fairly good %2 · Average %3 (Good from %4, Fairly good from %5 of %6)")
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2])
                           .arg(QLocale().toString(set.good), QLocale().toString(set.fairlyGood),
                               QLocale().toString(set.base)));
}

void AssessmentView::editRules()
{
    if (m_actor.role != Role::Admin)
        return;
    RulesDialog dialog(
        current(),
        [this](const AssessmentRuleSet &rules) {
            AssessmentService service(m_workspace.ledger(), m_workspace.org());
            return service.save(m_actor, rules);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadSets(dialog.saved().id);
    refresh();
}

} // namespace tz
