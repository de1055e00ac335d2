// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/cases/casespage.h"

#include "core/auth/userservice.h"
#include "core/cases/caseevents.h"
#include "core/cases/casepolicy.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/grids/gridservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerchanges.h"
#include "core/org/divisioncode.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/cases/attachmentpane.h"
#include "ui/cases/caseactions.h"
#include "ui/cases/casedetailview.h"
#include "ui/cases/caselistmodel.h"
#include "ui/cases/importcasesdialog.h"
#include "ui/common/filedialogs.h"
#include "ui/common/ledgerwatch.h"
#include "ui/common/unitpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz {
namespace {

const char *const kHiddenColumnsKey = "cases/hiddenColumns";

// The default columns leave the channel and supervision out; the chooser brings them back.
QStringList defaultHidden()
{
    return {casefield::key(CaseField::Channel), casefield::key(CaseField::Supervised)};
}

QComboBox *comboWithAll(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(CasesPage::tr("All"), QVariant());
    return combo;
}

} // namespace

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
    m_state->setObjectName(QStringLiteral("caseState"));
    m_state->addItem(tr("All states"), 0);
    for (int s = static_cast<int>(CaseState::Registered); s <= static_cast<int>(CaseState::Reopened); ++s)
        m_state->addItem(casestate::label(static_cast<CaseState>(s)), s);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("caseOrder"));
    m_order->addItem(tr("Newest first"), static_cast<int>(CaseOrder::Newest));
    m_order->addItem(tr("Oldest first"), static_cast<int>(CaseOrder::Oldest));
    m_order->addItem(tr("Nearest deadline first"), static_cast<int>(CaseOrder::DeadlineFirst));
    m_order->setToolTip(tr("A search lists its matches newest first."));
    m_filterToggle = new QToolButton(this);
    m_filterToggle->setObjectName(QStringLiteral("filterToggle"));
    m_filterToggle->setText(tr("&Filters"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *columns = new QToolButton(this);
    columns->setText(tr("Columns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    columns->setMenu(columnMenu());
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportCases"));
    exportButton->setText(tr("E&xport…"));
    exportButton->setToolTip(tr("Writes every case the list shows (not just the rows on screen) to an Excel "
                                "workbook or a CSV file."));
    auto *importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importCases"));
    //: Enter an old case ledger kept in Excel (旧台账) as cases
    importButton->setText(tr("&Import…"));
    importButton->setToolTip(
        tr("Enters an old case ledger kept in Excel (saved as CSV) as cases entered afterwards (补录)."));
    importButton->setVisible(casepolicy::roleMay(actor.role, CaseAction::Register));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_order);
    bar->addWidget(m_filterToggle);
    bar->addWidget(columns);
    bar->addWidget(exportButton);
    bar->addWidget(importButton);
    layout->addLayout(bar);
    buildFilterBar();
    layout->addWidget(m_filterBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new CaseListModel(m_workspace, this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    // Rows are chosen with the arrows; Tab goes on to the case's steps and files, as in a form.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(
        CaseListModel::column(CaseField::Title), QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &at) { m_columns->popup(m_table->horizontalHeader()->mapToGlobal(at)); });
    // The selected case: what this user may do to it now, the case and its timeline, its files.
    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_actions = new CaseActionBar(m_workspace, m_actor, detailPane);
    m_detail = new CaseDetailView(m_workspace, m_actor, detailPane);
    m_attachments = new AttachmentPane(m_workspace, m_actor, detailPane);
    connect(m_detail, &CaseDetailView::caseLinkClicked, this, &CasesPage::search);
    connect(m_detail, &CaseDetailView::filesDropped, m_attachments, &AttachmentPane::attachFiles);
    connect(m_attachments, &AttachmentPane::attached, this, &CasesPage::showCase);
    detailLayout->addWidget(m_actions);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_attachments);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    connect(m_actions, &CaseActionBar::acted, this, [this](const QString &number) {
        // The case stays shown, whether or not the list still holds it; every page shows the step
        // at once.
        m_number = number;
        m_workspace.changes().flush();
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 360});
    layout->addWidget(splitter, 1);
    applyColumns();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_filterToggle, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            fillUnits();
        m_filterBar->setVisible(on);
    });
    connect(exportButton, &QToolButton::clicked, this, &CasesPage::exportShown);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("&Export…"), this, &CasesPage::exportShown);
    exportMenu->addAction(tr("&Print…"), this, &CasesPage::printShown);
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    connect(importButton, &QToolButton::clicked, this, [this] {
        const QString file = filedialogs::openFile(this, filedialogs::Kind::Imports,
            tr("Import an old case ledger"), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (file.isEmpty())
            return;
        ImportCasesDialog dialog(m_workspace, m_actor, file, this);
        dialog.exec(); // the cases entered show through the ledger's change signal
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showCase(m_model->numberAt(current.row())); });
    m_watch = new LedgerWatch(m_workspace, this, [this] { refresh(); });
    applyFilter();
}

