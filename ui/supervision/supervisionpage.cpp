// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/supervision/supervisionpage.h"

#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/cases/casespage.h"
#include "ui/common/ledgerwatch.h"
#include "ui/common/unitpicker.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tz {
namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kExactRole = Qt::UserRole + 2; // the unit's own cases, not those under it

QStandardItem *number(qint64 value)
{
    auto *item = new QStandardItem(QLocale().toString(value));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SupervisionPage::SupervisionPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    m_top = topUnitFor(m_workspace.org(), actor.orgCode);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_up = new QToolButton(this);
    m_up->setObjectName(QStringLiteral("supervisionUp"));
    m_up->setText(tr("↑ Up a level"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_title->setFont(font);
    m_cases = new QComboBox(this);
    m_cases->setObjectName(QStringLiteral("supervisionCases"));
    m_cases->addItem(tr("Overdue cases"), static_cast<int>(Cases::Overdue));
    m_cases->addItem(tr("Supervised cases"), static_cast<int>(Cases::Supervised));
    m_cases->addItem(tr("Due today"), static_cast<int>(Cases::DueToday));
    m_cases->addItem(tr("All open cases"), static_cast<int>(Cases::Open));
    //: Cases two computers decided differently at the same time (核对冲突)
    m_cases->addItem(tr("Conflicting decisions"), static_cast<int>(Cases::Conflicts));
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_cases);
    bar->addWidget(m_up);
    bar->addWidget(m_title, 1);
    bar->addWidget(listLabel);
    bar->addWidget(m_cases);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Open"), tr("Due today"), tr("Overdue"), tr("Supervised"), tr("Overdue rate")});
    m_view = new QTableView(splitter);
    m_view->setTabKeyNavigation(false); // rows by the arrows; Tab leaves the table
    m_view->setObjectName(QStringLiteral("supervisionTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click a unit (or press Enter) to see the units under it."));
    m_list = new CasesPage(m_workspace, m_actor, splitter);
    splitter->addWidget(m_view);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 400}); // ten units in view
    layout->addWidget(splitter, 1);

    connect(m_up, &QToolButton::clicked, this, [this] {
        const std::optional<OrgUnit> unit = m_workspace.org().unit(m_unit);
        if (unit && m_unit != m_top)
            showUnit(unit->parentCode);
    });
    connect(
        m_cases, &QComboBox::currentIndexChanged, this, [this] { listRow(m_view->currentIndex().row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { listRow(current.row()); });
    const auto down = [this](const QModelIndex &index) {
        const QString code = m_model->item(index.row(), UnitColumn)->data(kCodeRole).toString();
        if (code != m_unit && !m_workspace.org().children(code).isEmpty())
            showUnit(code);
    };
    connect(m_view, &QTableView::doubleClicked, this, down);
    connect(m_view, &QTableView::activated, this, down);
    new LedgerWatch(m_workspace, this, [this] { refresh(); });
    showUnit(m_top);
}

CaseFilter SupervisionPage::filterOf(Cases cases, const QString &code) const
{
    CaseFilter filter;
    filter.today = businesstime::dateOf(m_workspace.ledger().wallMs());
    filter.orgCode = code;
    switch (cases) {
    case Cases::Overdue:
        filter.overdueOnly = true;
        break;
    case Cases::Supervised:
        filter.states = casestate::openStates();
        filter.supervisedOnly = true;
        break;
    case Cases::DueToday:
        filter.states = casestate::openStates();
        filter.deadlineOn = filter.today;
        break;
    case Cases::Conflicts:
        filter.conflictOnly = true;
        break;
    case Cases::Open:
        filter.states = casestate::openStates();
        break;
    }
    return filter;
}

void SupervisionPage::showUnit(const QString &code)
{
    m_unit = code;
    m_up->setEnabled(code != m_top);
    m_title->setText(m_workspace.org().pathName(code));
    refresh();
}

void SupervisionPage::refresh()
{
    const int selected = qMax(0, m_view->currentIndex().row());
    const QStandardItem *was = m_model->item(selected, UnitColumn);
    const QString selectedCode = was ? was->data(kCodeRole).toString() : QString();
    const bool selectedExact = was && was->data(kExactRole).toBool();
    CaseList list(m_workspace.ledger().db());
    QList<OrgUnit> units = m_workspace.org().children(m_unit);
    const std::optional<OrgUnit> own = m_workspace.org().unit(m_unit);
    // Children share the first digits of their code that their level names.
    const int digits = units.isEmpty() ? 12 : orglevel::prefixLength(units.first().level);
    QHash<QString, qint64> counts[4];
    const Cases kinds[4] = {Cases::Open, Cases::DueToday, Cases::Overdue, Cases::Supervised};
    for (int k = 0; k < 4; ++k)
        counts[k] = list.countByUnit(filterOf(kinds[k], m_unit), digits);
    m_model->removeRows(0, m_model->rowCount());
    const auto addRow = [this](const QString &code, const QString &name, const qint64 values[4], bool total) {
        QList<QStandardItem *> row;
        auto *unit = new QStandardItem(name);
        unit->setData(code, kCodeRole);
        if (total) {
            QFont font = unit->font();
            font.setBold(true);
            unit->setFont(font);
        }
        row.append(unit);
        for (int k = 0; k < 4; ++k)
            row.append(number(values[k]));
        const QString rate = values[0] > 0
            ? QLocale().toString(
                  100.0 * static_cast<double>(values[2]) / static_cast<double>(values[0]), 'f', 1)
                + QLatin1Char('%')
            : QStringLiteral("—");
        auto *rateItem = new QStandardItem(rate);
        rateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.append(rateItem);
        if (values[2] > 0)
            row.at(OverdueColumn)->setForeground(QColor(0xB0, 0x1E, 0x1E));
        m_model->appendRow(row);
    };
    qint64 totals[4] = {0, 0, 0, 0};
    for (int k = 0; k < 4; ++k)
        for (qint64 value : std::as_const(counts[k]))
            totals[k] += value;
    addRow(m_unit, tr("%1 (all)").arg(own ? own->name : m_unit), totals, true);
    // The units with the most overdue cases first: that is where the meeting starts.
    std::stable_sort(units.begin(), units.end(), [&counts, digits](const OrgUnit &a, const OrgUnit &b) {
        return counts[2].value(a.code.left(digits)) > counts[2].value(b.code.left(digits));
    });
    // Cases the unit holds itself (a township's own offices), not any unit under it.
    if (!units.isEmpty()) {
        const QString key = m_unit.left(digits);
        const qint64 values[4]
            = {counts[0].value(key), counts[1].value(key), counts[2].value(key), counts[3].value(key)};
        if (values[0] + values[2] > 0) {
            addRow(m_unit, tr("%1 (its own)").arg(own ? own->name : m_unit), values, false);
            m_model->item(m_model->rowCount() - 1, UnitColumn)->setData(true, kExactRole);
        }
    }
    for (const OrgUnit &unit : units) {
        const QString prefix = unit.code.left(digits);
        const qint64 values[4] = {counts[0].value(prefix), counts[1].value(prefix), counts[2].value(prefix),
            counts[3].value(prefix)};
        addRow(unit.code, unit.name, values, false);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(72);
    // The unit selected stays selected, wherever the counts moved its row.
    int row = qMin(selected, m_model->rowCount() - 1);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStandardItem *unit = m_model->item(r, UnitColumn);
        if (unit->data(kCodeRole).toString() == selectedCode
            && unit->data(kExactRole).toBool() == selectedExact)
            row = r;
    }
    {
        // One listing, whether the row selected changes or not.
        const QSignalBlocker quiet(m_view->selectionModel());
        m_view->selectRow(row);
    }
    listRow(m_view->currentIndex().row(), true);
}

void SupervisionPage::listRow(int row, bool onlyIfOther)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QStandardItem *unit = m_model->item(row, UnitColumn);
    CaseFilter filter
        = filterOf(static_cast<Cases>(m_cases->currentData().toInt()), unit->data(kCodeRole).toString());
    filter.exactOrg = unit->data(kExactRole).toBool();
    const QString listed = QStringLiteral("%1 %2 %3 %4")
                               .arg(filter.orgCode)
                               .arg(filter.exactOrg)
                               .arg(m_cases->currentData().toInt())
                               .arg(filter.today.toString(Qt::ISODate));
    if (onlyIfOther && listed == m_listed)
        return;
    m_listed = listed;
    m_list->setBaseFilter(filter);
}

} // namespace tz
