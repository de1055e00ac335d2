// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/recurring/recurringpage.h"

#include "core/auth/role.h"
#include "core/cases/casepolicy.h"
#include "core/cases/caseservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerchanges.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/ledgerwatch.h"
#include "ui/common/messages.h"
#include "ui/common/unitpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tz {
namespace {

constexpr int kTitleMax = 60; // what a case's title may hold

QString day(qint64 ms)
{
    return businesstime::dateOf(ms).toString(Qt::ISODate);
}

// The township and the village: enough to tell places apart inside a county.
QString shortPlace(const QString &path)
{
    const QStringList parts = path.split(QStringLiteral(" / "));
    return parts.mid(std::max<qsizetype>(0, parts.size() - 2)).join(QStringLiteral(" / "));
}

// The requests of a group as people wrote them, the first few.
QString titlesOf(const QList<RecurringCase> &cases)
{
    QStringList titles;
    for (const RecurringCase &c : cases) {
        if (!titles.contains(c.title))
            titles.append(c.title);
    }
    if (titles.size() > 3)
        return titles.mid(0, 3).join(QStringLiteral("、")) + QStringLiteral("…");
    return titles.join(QStringLiteral("、"));
}

} // namespace

RecurringPage::RecurringPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("recurringUnit"));
    fillUnitPicker(m_unit, m_workspace.org(), topUnitFor(m_workspace.org(), actor.orgCode));
    m_unit->setMinimumContentsLength(16);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    m_window = new QSpinBox(this);
    m_window->setRange(3, 120);
    m_window->setValue(RecurringOptions {}.windowDays);
    //: A number of days follows, e.g. "within 30 days"
    m_window->setPrefix(tr("within "));
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("The first and the last case of a group are at most this many days apart."));
    m_minimum = new QSpinBox(this);
    m_minimum->setRange(2, 20);
    m_minimum->setValue(RecurringOptions {}.minimumSize);
    m_minimum->setPrefix(tr("at least "));
    m_minimum->setSuffix(tr(" cases"));
    auto *find = new QPushButton(tr("&Look again"), this);
    find->setObjectName(QStringLiteral("recurringFind"));
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit);
    bar->addWidget(m_window);
    bar->addWidget(m_minimum);
    bar->addWidget(find);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(messages::noteLabel(this,
        tr("举一反三: cases from one place, for one service (or none), close in time and described alike may "
           "be one problem. The groups below are suggestions from the words people used: tick the cases "
           "that really are one problem, name its root cause and register one case that fixes it. When that "
           "case is resolved, the cases ticked are resolved with it.")));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(splitter);
    m_groups = new QListWidget(m_tabs);
    m_groups->setObjectName(QStringLiteral("recurringGroups"));
    m_groups->setTextElideMode(Qt::ElideRight); // two lines each, cut to the width
    m_groups->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_groups->setSpacing(3);
    m_groups->setAlternatingRowColors(true);
    m_confirmed = new QListWidget(m_tabs);
    m_confirmed->setObjectName(QStringLiteral("recurringConfirmed"));
    m_confirmed->setTextElideMode(Qt::ElideRight);
    m_confirmed->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_confirmed->setSpacing(3);
    m_confirmed->setAlternatingRowColors(true);
    m_tabs->addTab(m_groups, tr("Suggested groups"));
    m_tabs->addTab(m_confirmed, tr("Registered 举一反三 cases"));

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("recurringSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_members = new QTableWidget(0, 5, right);
    m_members->setObjectName(QStringLiteral("recurringMembers"));
    m_members->setHorizontalHeaderLabels(
        {tr("Number"), tr("Registered"), tr("State"), tr("Request"), tr("Description")});
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setToolTip(tr("Double-click a case to open it in the case list."));

    auto *form = new QFormLayout;
    m_title = new QLineEdit(right);
    m_title->setObjectName(QStringLiteral("recurringTitle"));
    m_title->setMaxLength(kTitleMax);
    m_rootCause = new QPlainTextEdit(right);
    m_rootCause->setObjectName(QStringLiteral("recurringRootCause"));
    m_rootCause->setPlaceholderText(
        tr("What makes these cases happen again and again, e.g. the whole line of lamps is "
           "old and its cable keeps failing."));
    m_rootCause->setTabChangesFocus(true);
    m_rootCause->setMaximumHeight(m_rootCause->fontMetrics().lineSpacing() * 5);
    m_handling = new QComboBox(right);
    m_handling->setObjectName(QStringLiteral("recurringHandling"));
    for (Handling h : {Handling::Routed, Handling::Joint, Handling::Fast})
        m_handling->addItem(handling::label(h), static_cast<int>(h));
    form->addRow(tr("举一反三 &case:"), m_title);
    form->addRow(tr("Root &cause:"), m_rootCause);
    form->addRow(tr("&Handling:"), m_handling);
    m_message = messages::errorLabel(right, QStringLiteral("recurringMessage"));
    m_confirm = new QPushButton(tr("&Register as one problem"), right);
    m_confirm->setObjectName(QStringLiteral("recurringConfirm"));
    m_confirm->setToolTip(
        tr("Registers the 举一反三 case and links the ticked cases to it. Dispatch it next, in "
           "the case list."));
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_message, 1);
    confirmRow->addWidget(m_confirm);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_members, 1);
    rightLayout->addLayout(form);
    rightLayout->addLayout(confirmRow);
    if (!casepolicy::roleMay(actor.role, CaseAction::LinkToIssue))
        rightLayout->addWidget(messages::noteLabel(right,
            tr("Only a supervisor (or an administrator) registers a 举一反三 case; you "
               "can read the groups.")));
    splitter->addWidget(m_tabs);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    setFormEnabled(false);

    connect(find, &QPushButton::clicked, this, &RecurringPage::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RecurringPage::refresh);
    connect(m_groups, &QListWidget::currentRowChanged, this, &RecurringPage::showProposal);
    connect(m_confirmed, &QListWidget::currentRowChanged, this, &RecurringPage::showConfirmed);
    connect(m_confirmed, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit openCase(item->data(Qt::UserRole).toString()); });
    connect(m_members, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_members->item(row, NumberColumn))
            emit openCase(item->text());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 0)
            showProposal(m_groups->currentRow());
        else
            showConfirmed(m_confirmed->currentRow());
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(); });
    new LedgerWatch(m_workspace, this, [this] {
        if (m_loaded)
            reload(true);
    });
}

