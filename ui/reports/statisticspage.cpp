// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/reports/statisticspage.h"

#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/reports/reportexport.h"
#include "core/workspace/workspace.h"
#include "ui/cases/casespage.h"
#include "ui/common/filedialogs.h"
#include "ui/common/ledgerwatch.h"
#include "ui/common/longtask.h"
#include "ui/common/messages.h"
#include "ui/common/unitpicker.h"
#include "ui/print/reportpdf.h"
#include "ui/reports/assessmentview.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString nameOf(const MeasureDefinition &d)
{
    return chinese() || d.nameEn.isEmpty() ? d.name : d.nameEn;
}

int indexOfMeasure(const DashboardData &data, const QString &code)
{
    for (int i = 0; i < data.figures.size(); ++i) {
        if (data.figures.at(i).definition.code == code)
            return i;
    }
    return -1;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QStandardItem *cell(const QString &text, bool bold = false)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

StatisticsPage::StatisticsPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    m_top = topUnitFor(m_workspace.org(), actor.orgCode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildBar());

    m_tilesBox = new QWidget(this);
    m_tiles = new QGridLayout(m_tilesBox);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    m_tiles->setHorizontalSpacing(6);
    layout->addWidget(m_tilesBox);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    m_views = new QTabWidget(vertical);
    m_views->setObjectName(QStringLiteral("statisticsViews"));
    auto *middle = new QSplitter(Qt::Horizontal, m_views);
    m_charts = new QTabWidget(middle);
    m_charts->setObjectName(QStringLiteral("statisticsCharts"));
    m_units = new QStandardItemModel(0, ColumnCount, this);
    m_units->setHorizontalHeaderLabels({tr("Unit"), tr("Registered"), tr("Completion"), tr("On time"),
        tr("Satisfied"), tr("Local"), tr("Open now"), tr("Overdue now")});
    m_unitView = new QTableView(middle);
    m_unitView->setObjectName(QStringLiteral("statisticsUnits"));
    m_unitView->setModel(m_units);
    m_unitView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unitView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_unitView->verticalHeader()->hide();
    m_unitView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unitView->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_unitView->horizontalHeader()->setMinimumSectionSize(48);
    m_unitView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_unitView->setToolTip(tr("Click a number to list its cases (a rate: the cases it is taken over; "
                              "right-click for the others). Double-click a unit to see the units under it."));
    middle->addWidget(m_charts);
    middle->addWidget(m_unitView);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    middle->setSizes({540, 560}); // the charts readable beside the rates of a dozen units

    auto *lower = new QWidget(vertical);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new QLabel(tr("Click a figure, a bar, a slice or a number to list its cases here."), lower);
    m_listTitle->setObjectName(QStringLiteral("statisticsListTitle"));
    m_listTitle->setWordWrap(true);
    m_listTitle->setTextFormat(Qt::PlainText); // unit names and rules come from data
    m_list = new CasesPage(m_workspace, m_actor, lower);
    lowerLayout->addWidget(m_listTitle);
    lowerLayout->addWidget(m_list, 1);
    m_assessment = new AssessmentView(m_workspace, m_actor, m_views);
    //: 统计's first view: the measures, charts and units
    m_views->addTab(middle, tr("Measures"));
    //: 统计's second view: the units' scores and ratings (考评)
    m_views->addTab(m_assessment, tr("Assessment"));
    vertical->addWidget(m_views);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    connect(m_unitView, &QTableView::clicked, this, &StatisticsPage::listUnitCell);
    connect(m_assessment, &AssessmentView::listRequested, this, &StatisticsPage::listCases);
    // Read when first shown, then again whenever the ledger changed.
    new LedgerWatch(m_workspace, this, [this] {
        if (m_loaded)
            load();
    });
    connect(m_unitView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString code = m_units->item(index.row(), UnitColumn)->data(kCodeRole).toString();
        if (index.column() == UnitColumn && code != m_data.query.orgCode)
            setUnit(code);
    });
    connect(m_unitView, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_unitView->indexAt(at);
        const int measure = index.column() == CompletionColumn ? 0
            : index.column() == OnTimeColumn                   ? 1
            : index.column() == SatisfactionColumn             ? 2
            : index.column() == LocalColumn                    ? 3
                                                               : -1;
        if (!index.isValid() || measure < 0)
            return;
        const QStringList codes {QStringLiteral("completion_rate"), QStringLiteral("on_time_rate"),
            QStringLiteral("satisfaction_rate"), QStringLiteral("local_resolution_rate")};
        const int figure = indexOfMeasure(m_data, codes.at(measure));
        if (figure < 0)
            return;
        MeasureQuery query = m_data.query;
        query.orgCode = m_units->item(index.row(), UnitColumn)->data(kCodeRole).toString();
        const QString unit = m_units->item(index.row(), UnitColumn)->text();
        QMenu menu(this);
        for (const bool numerator : {true, false}) {
            menu.addAction(numerator ? tr("List the cases counted in (numerator)")
                                     : tr("List the cases it is taken over (denominator)"),
                this, [this, figure, query, unit, numerator] {
                    const MeasureDefinition &d = m_data.figures.at(figure).definition;
                    Result<CaseFilter> filter = MeasureService::drillDown(d,
                        numerator ? MeasureService::Part::Numerator : MeasureService::Part::Denominator,
                        query);
                    if (filter)
                        listCases(*filter,
                            tr("%1 · %2 · %3")
                                .arg(unit, nameOf(d), numerator ? tr("numerator") : tr("denominator")));
                });
        }
        menu.exec(m_unitView->viewport()->mapToGlobal(at));
    });
}

