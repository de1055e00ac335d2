// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/followups/followupspage.h"

#include "core/cases/casequeues.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/workspace/workspace.h"
#include "ui/cases/casespage.h"
#include "ui/common/ledgerwatch.h"
#include "ui/common/queuebutton.h"

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
    // A follow-up recorded here or elsewhere moves a case from the queue to the month's answers.
    new LedgerWatch(m_workspace, this, [this] { refresh(); });
    showView(View::Due);
    refresh();
}

CaseFilter FollowUpsPage::filterOf(View view) const
{
    const QDate day = today();
    CaseFilter filter = casequeue::filter(CaseQueue::FollowUpsDue, m_actor, day);
    if (view == View::Due)
        return filter;
    filter.state.reset();
    filter.followedUpFrom = QDate(day.year(), day.month(), 1);
    filter.followedUpTo = day;
    if (view == View::UnsatisfiedThisMonth)
        filter.satisfaction = Satisfaction::Unsatisfied;
    return filter;
}

QDate FollowUpsPage::today() const
{
    return businesstime::dateOf(m_workspace.ledger().wallMs());
}

void FollowUpsPage::refresh()
{
    CaseList list(m_workspace.ledger().db());
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_counts[i] = list.count(filterOf(kViews[i]));
        m_buttons.at(i)->setText(QStringLiteral("%1\n%2").arg(labelOf(kViews[i])).arg(m_counts.at(i)));
    }
    m_summary->setText(summary());
    if (const int checked = m_group->checkedId(); checked >= 0 && today() != m_listDay)
        showView(kViews[checked]);
}

void FollowUpsPage::showView(View view)
{
    const int i = static_cast<int>(view);
    m_buttons.at(i)->setChecked(true);
    m_listDay = today();
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

} // namespace tz
