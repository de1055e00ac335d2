// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/settings/gridstab.h"

#include "core/auth/userservice.h"
#include "core/grids/gridservice.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"
#include "ui/common/unitpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

GridsTab::GridsTab(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    m_unit = addUnitPickerRow(layout, tr("&Village:"), QStringLiteral("gridVillage"), m_workspace.org(),
        m_actor.orgCode, OrgLevel::Village);
    auto *row = new QHBoxLayout;
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("gridTree"));
    m_tree->setHeaderLabels({tr("Grid"), tr("Captain"), tr("Workers")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    row->addWidget(m_tree, 3);

    auto *side = new QVBoxLayout;
    auto *create = new QGroupBox(tr("New grid"), this);
    auto *createForm = new QFormLayout(create);
    m_name = new QLineEdit(create);
    m_name->setObjectName(QStringLiteral("gridName"));
    m_name->setPlaceholderText(tr("e.g. 第一村民小组"));
    m_nested = new QCheckBox(tr("Inside the selected grid"), create);
    m_nested->setObjectName(QStringLiteral("gridNested"));
    auto *add = new QPushButton(tr("Create grid"), create);
    add->setObjectName(QStringLiteral("createGrid"));
    createForm->addRow(tr("&Name:"), m_name);
    createForm->addRow(QString(), m_nested);
    createForm->addRow(QString(), add);
    side->addWidget(create);
    auto *people = new QGroupBox(tr("People of the selected grid"), this);
    auto *peopleForm = new QFormLayout(people);
    m_worker = new QComboBox(people);
    m_worker->setObjectName(QStringLiteral("gridWorker"));
    auto *captain = new QPushButton(tr("Appoint as captain"), people);
    captain->setObjectName(QStringLiteral("appointCaptain"));
    auto *addWorker = new QPushButton(tr("Add as worker"), people);
    auto *removeWorker = new QPushButton(tr("Remove as worker"), people);
    peopleForm->addRow(tr("Grid &worker:"), m_worker);
    peopleForm->addRow(QString(), captain);
    peopleForm->addRow(QString(), addWorker);
    peopleForm->addRow(QString(), removeWorker);
    side->addWidget(people);
    m_message = messages::errorLabel(this, QStringLiteral("gridMessage"));
    side->addWidget(m_message);
    side->addStretch(1);
    row->addLayout(side, 2);
    layout->addLayout(row, 1);

    connect(m_unit, &QComboBox::currentIndexChanged, this,
        [this] { showVillage(m_unit->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, [this] { createGrid(m_name->text(), m_nested->isChecked()); });
    const auto act
        = [this](const std::function<Status(const QString &, const QString &)> &step, const QString &done) {
              const QString grid = selectedGrid();
              const QString user = m_worker->currentData().toString();
              if (grid.isEmpty() || user.isEmpty()) {
                  messages::show(m_message, tr("Pick a grid in the tree and a grid worker first."), false);
                  return;
              }
              const Status result = step(grid, user);
              messages::show(m_message, result ? done : result.error().message, result.ok());
              reload();
          };
    connect(captain, &QPushButton::clicked, this, [this, act] {
        act([this](const QString &g,
                const QString &u) { return m_workspace.grids().assignCaptain(m_actor, g, u); },
            tr("Captain appointed."));
    });
    connect(addWorker, &QPushButton::clicked, this, [this, act] {
        act([this](
                const QString &g, const QString &u) { return m_workspace.grids().addWorker(m_actor, g, u); },
            tr("Worker added."));
    });
    connect(removeWorker, &QPushButton::clicked, this, [this, act] {
        act([this](const QString &g,
                const QString &u) { return m_workspace.grids().removeWorker(m_actor, g, u); },
            tr("Worker removed."));
    });
    showVillage(m_unit->currentData().toString());
}

void GridsTab::showVillage(const QString &code)
{
    m_village = code;
    m_message->hide();
    m_worker->clear();
    for (const User &user : m_workspace.grids().eligiblePeople(code))
        m_worker->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.login), user.id);
    if (m_worker->count() == 0)
        m_worker->addItem(tr("No grid worker at this village: add one under Users and roles."), QString());
    reload();
}

void GridsTab::reload()
{
    const QString selected = selectedGrid();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    QList<Grid> pending = m_workspace.grids().grids(m_village);
    const auto nameOf = [this](const QString &userId) {
        const std::optional<User> user = m_workspace.users().byId(userId);
        return user ? user->displayName : QString();
    };
    // Parents before children, whatever order the grids come in.
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            QTreeWidgetItem *parent = it->parentGridId.isEmpty() ? nullptr : items.value(it->parentGridId);
            if (!it->parentGridId.isEmpty() && !parent) {
                ++it;
                continue;
            }
            QStringList workers;
            for (const QString &id : it->workerIds)
                workers.append(nameOf(id));
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            item->setText(0, it->name);
            item->setText(1, nameOf(it->captainId));
            item->setText(2, workers.join(QStringLiteral("、")));
            item->setData(0, kIdRole, it->id);
            items.insert(it->id, item);
            it = pending.erase(it);
        }
        if (pending.size() == before)
            break; // a parent outside the village: not shown
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *again = items.value(selected))
        m_tree->setCurrentItem(again);
}

QString GridsTab::selectedGrid() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

QString GridsTab::createGrid(const QString &name, bool underSelected)
{
    const QString parent = underSelected ? selectedGrid() : QString();
    if (underSelected && parent.isEmpty()) {
        const QString message = tr("Pick the grid to create it in, or untick the box.");
        messages::show(m_message, message, false);
        return message;
    }
    const Result<Grid> created = m_workspace.grids().createGrid(m_actor, m_village, parent, name.trimmed());
    const QString message = created ? tr("%1 created.").arg(created->name) : created.error().message;
    messages::show(m_message, message, created.ok());
    if (created) {
        m_name->clear();
        reload();
    }
    return message;
}

} // namespace tz