StatisticsPage::~StatisticsPage()
{
    // Closing the window moves the focus: a date field losing it says "editing finished" while
    // the children are destroyed, after this page's own members are gone. Stop listening first.
    m_from->disconnect(this);
    m_to->disconnect(this);
    m_unit->disconnect(this);
    m_period->disconnect(this);
}

QHBoxLayout *StatisticsPage::buildBar()
{
    auto *bar = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("statisticsUnit"));
    m_unit->setMinimumContentsLength(18);
    fillUnitPicker(m_unit, m_workspace.org(), m_top);
    unitLabel->setBuddy(m_unit);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("statisticsPeriod"));
    m_period->addItem(tr("This month"), static_cast<int>(Period::ThisMonth));
    m_period->addItem(tr("Last month"), static_cast<int>(Period::LastMonth));
    m_period->addItem(tr("This quarter"), static_cast<int>(Period::ThisQuarter));
    m_period->addItem(tr("This year"), static_cast<int>(Period::ThisYear));
    m_period->addItem(tr("Last year"), static_cast<int>(Period::LastYear));
    m_period->addItem(tr("Other dates"), static_cast<int>(Period::Custom));
    periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("statisticsFrom"));
    m_to->setObjectName(QStringLiteral("statisticsTo"));
    auto *print = new QPushButton(tr("P&rint…"), this);
    print->setObjectName(QStringLiteral("statisticsPrint"));
    //: Saves the report (measures, units, 考评 and the cases) as an xlsx workbook
    auto *excel = new QPushButton(tr("E&xcel…"), this);
    excel->setObjectName(QStringLiteral("statisticsExcel"));
    excel->setToolTip(
        tr("The measures with their rules, the units, 考评 and the cases registered in the period, "
           "as an Excel workbook"));
    auto *pdf = new QPushButton(tr("P&DF…"), this);
    pdf->setObjectName(QStringLiteral("statisticsPdf"));
    m_status = messages::errorLabel(this, QStringLiteral("statisticsError"));
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit, 2);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_status, 1);
    bar->addStretch();
    bar->addWidget(excel);
    bar->addWidget(pdf);
    bar->addWidget(print);

    m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::ThisYear)));
    setPeriod(Period::ThisYear);
    connect(m_period, &QComboBox::activated, this,
        [this] { setPeriod(static_cast<Period>(m_period->currentData().toInt())); });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (static_cast<Period>(m_period->currentData().toInt()) == Period::Custom)
                refresh();
        });
    connect(m_unit, &QComboBox::activated, this, [this] { refresh(); });
    connect(print, &QPushButton::clicked, this, &StatisticsPage::print);
    connect(excel, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportReport(true); });
    return bar;
}

QDate StatisticsPage::today() const
{
    return businesstime::dateOf(m_workspace.ledger().wallMs());
}

void StatisticsPage::setPeriod(Period period)
{
    const QDate day = today();
    const QDate month(day.year(), day.month(), 1);
    QDate from = month;
    QDate to = month.addMonths(1).addDays(-1);
    switch (period) {
    case Period::ThisMonth:
        break;
    case Period::LastMonth:
        from = month.addMonths(-1);
        to = month.addDays(-1);
        break;
    case Period::ThisQuarter:
        from = QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        break;
    case Period::ThisYear:
        from = QDate(day.year(), 1, 1);
        to = QDate(day.year(), 12, 31);
        break;
    case Period::LastYear:
        from = QDate(day.year() - 1, 1, 1);
        to = QDate(day.year() - 1, 12, 31);
        break;
    case Period::Custom:
        from = m_from->date();
        to = m_to->date();
        break;
    }
    const int index = m_period->findData(static_cast<int>(period));
    if (index >= 0)
        m_period->setCurrentIndex(index);
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    if (m_loaded)
        refresh();
}

void StatisticsPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    setPeriod(Period::Custom);
}

void StatisticsPage::setUnit(const QString &code)
{
    const int index = m_unit->findData(code);
    if (index >= 0)
        m_unit->setCurrentIndex(index);
    refresh();
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void StatisticsPage::refresh()
{
    // The list starts with the period's cases; a click on anything lists its own.
    if (load())
        listFigure(indexOfMeasure(m_data, QStringLiteral("intake_count")), false);
}

bool StatisticsPage::load()
{
    m_loaded = true;
    MeasureQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.orgCode = m_unit->currentData().toString();
    if (query.to < query.from) {
        messages::show(m_status, tr("The last day comes before the first."), false);
        m_to->setFocus();
        return false;
    }
    Dashboard dashboard(m_workspace.ledger().db(), m_workspace.org());
    Result<DashboardData> data = dashboard.load(query, today());
    if (!data) {
        messages::show(m_status, data.error().message, false);
        return false;
    }
    m_status->hide();
    m_data = *data;
    fillFigures();
    fillCharts();
    fillUnits();
    m_assessment->setQuery(m_data.query);
    return true;
}

void StatisticsPage::fillFigures()
{
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_data.figures.size(); ++i) {
        const MeasureFigure &figure = m_data.figures.at(i);
        auto *tile = new QFrame(m_tilesBox);
        tile->setObjectName(QStringLiteral("figure_%1").arg(figure.definition.code));
        tile->setFrameShape(QFrame::StyledPanel);
        //: A measure's definition and its version, in the tooltip of its figure in 统计
        tile->setToolTip(
            tr("%1\nDefinition version %2").arg(figure.definition.rule).arg(figure.definition.version));
        auto *box = new QVBoxLayout(tile);
        box->setContentsMargins(6, 4, 6, 4);
        box->setSpacing(0);
        //: A measure's name and the version of its definition, e.g. "办结率 · 口径1"
        auto *name
            = new QLabel(tr("%1 · v%2").arg(nameOf(figure.definition)).arg(figure.definition.version), tile);
        auto *value = new QLabel(MeasureService::display(figure), tile);
        value->setObjectName(QStringLiteral("value"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        auto *parts = new QHBoxLayout;
        parts->setSpacing(2);
        const auto link = [this, tile, i, parts](const QString &text, bool numerator, const QString &tip) {
            auto *button = new QToolButton(tile);
            button->setObjectName(numerator ? QStringLiteral("numerator") : QStringLiteral("denominator"));
            button->setText(text);
            button->setToolTip(tip);
            button->setAutoRaise(true);
            connect(button, &QToolButton::clicked, this, [this, i, numerator] { listFigure(i, numerator); });
            parts->addWidget(button);
        };
        if (figure.definition.kind == MeasureDefinition::Kind::Rate) {
            link(number(figure.numerator), true, tr("List the cases counted in"));
            parts->addWidget(new QLabel(QStringLiteral("/"), tile));
        }
        link(number(figure.denominator), false, tr("List the cases it is taken over"));
        parts->addStretch();
        box->addWidget(name);
        box->addWidget(value);
        box->addLayout(parts);
        m_tiles->addWidget(tile, 0, i);
    }
}

void StatisticsPage::listFigure(int index, bool numerator)
{
    if (index < 0 || index >= m_data.figures.size())
        return;
    const MeasureFigure &figure = m_data.figures.at(index);
    Result<CaseFilter> filter = MeasureService::drillDown(figure.definition,
        numerator ? MeasureService::Part::Numerator : MeasureService::Part::Denominator, m_data.query);
    if (!filter)
        return;
    const QString side = figure.definition.kind == MeasureDefinition::Kind::Count ? QString()
        : numerator                                                               ? tr(" · numerator")
                                                                                  : tr(" · denominator");
    //: The list under 统计: a measure, which side of it, and its rule ("办结率 · 分子：…")
    listCases(*filter, tr("%1%2: %3").arg(nameOf(figure.definition), side, figure.definition.rule));
}

void StatisticsPage::listCases(const CaseFilter &filter, const QString &title)
{
    m_listTitle->setText(title);
    m_list->setBaseFilter(filter);
}

QString StatisticsPage::listTitle() const
{
    return m_listTitle->text();
}

void StatisticsPage::listUnitCell(const QModelIndex &index)
{
    if (!index.isValid() || index.column() == UnitColumn)
        return;
    const QString code = m_units->item(index.row(), UnitColumn)->data(kCodeRole).toString();
    const QString unit = m_units->item(index.row(), UnitColumn)->text();
    MeasureQuery query = m_data.query;
    query.orgCode = code;
    if (index.column() == OpenColumn || index.column() == OverdueColumn) {
        CaseFilter filter;
        filter.orgCode = code;
        filter.today = m_data.today;
        if (index.column() == OpenColumn)
            filter.states = casestate::openStates();
        else
            filter.overdueOnly = true;
        listCases(filter, tr("%1 · %2").arg(unit, m_units->horizontalHeaderItem(index.column())->text()));
        return;
    }
    const QString measure = index.column() == IntakeColumn ? QStringLiteral("intake_count")
        : index.column() == CompletionColumn               ? QStringLiteral("completion_rate")
        : index.column() == OnTimeColumn                   ? QStringLiteral("on_time_rate")
        : index.column() == SatisfactionColumn             ? QStringLiteral("satisfaction_rate")
                                                           : QStringLiteral("local_resolution_rate");
    const int figure = indexOfMeasure(m_data, measure);
    if (figure < 0)
        return;
    const MeasureDefinition &d = m_data.figures.at(figure).definition;
    Result<CaseFilter> filter = MeasureService::drillDown(d, MeasureService::Part::Denominator, query);
    if (filter)
        listCases(*filter,
            tr("%1 · %2").arg(unit, nameOf(d))
                + (d.kind == MeasureDefinition::Kind::Rate ? tr(" · denominator") : QString()));
}

void StatisticsPage::fillUnits()
{
    m_units->removeRows(0, m_units->rowCount());
    const int intake = indexOfMeasure(m_data, QStringLiteral("intake_count"));
    const int columns[] {indexOfMeasure(m_data, QStringLiteral("completion_rate")),
        indexOfMeasure(m_data, QStringLiteral("on_time_rate")),
        indexOfMeasure(m_data, QStringLiteral("satisfaction_rate")),
        indexOfMeasure(m_data, QStringLiteral("local_resolution_rate"))};
    const auto addRow = [&](const QString &code, const QString &name, const QList<MeasureFigure> &figures,
                            qint64 open, qint64 overdue, bool total) {
        QList<QStandardItem *> row;
        auto *unit = new QStandardItem(name);
        unit->setData(code, kCodeRole);
        row.append(unit);
        row.append(cell(intake >= 0 ? number(figures.at(intake).denominator) : QString(), total));
        for (int c : columns)
            row.append(cell(c >= 0 ? MeasureService::display(figures.at(c)) : QString(), total));
        row.append(cell(number(open), total));
        row.append(cell(number(overdue), total));
        if (overdue > 0)
            row.last()->setForeground(QColor(0xB0, 0x1E, 0x1E));
        if (total) {
            QFont font = unit->font();
            font.setBold(true);
            unit->setFont(font);
        }
        m_units->appendRow(row);
    };
    const std::optional<OrgUnit> own = m_workspace.org().unit(m_data.query.orgCode);
    addRow(m_data.query.orgCode, tr("%1 (all)").arg(own ? own->name : tr("whole ledger")), m_data.figures,
        m_data.openNow, m_data.overdueNow, true);
    for (const DashboardUnit &unit : std::as_const(m_data.units))
        addRow(unit.code, unit.name, unit.figures, unit.openNow, unit.overdueNow, false);
}

void StatisticsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        QTextDocument document;
        for (const auto &[name, image] : chartImages())
            document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        document.setHtml(printableHtml());
        document.print(target);
    });
    preview.exec();
}

QString StatisticsPage::exportTo(const QString &file)
{
    const ReportContent report = reportContent();
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        Status written = writeReportPdf(printableHtml(), file, chartImages());
        return written ? QString() : written.error().message;
    }
    const QString ledgerPath = m_workspace.ledger().path();
    std::optional<Result<qint64>> result;
    // The case list behind the report may be long: off the window's thread.
    runLongTask(
        this, tr("Writing the report…"),
        [&](const LongTaskProgress &) { result = ReportExport::toXlsx(ledgerPath, report, file); }, false,
        300);
    if (!result || !*result)
        return result ? result->error().message : tr("The export did not finish.");
    return {};
}

void StatisticsPage::exportReport(bool pdf)
{
    const QString suggested = ReportExport::suggestedName(reportContent())
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"));
    const QString file = filedialogs::saveFile(this, filedialogs::Kind::Exports,
        pdf ? tr("Save the report as PDF") : tr("Save the report for Excel"), suggested,
        pdf ? tr("PDF files (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (file.isEmpty())
        return;
    const QString message = exportTo(file);
    if (!message.isEmpty())
        QMessageBox::warning(this, tr("Export"), message);
}

} // namespace tz
