// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/residents/residentspage.h"

#include "core/grids/gridservice.h"
#include "core/org/orgservice.h"
#include "core/residents/masking.h"
#include "core/workspace/workspace.h"
#include "ui/cases/casespage.h"
#include "ui/common/ledgerwatch.h"
#include "ui/common/messages.h"
#include "ui/common/unsaved.h"
#include "ui/residents/revealdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ResidentsPage::ResidentsPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    // Left: the search and what it found.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin initials, phone or last digits of the ID"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find a resident:"), left);
    searchLabel->setBuddy(m_search);
    leftLayout->addWidget(searchLabel);
    leftLayout->addWidget(m_search);
    m_results = new QTableWidget(0, 4, left);
    m_results->setObjectName(QStringLiteral("residentResults"));
    m_results->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Phone"), tr("Unit")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_hint = messages::noteLabel(left,
        tr("Type at least one character of a name, two pinyin initials (e.g. lch for 黎承辉), or four digits "
           "of a phone or ID number."));
    leftLayout->addWidget(m_hint);
    leftLayout->addWidget(m_results, 1);

    // Right: the resident.
    m_detail = new QWidget(splitter);
    auto *right = new QVBoxLayout(m_detail);
    right->setContentsMargins(0, 0, 0, 0);
    m_name = new QLabel(m_detail);
    m_name->setObjectName(QStringLiteral("residentName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    right->addWidget(m_name);
    auto *form = new QFormLayout;
    m_idNumber = new QLabel(m_detail);
    m_idNumber->setObjectName(QStringLiteral("residentIdNumber"));
    m_phone = new QLabel(m_detail);
    m_phone->setObjectName(QStringLiteral("residentPhone"));
    m_revealId = new QPushButton(tr("Show in full…"), m_detail);
    m_revealId->setObjectName(QStringLiteral("revealIdNumber"));
    m_revealPhone = new QPushButton(tr("Show in full…"), m_detail);
    m_revealPhone->setObjectName(QStringLiteral("revealPhone"));
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idNumber);
    idRow->addWidget(m_revealId);
    idRow->addStretch(1);
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone);
    phoneRow->addWidget(m_revealPhone);
    phoneRow->addStretch(1);
    m_address = new QLabel(m_detail);
    m_address->setWordWrap(true);
    m_unit = new QLabel(m_detail);
    m_unit->setWordWrap(true);
    form->addRow(tr("ID number:"), idRow);
    form->addRow(tr("Phone:"), phoneRow);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Unit and grid:"), m_unit);
    right->addLayout(form);

    auto *tagsBox = new QGroupBox(tr("Care groups"), m_detail);
    auto *tagsLayout = new QHBoxLayout(tagsBox);
    for (const QString &group : ResidentService::careGroups()) {
        auto *box = new QCheckBox(group, tagsBox);
        tagsLayout->addWidget(box);
        m_tags.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_saveTags->setEnabled(true);
            m_tagsMessage->hide();
        });
    }
    tagsLayout->addStretch(1);
    m_saveTags = new QPushButton(tr("Save tags"), tagsBox);
    m_saveTags->setObjectName(QStringLiteral("saveTags"));
    tagsLayout->addWidget(m_saveTags);
    right->addWidget(tagsBox);
    m_tagsMessage = messages::errorLabel(m_detail, QStringLiteral("tagsMessage"));
    right->addWidget(m_tagsMessage);

    auto *householdBox = new QGroupBox(tr("Household"), m_detail);
    auto *householdLayout = new QVBoxLayout(householdBox);
    m_household = new QListWidget(householdBox);
    m_household->setObjectName(QStringLiteral("household"));
    m_household->setMaximumHeight(84);
    householdLayout->addWidget(m_household);
    right->addWidget(householdBox);

    auto *casesLabel = new QLabel(tr("Cases this resident brought"), m_detail);
    casesLabel->setFont(big);
    right->addWidget(casesLabel);
    m_cases = new CasesPage(m_workspace, m_actor, m_detail);
    right->addWidget(m_cases, 1);
    m_detail->hide(); // until someone is picked

    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({460, 780});

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &ResidentsPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        runSearch();
        m_results->setFocus();
    });
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        const QTableWidgetItem *item = m_results->item(row, 0);
        if (!item)
            return;
        if (mayLeaveTags()) {
            showResident(item->data(kIdRole).toString());
        } else {
            const QSignalBlocker blocker(m_results);
            m_results->setCurrentCell(previousRow, 0);
        }
    });
    connect(m_household, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(kIdRole).toString();
        if (!id.isEmpty() && id != m_shownId && mayLeaveTags())
            showResident(id);
    });
    connect(m_saveTags, &QPushButton::clicked, this, &ResidentsPage::saveTags);
    connect(m_revealId, &QPushButton::clicked, this, [this] { reveal(ResidentField::IdNumber); });
    connect(m_revealPhone, &QPushButton::clicked, this, [this] { reveal(ResidentField::Phone); });
    // A handler works on cases, not on the resident register.
    m_saveTags->setVisible(m_actor.role != Role::Handler);
    for (QCheckBox *box : m_tags)
        box->setEnabled(m_actor.role != Role::Handler);
    new LedgerWatch(m_workspace, this, [this] { refresh(); });
}

