// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "followups/followupspage.h"

#include "cases/casequeues.h"
#include "cases/casespage.h"
#include "common/businesstime.h"
#include "common/queuebutton.h"
#include "ledger/ledger.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr FollowUpsPage::View kViews[]
    = {FollowUpsPage::View::Due, FollowUpsPage::View::ThisMonth, FollowUpsPage::View::UnsatisfiedThisMonth};

QString labelOf(FollowUpsPage::View view)
{
    switch (view) {
    case FollowUpsPage::View::Due:
        return FollowUpsPage::tr("Waiting for follow-up");
    case FollowUpsPage::View::ThisMonth:
        return FollowUpsPage::tr("Followed up this month");
    case FollowUpsPage::View::UnsatisfiedThisMonth:
        return FollowUpsPage::tr("Unsatisfied this month");
    }
    return {};
}

} // namespace

FollowUpsPage::FollowUpsPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_group = new QButtonGroup(this);
    for (int i = 0; i < static_cast<int>(std::size(kViews)); ++i) {
        auto *button = queueButton(this, m_group, i, QStringLiteral("followUpView%1").arg(i));
        button->setMinimumWidth(140);
        row->addWidget(button);
        m_buttons.append(button);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_summary->setWordWrap(true);
    row->addSpacing(16);
    row->addWidget(m_summary, 1);
    layout->addLayout(row);
    m_list = new CasesPage(m_workspace, m_actor, this);
    layout->addWidget(m_list, 1);
    m_counts = QList<qint64>(std::size(kViews), 0);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int i) { showView(kViews[i]); });
    connect(m_list, &CasesPage::countChanged, this, [this] {
        // A follow-up recorded from the list moves the case out of the queue: count again.
        for (int i = 0; i < m_buttons.size(); ++i) {
            m_counts[i] = CaseList(m_workspace.ledger().db()).count(filterOf(kViews[i]));
            m_buttons.at(i)->setText(QStringLiteral("%1\n%2").arg(labelOf(kViews[i])).arg(m_counts.at(i)));
        }
        m_summary->setText(summary());
    });
    showView(View::Due);
}

CaseFilter FollowUpsPage::filterOf(View view) const
{
    const QDate today = businesstime::dateOf(m_workspace.ledger().wallMs());
    CaseFilter filter = casequeue::filter(CaseQueue::FollowUpsDue, m_actor, today);
    if (view == View::Due)
        return filter;
    filter.state.reset();
    filter.followedUpFrom = QDate(today.year(), today.month(), 1);
    filter.followedUpTo = today;
    if (view == View::UnsatisfiedThisMonth)
        filter.satisfaction = Satisfaction::Unsatisfied;
    return filter;
}

void FollowUpsPage::refresh()
{
    if (const int checked = m_group->checkedId(); checked >= 0)
        m_list->setBaseFilter(filterOf(kViews[checked])); // counts follow through countChanged
}

void FollowUpsPage::showView(View view)
{
    const int i = static_cast<int>(view);
    m_buttons.at(i)->setChecked(true);
    m_list->setBaseFilter(filterOf(view));
}

qint64 FollowUpsPage::count(View view) const
{
    return m_counts.at(static_cast<int>(view));
}

QString FollowUpsPage::summary() const
{
    CaseList list(m_workspace.ledger().db());
    CaseFilter month = filterOf(View::ThisMonth);
    const qint64 total = list.count(month);
    if (total == 0)
        return tr("No follow-ups recorded this month yet.");
    qint64 answers[3] = {0, 0, 0};
    for (Satisfaction s :
        {Satisfaction::Satisfied, Satisfaction::MostlySatisfied, Satisfaction::Unsatisfied}) {
        month.satisfaction = s;
        answers[static_cast<int>(s) - 1] = list.count(month);
    }
    const double rate = 100.0 * static_cast<double>(answers[0] + answers[1]) / static_cast<double>(total);
    return tr("This month: %1 followed up — %2 %3, %4 %5, %6 %7. Satisfaction rate %8%.")
        .arg(total)
        .arg(satisfaction::label(Satisfaction::Satisfied))
        .arg(answers[0])
        .arg(satisfaction::label(Satisfaction::MostlySatisfied))
        .arg(answers[1])
        .arg(satisfaction::label(Satisfaction::Unsatisfied))
        .arg(answers[2])
        .arg(QLocale().toString(rate, 'f', 1));
}

void FollowUpsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace tz
