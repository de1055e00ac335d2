// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/settings/catalogtab.h"

#include "core/catalog/catalogservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/unsaved.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

CatalogTab::CatalogTab(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QHBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setTabKeyNavigation(false); // rows by the arrows; Tab leaves the table
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Service"), tr("List"), tr("Class"), tr("Department"), tr("Days")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 3);

    auto *side = new QVBoxLayout;
    auto *box = new QGroupBox(tr("Item"), this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("catalogName"));
    m_list = new QComboBox(box);
    for (CatalogList list : {CatalogList::Immediate, CatalogList::OnBehalf, CatalogList::Advice})
        m_list->addItem(cataloglist::label(list), static_cast<int>(list));
    m_handling = new QComboBox(box);
    m_handling->setObjectName(QStringLiteral("catalogClass"));
    for (Handling h : {Handling::Immediate, Handling::Fast, Handling::Routed, Handling::Joint})
        m_handling->addItem(handling::label(h), static_cast<int>(h));
    m_department = new QLineEdit(box);
    m_department->setObjectName(QStringLiteral("catalogDepartment"));
    m_department->setPlaceholderText(tr("e.g. 民政"));
    m_days = new QSpinBox(box);
    m_days->setObjectName(QStringLiteral("catalogDays"));
    m_days->setRange(0, 60);
    m_days->setSuffix(tr(" working days"));
    form->addRow(tr("&Service:"), m_name);
    form->addRow(tr("&List:"), m_list);
    form->addRow(tr("&Class:"), m_handling);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Deadline:"), m_days);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save"), box);
    save->setObjectName(QStringLiteral("saveCatalogItem"));
    auto *fresh = new QPushButton(tr("New item"), box);
    auto *retire = new QPushButton(tr("Retire"), box);
    buttons->addWidget(save);
    buttons->addWidget(fresh);
    buttons->addWidget(retire);
    form->addRow(QString(), buttons);
    m_message = messages::errorLabel(box, QStringLiteral("catalogMessage"));
    form->addRow(QString(), m_message);
    side->addWidget(box);
    auto *exportButton = new QPushButton(tr("Export the catalog as CSV…"), this);
    side->addWidget(exportButton);
    side->addStretch(1);
    layout->addLayout(side, 2);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { pickRow(row); });
    connect(save, &QPushButton::clicked, this, &CatalogTab::save);
    connect(fresh, &QPushButton::clicked, this, [this] {
        if (unsaved::mayLeave(this, isDirty(), tr("this catalog item"), [this] {
                this->save();
                return !isDirty();
            }))
            clearForm();
    });
    connect(retire, &QPushButton::clicked, this, [this] {
        if (m_editing.isEmpty())
            return;
        const Status done = m_workspace.catalog().retire(m_actor, m_editing);
        messages::show(
            m_message, done ? tr("Retired: intake no longer offers it.") : done.error().message, done.ok());
        reload();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = filedialogs::saveFile(this, filedialogs::Kind::Exports, tr("Export the catalog"),
            tr("service-catalog.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportTo(file);
    });
    reload();
    m_shown = formState();
}

void CatalogTab::reload()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const CatalogItem &item : m_workspace.catalog().all()) {
        if (!item.active)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(item.name);
        name->setData(kIdRole, item.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(cataloglist::label(item.list)));
        m_table->setItem(row, 2, new QTableWidgetItem(handling::label(item.handling)));
        m_table->setItem(row, 3, new QTableWidgetItem(item.department));
        m_table->setItem(row, 4, new QTableWidgetItem(QString::number(item.deadlineDays)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QStringList CatalogTab::formState() const
{
    return {m_name->text(), m_list->currentText(), m_handling->currentText(), m_department->text(),
        QString::number(m_days->value())};
}

bool CatalogTab::isDirty() const
{
    return formState() != m_shown;
}

void CatalogTab::pickRow(int row)
{
    const QTableWidgetItem *cell = m_table->item(row, 0);
    if (!cell)
        return;
    const QString id = cell->data(kIdRole).toString();
    if (id == m_editing)
        return;
    const bool leave = unsaved::mayLeave(this, isDirty(), tr("this catalog item"), [this] {
        save();
        return !isDirty();
    });
    // A save reloads the table, so the rows are found again by id.
    const auto selectId = [this](const QString &wanted) {
        const QSignalBlocker blocker(m_table);
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->data(kIdRole).toString() == wanted) {
                m_table->setCurrentCell(r, 0);
                return;
            }
        }
        m_table->setCurrentCell(-1, -1);
    };
    if (!leave) {
        selectId(m_editing);
        return;
    }
    selectId(id);
    edit(id);
}

void CatalogTab::edit(const QString &id)
{
    const std::optional<CatalogItem> item = m_workspace.catalog().byId(id);
    if (!item)
        return;
    m_editing = item->id;
    m_name->setText(item->name);
    m_list->setCurrentIndex(m_list->findData(static_cast<int>(item->list)));
    m_handling->setCurrentIndex(m_handling->findData(static_cast<int>(item->handling)));
    m_department->setText(item->department);
    m_days->setValue(item->deadlineDays);
    m_message->hide();
    m_shown = formState();
}

void CatalogTab::clearForm()
{
    m_editing.clear();
    m_table->clearSelection();
    m_name->clear();
    m_department->clear();
    m_days->setValue(5);
    m_message->hide();
    m_shown = formState();
    m_name->setFocus();
}

QString CatalogTab::save()
{
    CatalogItem item;
    if (!m_editing.isEmpty())
        if (const std::optional<CatalogItem> old = m_workspace.catalog().byId(m_editing))
            item = *old;
    item.name = m_name->text();
    item.list = static_cast<CatalogList>(m_list->currentData().toInt());
    item.handling = static_cast<Handling>(m_handling->currentData().toInt());
    item.department = m_department->text();
    item.deadlineDays = m_days->value();
    const Result<CatalogItem> saved = m_workspace.catalog().define(m_actor, item);
    const QString message = saved ? tr("%1 saved.").arg(saved->name) : saved.error().message;
    messages::show(m_message, message, saved.ok());
    if (saved) {
        m_editing = saved->id;
        m_shown = formState();
        reload();
    }
    return message;
}

QString CatalogTab::exportTo(const QString &file)
{
    const Status written = m_workspace.catalog().exportCsv(file);
    const QString message
        = written ? tr("Written to %1.").arg(QDir::toNativeSeparators(file)) : written.error().message;
    messages::show(m_message, message, written.ok());
    return message;
}

} // namespace tz