void ResidentsPage::refresh()
{
    const QString shown = m_shownId;
    {
        const QSignalBlocker quiet(m_results);
        runSearch();
        for (int row = 0; row < m_results->rowCount(); ++row)
            if (m_results->item(row, 0)->data(kIdRole).toString() == shown)
                m_results->setCurrentCell(row, 0);
    }
    if (!shown.isEmpty() && !m_saveTags->isEnabled())
        showResident(shown);
}

void ResidentsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ResidentsPage::search(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    runSearch();
}

void ResidentsPage::showFirst()
{
    if (m_results->rowCount() > 0)
        m_results->setCurrentCell(0, 0);
}

void ResidentsPage::runSearch()
{
    const QString text = m_search->text().trimmed();
    m_results->setRowCount(0);
    m_hint->setVisible(text.isEmpty());
    if (text.isEmpty())
        return;
    const QList<Resident> found = m_workspace.residents().find(text, 50);
    m_results->setRowCount(static_cast<int>(found.size()));
    for (int row = 0; row < found.size(); ++row) {
        const Resident &r = found.at(row);
        auto *name = new QTableWidgetItem(r.name);
        name->setData(kIdRole, r.id);
        m_results->setItem(row, 0, name);
        m_results->setItem(row, 1, new QTableWidgetItem(masking::idNumber(r.idNumber)));
        m_results->setItem(row, 2, new QTableWidgetItem(masking::phone(r.phone)));
        const std::optional<OrgUnit> unit = m_workspace.org().unit(r.orgCode);
        m_results->setItem(row, 3, new QTableWidgetItem(unit ? unit->name : r.orgCode));
    }
    m_results->resizeColumnsToContents();
    if (found.isEmpty()) {
        m_hint->setText(tr("Nobody found for \"%1\". New residents are added at 受理 (F2).").arg(text));
        m_hint->show();
    }
}

void ResidentsPage::showResident(const QString &id)
{
    const std::optional<Resident> resident = m_workspace.residents().byId(id);
    m_detail->setVisible(resident.has_value());
    if (!resident)
        return;
    m_shownId = id;
    m_name->setText(resident->name);
    m_idNumber->setText(
        resident->idNumber.isEmpty() ? tr("not recorded") : masking::idNumber(resident->idNumber));
    m_phone->setText(resident->phone.isEmpty() ? tr("not recorded") : masking::phone(resident->phone));
    m_revealId->setEnabled(!resident->idNumber.isEmpty());
    m_revealPhone->setEnabled(!resident->phone.isEmpty());
    m_address->setText(resident->address);
    QString place = m_workspace.org().pathName(resident->orgCode);
    if (const std::optional<Grid> grid = m_workspace.grids().grid(resident->gridId))
        place += QStringLiteral(" / ") + grid->name;
    m_unit->setText(place);
    for (QCheckBox *box : m_tags) {
        const QSignalBlocker blocker(box);
        box->setChecked(resident->tags.contains(box->text()));
    }
    m_saveTags->setEnabled(false);
    m_tagsMessage->hide();
    m_household->clear();
    if (!resident->householdId.isEmpty()) {
        for (const Resident &member : m_workspace.residents().household(resident->householdId)) {
            auto *item = new QListWidgetItem(
                member.id == id ? tr("%1 (this resident)").arg(member.name) : member.name, m_household);
            item->setData(kIdRole, member.id);
        }
    }
    if (m_household->count() == 0)
        m_household->addItem(tr("No household recorded."));
    if (m_cases->currentFilter().residentId != id) { // else the list keeps its place
        CaseFilter filter;
        filter.residentId = id;
        m_cases->setBaseFilter(filter);
    }
}

bool ResidentsPage::mayLeaveTags()
{
    return unsaved::mayLeave(this, !m_shownId.isEmpty() && m_saveTags->isEnabled(),
        tr("the care groups of %1").arg(m_name->text()), [this] {
            saveTags();
            return !m_saveTags->isEnabled();
        });
}

void ResidentsPage::saveTags()
{
    QStringList tags;
    for (QCheckBox *box : m_tags)
        if (box->isChecked())
            tags.append(box->text());
    const Status saved = m_workspace.residents().setTags(m_actor, m_shownId, tags);
    messages::show(m_tagsMessage, saved ? tr("Tags saved.") : saved.error().message, saved.ok());
    m_saveTags->setEnabled(!saved);
}

void ResidentsPage::reveal(ResidentField field)
{
    RevealDialog dialog(m_workspace.residents(), m_actor, m_shownId, field, this);
    dialog.exec();
}

} // namespace tz
