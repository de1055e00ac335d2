// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/reports/dashboard.h"
#include "core/reports/reportexport.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace tz {

class AssessmentView;
class CasesPage;
class Workspace;

// 统计: the published measures of a unit for a period, each beside its rule and version, the
// cases registered and resolved over time, by class, channel and answer, and the units below
// with their rates and overdue cases. Every figure, bar, slice and cell lists its cases below.
// Printable.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { ThisMonth, LastMonth, ThisQuarter, ThisYear, LastYear, Custom };
    enum Column {
        UnitColumn,
        IntakeColumn,
        CompletionColumn,
        OnTimeColumn,
        SatisfactionColumn,
        LocalColumn,
        OpenColumn,
        OverdueColumn,
        ColumnCount
    };

    StatisticsPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    // Reads the unit's and period's figures and lists the period's cases. When the ledger changed,
    // the figures are read again by themselves (the list below keeps what it lists).
    void refresh();
    void setUnit(const QString &code);
    void setPeriod(Period period);
    void setCustomPeriod(const QDate &from, const QDate &to);
    [[nodiscard]] const DashboardData &data() const { return m_data; }
    [[nodiscard]] QStandardItemModel *units() const { return m_units; }
    [[nodiscard]] CasesPage *list() const { return m_list; }
    [[nodiscard]] AssessmentView *assessment() const { return m_assessment; }
    [[nodiscard]] QTabWidget *views() const { return m_views; }
    // What the list below shows ("办结率 · 分子 …").
    [[nodiscard]] QString listTitle() const;
    // The page as a printable document (HTML naming the charts as images "chart:N").
    [[nodiscard]] QString printableHtml() const;
    [[nodiscard]] QList<QPair<QString, QImage>> chartImages() const;
    // What the page shows, as a report (the 考评 sheet as shown on its tab).
    [[nodiscard]] ReportContent reportContent() const;
    // Writes the report as xlsx or, for a name ending in .pdf, PDF; returns what went wrong.
    [[nodiscard]] QString exportTo(const QString &file);
    // Lists a measure's cases: the figure's numerator or denominator.
    void listFigure(int index, bool numerator);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *buildBar();
    // Reads the figures, charts, units and 考评 of the unit and period; false when it could not.
    bool load();
    void fillFigures();
    void fillCharts();
    void fillUnits();
    void listCases(const CaseFilter &filter, const QString &title);
    void listUnitCell(const QModelIndex &index);
    void print();
    void exportReport(bool pdf);
    [[nodiscard]] QDate today() const;

    Workspace &m_workspace;
    Actor m_actor;
    QString m_top;
    DashboardData m_data;
    bool m_loaded = false;
    QComboBox *m_unit = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_tiles = nullptr;
    QWidget *m_tilesBox = nullptr;
    QTabWidget *m_views = nullptr;
    QTabWidget *m_charts = nullptr;
    AssessmentView *m_assessment = nullptr;
    QStandardItemModel *m_units = nullptr;
    QTableView *m_unitView = nullptr;
    QLabel *m_listTitle = nullptr;
    CasesPage *m_list = nullptr;
};

} // namespace tz