RecurringPage::~RecurringPage()
{
    // Closing the window moves the focus and may make the unit field pick an item while the
    // children are destroyed, after this page's own members are gone.
    m_unit->disconnect(this);
    m_groups->disconnect(this);
    m_confirmed->disconnect(this);
    m_tabs->disconnect(this);
}

void RecurringPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void RecurringPage::refresh()
{
    reload(false);
}

void RecurringPage::reload(bool keep)
{
    // When the ledger changed under the page, what the person was looking at and typing stays if
    // its group is still found.
    const QString shownCase = keep && m_shown >= 0 && m_shown < m_proposals.size()
        ? m_proposals.at(m_shown).cases.constFirst().number
        : QString();
    const QListWidgetItem *issue = m_confirmed->currentItem();
    const QString shownIssue = keep && issue ? issue->data(Qt::UserRole).toString() : QString();
    const QString title = m_title->text();
    const QString rootCause = m_rootCause->toPlainText();
    QStringList unticked;
    for (int row = 0; row < m_members->rowCount(); ++row)
        if (const QTableWidgetItem *number = m_members->item(row, NumberColumn);
            number && (number->flags() & Qt::ItemIsUserCheckable) && number->checkState() == Qt::Unchecked)
            unticked.append(number->text());
    const bool said = keep && m_message->isVisible();
    m_loaded = true;
    RecurringOptions options;
    options.windowDays = m_window->value();
    options.minimumSize = m_minimum->value();
    RecurringIssues issues(m_workspace.ledger().db(), m_workspace.org(), m_workspace.catalog());
    const QString unit = m_unit->currentData().toString();
    Result<QList<RecurringProposal>> found = issues.find(unit, m_workspace.ledger().wallMs(), options);
    Result<QList<ConfirmedIssue>> confirmed = issues.confirmed(unit);
    m_proposals = found ? *found : QList<RecurringProposal> {};
    m_issues = confirmed ? *confirmed : QList<ConfirmedIssue> {};

    const QSignalBlocker blockGroups(m_groups);
    const QSignalBlocker blockConfirmed(m_confirmed);
    m_groups->clear();
    for (const RecurringProposal &p : std::as_const(m_proposals)) {
        const QString what = p.catalogName.isEmpty() ? tr("outside the catalog") : p.catalogName;
        //: %n how many cases, %1 a place, %2 a service, %3 and %4 dates, %5 what people asked
        auto *item = new QListWidgetItem(
            tr("%n case(s) · %1 · %2\n%3 to %4: %5", nullptr, int(p.cases.size()))
                .arg(shortPlace(p.placeName), what, day(p.cases.constFirst().registeredAt).mid(5),
                    day(p.cases.constLast().registeredAt).mid(5), titlesOf(p.cases)),
            m_groups);
        item->setToolTip(item->text());
    }
    m_confirmed->clear();
    for (const ConfirmedIssue &i : std::as_const(m_issues)) {
        //: %1 number, %2 title, %3 state, %4 resolved members, %5 all members
        auto *item = new QListWidgetItem(tr("%1 · %2\n%3 · %4 of %5 linked cases resolved")
                                             .arg(i.number, i.title, casestate::label(i.state))
                                             .arg(i.members - i.membersOpen)
                                             .arg(i.members),
            m_confirmed);
        item->setData(Qt::UserRole, i.number);
        item->setToolTip(i.rootCause);
    }
    m_tabs->setTabText(0, tr("Suggested groups (%1)").arg(m_proposals.size()));
    m_tabs->setTabText(1, tr("Registered 举一反三 cases (%1)").arg(m_issues.size()));
    if (!found || !confirmed) {
        messages::show(m_message, found ? confirmed.error().message : found.error().message, false);
        return;
    }
    int group = m_proposals.isEmpty() ? -1 : 0;
    int kept = -1;
    for (int i = 0; i < m_proposals.size() && !shownCase.isEmpty(); ++i)
        for (const RecurringCase &c : m_proposals.at(i).cases)
            if (c.number == shownCase)
                kept = group = i;
    int confirmedRow = m_issues.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_issues.size(); ++i)
        if (m_issues.at(i).number == shownIssue)
            confirmedRow = i;
    m_groups->setCurrentRow(group);
    m_confirmed->setCurrentRow(confirmedRow);
    if (m_tabs->currentIndex() != 0) {
        showConfirmed(confirmedRow);
    } else {
        showProposal(group);
        if (kept >= 0) {
            m_title->setText(title);
            m_rootCause->setPlainText(rootCause);
            for (int row = 0; row < m_members->rowCount(); ++row)
                if (unticked.contains(m_members->item(row, NumberColumn)->text()))
                    m_members->item(row, NumberColumn)->setCheckState(Qt::Unchecked);
        }
    }
    m_message->setVisible(said);
}

