// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casefields.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tz {

class Workspace;

// The case list, a page at a time: opening it costs one page whatever the ledger's size.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The columns are the CaseFields, in their order.
    static int column(CaseField field) { return static_cast<int>(field); }

    explicit CaseListModel(Workspace &workspace, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    // Reads the same list again (the ledger changed), as many rows as were fetched so far.
    void reload();
    [[nodiscard]] const CaseFilter &filter() const { return m_filter; }
    [[nodiscard]] QString numberAt(int row) const;
    // The row of a case among those fetched so far, or -1.
    [[nodiscard]] int rowOf(const QString &number) const;
    [[nodiscard]] qint64 totalCount();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // Resets the model to the first `rows` rows (at least a page) of the filter.
    void load(qsizetype rows);
    QString unitName(const QString &code) const;

    Workspace &m_workspace;
    CaseList m_list;
    CaseFilter m_filter;
    QList<CaseRow> m_rows;
    bool m_exhausted = false;
    bool m_busy = false; // a reset or an insert is being signalled
    mutable QHash<QString, QString> m_unitNames;
};

} // namespace tz
