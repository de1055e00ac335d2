// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/cases/caselistmodel.h"

#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace tz {
namespace {

constexpr int kPageSize = 200;

} // namespace

CaseListModel::CaseListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_list(workspace.ledger().db())
{
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    load(kPageSize);
}

void CaseListModel::reload()
{
    load(m_rows.size());
}

void CaseListModel::load(qsizetype rows)
{
    // The rows are read inside the reset, so views never see an insert straight after it.
    // Views (and QAbstractItemModelTester) may ask for more while the reset signal is still
    // being delivered: the model does not change under them until it is over.
    const int limit = static_cast<int>(std::max<qsizetype>(kPageSize, rows));
    m_busy = true;
    beginResetModel();
    m_rows = m_list.page(m_filter, nullptr, limit);
    m_exhausted = m_rows.size() < limit;
    m_unitNames.clear(); // a unit may have been renamed
    endResetModel();
    m_busy = false;
}

int CaseListModel::rowOf(const QString &number) const
{
    if (number.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).number == number)
            return row;
    return -1;
}

QString CaseListModel::numberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).number : QString();
}

qint64 CaseListModel::totalCount()
{
    return m_list.count(m_filter);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(casefield::all().size());
}

QString CaseListModel::unitName(const QString &code) const
{
    auto it = m_unitNames.find(code);
    if (it == m_unitNames.end()) {
        const std::optional<OrgUnit> unit = m_workspace.org().unit(code);
        it = m_unitNames.insert(code, unit ? unit->name : code);
    }
    return it.value();
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseRow &row = m_rows.at(index.row());
    const auto field = static_cast<CaseField>(index.column());
    const QDate today = businesstime::dateOf(m_workspace.ledger().wallMs());
    if (role == Qt::DisplayRole)
        return casefield::text(
            field, row, [this](const QString &code) { return unitName(code); }, today);
    if (role == Qt::ForegroundRole && (field == CaseField::State || field == CaseField::Deadline)
        && casefield::isOverdue(row, today))
        return QBrush(QColor(0xB0, 0x1E, 0x1E));
    if (role == Qt::ToolTipRole && field == CaseField::Title)
        return row.title;
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return casefield::label(static_cast<CaseField>(section));
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_busy;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy)
        return;
    const QList<CaseRow> page
        = m_list.page(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), kPageSize);
    if (page.size() < kPageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    m_busy = true; // no nested fetch while the insert signals are delivered
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_busy = false;
}

} // namespace tz