void RecurringPage::fillMembers(const QList<RecurringCase> &cases, bool checkable)
{
    m_members->setRowCount(0);
    m_members->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const RecurringCase &c = cases.at(row);
        auto *number = new QTableWidgetItem(c.number);
        if (checkable) {
            number->setFlags(number->flags() | Qt::ItemIsUserCheckable);
            number->setCheckState(Qt::Checked);
        }
        m_members->setItem(row, NumberColumn, number);
        m_members->setItem(row, DateColumn, new QTableWidgetItem(day(c.registeredAt)));
        m_members->setItem(row, StateColumn, new QTableWidgetItem(casestate::label(c.state)));
        m_members->setItem(row, TitleColumn, new QTableWidgetItem(c.title));
        auto *description = new QTableWidgetItem(c.description);
        description->setToolTip(c.description);
        m_members->setItem(row, DescriptionColumn, description);
    }
    m_members->resizeColumnsToContents();
    m_members->horizontalHeader()->setStretchLastSection(true);
}

void RecurringPage::setFormEnabled(bool enabled)
{
    const bool allowed = enabled && casepolicy::roleMay(m_actor.role, CaseAction::LinkToIssue);
    for (QWidget *w : std::initializer_list<QWidget *> {m_title, m_rootCause, m_handling, m_confirm})
        w->setEnabled(allowed);
}