void CasesPage::buildFilterBar()
{
    m_filterBar = new QFrame(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_filterBar->setFrameShape(QFrame::StyledPanel);
    m_filterBar->hide();
    auto *grid = new QGridLayout(m_filterBar);
    m_handling = comboWithAll(m_filterBar, QStringLiteral("filterClass"));
    for (Handling h : {Handling::Immediate, Handling::Fast, Handling::Routed, Handling::Joint})
        m_handling->addItem(handling::label(h), static_cast<int>(h));
    m_channel = comboWithAll(m_filterBar, QStringLiteral("filterChannel"));
    for (int c = static_cast<int>(Channel::Counter); c <= static_cast<int>(Channel::Meeting); ++c)
        m_channel->addItem(channel::label(static_cast<Channel>(c)), c);
    m_unit = comboWithAll(m_filterBar, QStringLiteral("filterUnit"));
    m_grid = comboWithAll(m_filterBar, QStringLiteral("filterGrid"));
    m_grid->setEnabled(false);
    m_grid->setToolTip(tr("Pick a village first: grids belong to villages."));
    m_catalog = comboWithAll(m_filterBar, QStringLiteral("filterCatalog"));
    m_catalog->setEditable(true);
    m_catalog->setInsertPolicy(QComboBox::NoInsert);
    m_catalog->completer()->setFilterMode(Qt::MatchContains);
    m_catalog->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const CatalogItem &item : m_workspace.catalog().all())
        m_catalog->addItem(item.name, item.id);
    m_overdue = new QCheckBox(tr("Overdue"), m_filterBar);
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    m_supervised = new QCheckBox(tr("Supervised"), m_filterBar);
    m_supervised->setObjectName(QStringLiteral("filterSupervised"));
    m_dated = new QCheckBox(tr("Registered from"), m_filterBar);
    m_dated->setObjectName(QStringLiteral("filterDated"));
    const QDate today = businesstime::dateOf(m_workspace.ledger().wallMs());
    m_from = new QDateEdit(today.addDays(1 - today.day()), m_filterBar);
    m_to = new QDateEdit(today, m_filterBar);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    auto *clear = new QToolButton(m_filterBar);
    clear->setText(tr("Clear filters"));
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, m_filterBar);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("C&lass:"), m_handling), 0, 0);
    grid->addWidget(m_handling, 0, 1);
    grid->addWidget(label(tr("C&hannel:"), m_channel), 0, 2);
    grid->addWidget(m_channel, 0, 3);
    grid->addWidget(label(tr("&Unit:"), m_unit), 0, 4);
    grid->addWidget(m_unit, 0, 5);
    grid->addWidget(label(tr("&Grid:"), m_grid), 0, 6);
    grid->addWidget(m_grid, 0, 7);
    grid->addWidget(label(tr("Ca&talog item:"), m_catalog), 1, 0);
    grid->addWidget(m_catalog, 1, 1, 1, 3);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), m_filterBar));
    dates->addWidget(m_to);
    grid->addLayout(dates, 1, 4, 1, 2);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_overdue);
    checks->addWidget(m_supervised);
    checks->addStretch(1);
    checks->addWidget(clear);
    grid->addLayout(checks, 1, 6, 1, 2);
    grid->setColumnStretch(5, 1);

    for (QComboBox *combo : {m_handling, m_channel, m_grid})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    // The grids of the new unit first, then the list (which reads the grid chosen).
    connect(m_unit, &QComboBox::currentIndexChanged, this, &CasesPage::fillGrids);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_catalog, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_catalog->lineEdit(), &QLineEdit::editingFinished, m_catalog, [this] {
        // Typed text that names nothing is not a filter: the combo goes back to what it showed.
        const int found = m_catalog->findText(m_catalog->currentText());
        if (found >= 0)
            m_catalog->setCurrentIndex(found);
        else
            m_catalog->setEditText(m_catalog->itemText(m_catalog->currentIndex()));
    });
    for (QCheckBox *box : {m_overdue, m_supervised})
        connect(box, &QCheckBox::toggled, this, &CasesPage::applyFilter);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_dated->isChecked())
                applyFilter();
        });
    connect(clear, &QToolButton::clicked, this, &CasesPage::clearFilters);
}

