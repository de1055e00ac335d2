// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "cases/casespage.h"

#include "auth/userservice.h"
#include "cases/caseactions.h"
#include "cases/caseevents.h"
#include "cases/caselistmodel.h"
#include "cases/caseservice.h"
#include "common/businesstime.h"
#include "ledger/ledger.h"
#include "org/orgservice.h"
#include "residents/masking.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace tz {

CasesPage::CasesPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search: words of the request, case number…"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->addItem(tr("All states"), 0);
    for (int s = static_cast<int>(CaseState::Registered); s <= static_cast<int>(CaseState::Reopened); ++s)
        m_state->addItem(casestate::label(static_cast<CaseState>(s)), s);
    bar->addWidget(new QLabel(tr("&Search:"), this));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_search);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new CaseListModel(m_workspace, this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    // The selected case: what this user may do to it now, then the case and its timeline.
    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_actions = new CaseActionBar(m_workspace, m_actor, detailPane);
    m_detail = new QTextBrowser(detailPane);
    detailLayout->addWidget(m_actions);
    detailLayout->addWidget(m_detail, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    connect(m_actions, &CaseActionBar::acted, this, [this](const QString &number) {
        applyFilter();
        showCase(number);
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 360});
    layout->addWidget(splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showCase(m_model->numberAt(current.row())); });
    applyFilter();
}

void CasesPage::refresh()
{
    applyFilter();
}

void CasesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

qint64 CasesPage::shownCount() const
{
    return m_model->totalCount();
}

void CasesPage::setBaseFilter(const CaseFilter &filter)
{
    m_base = filter;
    applyFilter();
}

void CasesPage::applyFilter()
{
    CaseFilter filter = m_base;
    filter.text = m_search->text();
    if (const int state = m_state->currentData().toInt(); state > 0)
        filter.state = static_cast<CaseState>(state);
    m_model->setFilter(filter);
    for (int column : {CaseListModel::Number, CaseListModel::Resident, CaseListModel::Handling,
             CaseListModel::State, CaseListModel::Registered, CaseListModel::Deadline})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(CaseListModel::Unit, 130);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_detail->clear();
    emit countChanged(m_model->totalCount());
}

void CasesPage::showCase(const QString &number)
{
    const std::optional<CaseRecord> record = m_workspace.cases().byNumber(number);
    m_actions->setCase(record);
    if (!record) {
        m_detail->clear();
        return;
    }
    const auto escape = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html
        = QStringLiteral("<h3>%1</h3><p><b>%2</b></p>").arg(escape(record->title), escape(record->number));
    html += QStringLiteral("<p>%1</p>").arg(escape(record->description));
    html += QStringLiteral("<table cellspacing=4>");
    const auto row = [&html, &escape](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html
                += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(escape(label), escape(value));
    };
    row(tr("State"), casestate::label(record->state));
    row(tr("Class"), handling::label(record->handling));
    row(tr("Channel"), channel::label(record->channel));
    row(tr("Unit"), m_workspace.org().pathName(record->orgCode));
    row(tr("Resident"), masking::name(record->residentName));
    row(tr("Phone"), masking::phone(record->phone));
    row(tr("Registered"), businesstime::displayOf(record->registeredAt));
    row(tr("Deadline"), record->deadline.toString(Qt::ISODate));
    if (record->resolvedAt > 0) {
        row(tr("Resolved"), businesstime::displayOf(record->resolvedAt));
        row(tr("Result"), record->resolution);
    }
    if (record->satisfaction)
        row(tr("Satisfaction"), satisfaction::label(*record->satisfaction));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Timeline"));
    for (const Event &event : m_workspace.ledger().events(AggregateType::Case, record->id)) {
        const std::optional<User> who = m_workspace.users().byId(event.actor);
        QString detail;
        for (const char *key : {"reason", "result", "text", "answer", "remark", "what"}) {
            const QString value = event.payload.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                detail = QStringLiteral(": ") + value;
        }
        html += QStringLiteral("<li>%1 — %2%3 — %4</li>")
                    .arg(businesstime::displayOf(event.hlc.millis()), escape(caseevents::label(event.type)),
                        escape(detail), escape(who ? who->displayName : event.actor));
    }
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
}

} // namespace tz