void RecurringPage::showProposal(int index)
{
    m_shown = index;
    m_message->hide();
    if (index < 0 || index >= m_proposals.size()) {
        m_summary->setText(
            m_proposals.isEmpty() ? tr("No group of cases looks like one problem here now.") : QString());
        fillMembers({}, false);
        setFormEnabled(false);
        return;
    }
    const RecurringProposal &p = m_proposals.at(index);
    //: %1 a place, %2 a service, %n how many cases, %3 and %4 dates
    m_summary->setText(
        tr("%1 · %2 · %n case(s) from %3 to %4", nullptr, int(p.cases.size()))
            .arg(p.placeName, p.catalogName.isEmpty() ? tr("outside the catalog") : p.catalogName,
                day(p.cases.constFirst().registeredAt), day(p.cases.constLast().registeredAt)));
    fillMembers(p.cases, true);
    //: The default name of a 举一反三 case: the first request of the group
    m_title->setText(tr("举一反三: %1").arg(p.cases.constFirst().title).left(kTitleMax));
    m_rootCause->clear();
    setFormEnabled(true);
}

void RecurringPage::showConfirmed(int index)
{
    m_shown = -1;
    m_message->hide();
    setFormEnabled(false);
    if (index < 0 || index >= m_issues.size()) {
        m_summary->setText(
            m_issues.isEmpty() ? tr("No 举一反三 case has been registered here yet.") : QString());
        fillMembers({}, false);
        return;
    }
    const ConfirmedIssue &issue = m_issues.at(index);
    m_summary->setText(tr("%1 %2 (%3) · root cause: %4")
                           .arg(issue.number, issue.title, casestate::label(issue.state), issue.rootCause));
    QList<RecurringCase> cases;
    for (const CaseRecord &member : m_workspace.cases().issueMembers(issue.number))
        cases.append({member.number, member.title, member.description, member.originOrg, member.state,
            member.registeredAt});
    fillMembers(cases, false);
    m_title->clear();
    m_rootCause->clear();
}

QString RecurringPage::confirm()
{
    if (m_shown < 0 || m_shown >= m_proposals.size())
        return {};
    const RecurringProposal &p = m_proposals.at(m_shown);
    RegisterCaseInput input;
    input.orgCode = p.place;
    input.handling = static_cast<Handling>(m_handling->currentData().toInt());
    input.title = m_title->text();
    input.rootCause = m_rootCause->toPlainText();
    input.catalogId = p.catalogId;
    for (int row = 0; row < m_members->rowCount(); ++row)
        if (m_members->item(row, NumberColumn)->checkState() == Qt::Checked)
            input.issueMembers.append(m_members->item(row, NumberColumn)->text());
    //: The description of a 举一反三 case: the cases it fixes at the root
    input.description
        = tr("Registered for %n case(s) with one cause: %1", nullptr, int(input.issueMembers.size()))
              .arg(input.issueMembers.join(QStringLiteral("、")));
    Result<CaseRecord> saved = m_workspace.cases().registerCase(m_actor, input);
    if (!saved) {
        const QString message = saved.error().message;
        messages::show(m_message, message, false);
        if (saved.error().field == QLatin1String("rootCause"))
            m_rootCause->setFocus();
        else if (saved.error().field == QLatin1String("title"))
            m_title->setFocus();
        return message;
    }
    const QString message
        = tr("Registered 举一反三 case %1 for %n case(s); dispatch it next in the case list.", nullptr,
            int(input.issueMembers.size()))
              .arg(saved->number);
    m_workspace.changes().flush(); // this page and every other show the new case now
    messages::show(m_message, message, true);
    return message;
}

} // namespace tz