void CasesPage::fillUnits()
{
    if (m_unit->count() <= 1)
        fillUnitPicker(m_unit, m_workspace.org(), m_actor.orgCode);
}

void CasesPage::startAtOwnUnit()
{
    if (m_actor.orgCode.isEmpty())
        return;
    fillUnits();
    const int own = m_unit->findData(m_actor.orgCode);
    if (own > 0)
        m_unit->setCurrentIndex(own); // applies the filter and fills the grids
}

void CasesPage::fillGrids()
{
    const QSignalBlocker blocker(m_grid);
    m_grid->clear();
    m_grid->addItem(tr("All"), QVariant());
    const QString code = m_unit->currentData().toString();
    const std::optional<OrgUnit> unit = code.isEmpty() ? std::nullopt : m_workspace.org().unit(code);
    const bool village = unit && unit->level == OrgLevel::Village;
    if (village)
        for (const Grid &grid : m_workspace.grids().grids(code))
            m_grid->addItem(grid.name, grid.id);
    m_grid->setEnabled(village && m_grid->count() > 1);
}

void CasesPage::clearFilters()
{
    for (QComboBox *combo : {m_handling, m_channel, m_unit, m_grid, m_catalog}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    fillGrids();
    for (QCheckBox *box : {m_overdue, m_supervised, m_dated}) {
        const QSignalBlocker blocker(box);
        box->setChecked(false);
    }
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    applyFilter();
}

QMenu *CasesPage::columnMenu()
{
    m_columns = new QMenu(this);
    const QStringList hidden
        = QSettings().value(QLatin1String(kHiddenColumnsKey), defaultHidden()).toStringList();
    for (CaseField field : casefield::all()) {
        QAction *action = m_columns->addAction(casefield::label(field));
        action->setCheckable(true);
        action->setChecked(!hidden.contains(casefield::key(field)));
        // The number says which case a row is: it always stays.
        action->setEnabled(field != CaseField::Number);
        action->setData(static_cast<int>(field));
        connect(action, &QAction::toggled, this, [this] {
            QStringList now;
            for (QAction *a : m_columns->actions())
                if (!a->isChecked())
                    now.append(casefield::key(static_cast<CaseField>(a->data().toInt())));
            QSettings().setValue(QLatin1String(kHiddenColumnsKey), now);
            applyColumns();
        });
    }
    return m_columns;
}

void CasesPage::applyColumns()
{
    if (!m_table)
        return;
    for (QAction *action : m_columns->actions())
        m_table->setColumnHidden(action->data().toInt(), !action->isChecked());
}

void CasesPage::refresh()
{
    const QString shown = m_number;
    QScrollBar *scroll = m_table->verticalScrollBar();
    const int scrolled = scroll->value();
    {
        // Quiet: the case is shown once below, and the list does not scroll to it.
        const QSignalBlocker quiet(m_table->selectionModel());
        m_model->reload();
        if (const int row = m_model->rowOf(shown); row >= 0)
            m_table->selectRow(row);
    }
    m_table->doItemsLayout(); // the scroll range of the rows read again
    scroll->setValue(scrolled);
    if (!shown.isEmpty())
        showCase(shown); // also when it left the list: the step just taken stays in view
    else
        selectFirst();
    m_shownCount = m_model->totalCount();
    emit countChanged(m_shownCount);
}

void CasesPage::selectFirst()
{
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        showCase({});
        m_detail->showNote(tr("No case matches. Clear the search or the filters to see more."));
    }
}

void CasesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CasesPage::search(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applyFilter();
}

qint64 CasesPage::shownCount() const
{
    return m_shownCount;
}

void CasesPage::setBaseFilter(const CaseFilter &filter)
{
    m_base = filter;
    applyFilter();
}

CaseFilter CasesPage::currentFilter() const
{
    CaseFilter filter = m_base;
    filter.text = m_search->text();
    if (const int state = m_state->currentData().toInt(); state > 0)
        filter.state = static_cast<CaseState>(state);
    filter.order = static_cast<CaseOrder>(m_order->currentData().toInt());
    if (const QVariant h = m_handling->currentData(); h.isValid())
        filter.handling = static_cast<Handling>(h.toInt());
    if (const QVariant c = m_channel->currentData(); c.isValid())
        filter.channel = static_cast<Channel>(c.toInt());
    // A unit narrows the list: inside the base's subtree it takes the base's place; a unit outside
    // it, or a base of one unit alone (exactOrg), leaves the base as it is.
    if (const QString unit = m_unit->currentData().toString(); !unit.isEmpty() && !filter.exactOrg
        && (filter.orgCode.isEmpty() || subtree::contains(filter.orgCode, unit)))
        filter.orgCode = unit;
    if (const QString grid = m_grid->currentData().toString(); !grid.isEmpty())
        filter.gridId = grid;
    if (const QString item = m_catalog->currentData().toString(); !item.isEmpty())
        filter.catalogId = item;
    filter.overdueOnly = filter.overdueOnly || m_overdue->isChecked();
    filter.supervisedOnly = filter.supervisedOnly || m_supervised->isChecked();
    if (m_dated->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    return filter;
}

void CasesPage::applyFilter()
{
    const CaseFilter filter = currentFilter();
    m_model->setFilter(filter);
    for (CaseField field : {CaseField::Number, CaseField::Resident, CaseField::Handling, CaseField::State,
             CaseField::Channel, CaseField::Registered, CaseField::Deadline, CaseField::Supervised})
        m_table->resizeColumnToContents(CaseListModel::column(field));
    m_table->setColumnWidth(CaseListModel::column(CaseField::Unit), 130);
    selectFirst();
    // A narrowed list says so on the toggle, so nobody wonders where the other cases went.
    int narrowed = 0;
    for (QComboBox *combo : {m_handling, m_channel, m_unit, m_grid, m_catalog})
        narrowed += combo->currentIndex() > 0 ? 1 : 0;
    for (QCheckBox *box : {m_overdue, m_supervised, m_dated})
        narrowed += box->isChecked() ? 1 : 0;
    m_filterToggle->setText(narrowed > 0 ? tr("&Filters (%1)").arg(narrowed) : tr("&Filters"));
    m_shownCount = m_model->totalCount();
    emit countChanged(m_shownCount);
    if (m_watch)
        m_watch->markFresh();
}

CasesPage::~CasesPage()
{
    // Closing the window moves the focus: the catalog field losing it says "editing finished"
    // and picks an item while the children are destroyed, after this page's members are gone.
    m_catalog->lineEdit()->disconnect(m_catalog);
    for (QComboBox *combo : {m_handling, m_channel, m_grid, m_unit, m_catalog})
        combo->disconnect(this);
    m_from->disconnect(this);
    m_to->disconnect(this);
}

void CasesPage::showCase(const QString &number)
{
    const std::optional<CaseRecord> record = m_workspace.cases().byNumber(number);
    m_actions->setCase(record);
    m_number = record ? record->number : QString();
    m_detail->showCase(record);
    m_attachments->showCase(record);
}

QString CasesPage::attachFiles(const QStringList &paths)
{
    return m_attachments->attachFiles(paths);
}

} // namespace tz
