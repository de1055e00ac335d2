// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// StatisticsPage's charts and its printable form; kept apart from the page's layout and lists.
#include "ui/reports/statisticspage.h"

#include "core/org/orgservice.h"
#include "core/reports/reportexport.h"
#include "core/workspace/workspace.h"
#include "ui/reports/assessmentview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QValueAxis>

#include <algorithm>

namespace tz {
namespace {

QChartView *viewOf(QChart *chart, const QString &objectName, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

// Bars over named categories, the value axis in whole numbers.
QChart *barChart(const QList<QBarSet *> &sets, const QStringList &categories, bool steep)
{
    auto *series = new QBarSeries;
    qint64 top = 0;
    for (QBarSet *set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            top = std::max<qint64>(top, static_cast<qint64>(set->at(i)));
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (steep)
        x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max<qint64>(4, top));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

} // namespace

void StatisticsPage::fillCharts()
{
    const int shown = std::max(0, m_charts->currentIndex());
    while (m_charts->count() > 0) {
        QWidget *page = m_charts->widget(0);
        m_charts->removeTab(0);
        delete page;
    }
    const MeasureQuery query = m_data.query;
    const QLocale locale;

    // Registered and resolved over time.
    {
        auto *registered = new QBarSet(tr("Registered"));
        auto *resolved = new QBarSet(tr("Resolved"));
        QStringList categories;
        qint64 in = 0;
        qint64 out = 0;
        for (const DashboardPoint &point : std::as_const(m_data.series)) {
            *registered << static_cast<qreal>(point.registered);
            *resolved << static_cast<qreal>(point.resolved);
            in += point.registered;
            out += point.resolved;
            if (m_data.daily)
                categories << point.first.toString(QStringLiteral("MM-dd"));
            else if (query.from.year() == query.to.year())
                categories << locale.monthName(point.first.month(), QLocale::ShortFormat);
            else
                categories << point.first.toString(QStringLiteral("yyyy-MM"));
        }
        QChart *chart = barChart({registered, resolved}, categories, m_data.daily || categories.size() > 12);
        chart->setTitle(tr("%1 registered, %2 resolved").arg(locale.toString(in), locale.toString(out)));
        for (const auto &[set, cohort] :
            {std::pair {registered, Cohort::Registered}, std::pair {resolved, Cohort::Resolved}}) {
            connect(set, &QBarSet::clicked, this, [this, cohort, query, set](int i) {
                const DashboardPoint point = m_data.series.value(i);
                MeasureQuery part = query;
                part.from = point.first;
                part.to = point.last;
                listCases(MeasureService::cohortCases(cohort, part),
                    tr("%1 · %2 – %3")
                        .arg(set->label(), point.first.toString(Qt::ISODate),
                            point.last.toString(Qt::ISODate)));
            });
        }
        m_charts->addTab(viewOf(chart, QStringLiteral("trendChart"), m_charts), tr("Over time"));
    }

    // A pie of the period's cases by class, and of the follow-ups by answer.
    const auto pie = [this, &locale, query](const QList<qint64> &values, const QStringList &labels,
                         Cohort cohort, const QString &prefix, const QString &objectName) {
        auto *series = new QPieSeries;
        qint64 total = 0;
        for (qint64 value : values)
            total += value;
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i) == 0)
                continue;
            QPieSlice *slice = series->append(
                tr("%1 %2 (%3%)")
                    .arg(labels.at(i), locale.toString(values.at(i)),
                        locale.toString(100.0 * double(values.at(i)) / double(total), 'f', 1)),
                static_cast<qreal>(values.at(i)));
            slice->setLabelVisible(true);
            const QString condition = prefix + QString::number(i + 1);
            const QString label = labels.at(i);
            connect(slice, &QPieSlice::clicked, this, [this, cohort, query, condition, label] {
                listCases(MeasureService::cohortCases(cohort, query, {condition}), label);
            });
        }
        auto *chart = new QChart;
        chart->addSeries(series);
        chart->legend()->hide();
        if (total == 0)
            chart->setTitle(tr("No cases in the period"));
        return viewOf(chart, objectName, m_charts);
    };
    QStringList classes;
    for (Handling h : {Handling::Immediate, Handling::Fast, Handling::Routed, Handling::Joint})
        classes << handling::label(h);
    m_charts->addTab(pie(m_data.byHandling, classes, Cohort::Registered, QStringLiteral("handling"),
                         QStringLiteral("classChart")),
        tr("By class"));

    // Channels.
    {
        auto *set = new QBarSet(tr("Registered"));
        QStringList channels;
        for (int i = 0; i < m_data.byChannel.size(); ++i) {
            *set << static_cast<qreal>(m_data.byChannel.at(i));
            channels << channel::label(static_cast<Channel>(i + 1));
        }
        QChart *chart = barChart({set}, channels, false);
        chart->legend()->hide();
        connect(set, &QBarSet::clicked, this, [this, query, channels](int i) {
            listCases(MeasureService::cohortCases(
                          Cohort::Registered, query, {QStringLiteral("channel%1").arg(i + 1)}),
                channels.value(i));
        });
        m_charts->addTab(viewOf(chart, QStringLiteral("channelChart"), m_charts), tr("By channel"));
    }

    QStringList answers;
    for (Satisfaction s : {Satisfaction::Satisfied, Satisfaction::MostlySatisfied, Satisfaction::Unsatisfied})
        answers << satisfaction::label(s);
    m_charts->addTab(pie(m_data.bySatisfaction, answers, Cohort::FollowedUp, QStringLiteral("satisfaction"),
                         QStringLiteral("satisfactionChart")),
        tr("Satisfaction"));

    // The units below: registered in the period, overdue now.
    if (!m_data.units.isEmpty()) {
        auto *registered = new QBarSet(tr("Registered"));
        auto *overdue = new QBarSet(tr("Overdue now"));
        QStringList names;
        for (const DashboardUnit &unit : std::as_const(m_data.units)) {
            const int intake = 0; // intake_count leads the current measures
            *registered << static_cast<qreal>(unit.figures.value(intake).denominator);
            *overdue << static_cast<qreal>(unit.overdueNow);
            names << unit.name;
        }
        QChart *chart = barChart({registered, overdue}, names, names.size() > 8);
        connect(registered, &QBarSet::clicked, this, [this, query](int i) {
            const DashboardUnit unit = m_data.units.value(i);
            MeasureQuery part = query;
            part.orgCode = unit.code;
            listCases(
                MeasureService::cohortCases(Cohort::Registered, part), tr("%1 · registered").arg(unit.name));
        });
        connect(overdue, &QBarSet::clicked, this, [this](int i) {
            const DashboardUnit unit = m_data.units.value(i);
            CaseFilter filter;
            filter.orgCode = unit.code;
            filter.overdueOnly = true;
            filter.today = m_data.today;
            listCases(filter, tr("%1 · overdue now").arg(unit.name));
        });
        m_charts->addTab(viewOf(chart, QStringLiteral("unitChart"), m_charts), tr("By unit"));
    }
    m_charts->setCurrentIndex(std::min(shown, m_charts->count() - 1));
}

ReportContent StatisticsPage::reportContent() const
{
    ReportContent report;
    report.data = m_data;
    report.unitPath = m_data.query.orgCode.isEmpty() ? tr("whole ledger")
                                                     : m_workspace.org().pathName(m_data.query.orgCode);
    if (!m_assessment->sheet().isEmpty()) {
        report.rules = m_assessment->currentRules();
        report.assessment = m_assessment->sheet();
        report.rulesTitle = m_assessment->ruleSetTitle();
    }
    return report;
}

QList<QPair<QString, QImage>> StatisticsPage::chartImages() const
{
    QList<QPair<QString, QImage>> images;
    for (int i = 0; i < m_charts->count(); ++i) {
        if (auto *view = qobject_cast<QChartView *>(m_charts->widget(i))) {
            // Drawn at a size that reads on A4, whatever the window's size.
            const QSize old = view->size();
            view->resize(900, 420);
            images.append({QStringLiteral("chart:%1").arg(i), view->grab().toImage()});
            view->resize(old);
        }
    }
    return images;
}

QString StatisticsPage::printableHtml() const
{
    QList<QPair<QString, QString>> captions;
    for (int i = 0; i < m_charts->count(); ++i)
        captions.append({m_charts->tabText(i), QStringLiteral("chart:%1").arg(i)});
    return ReportExport::html(reportContent(), captions);
}

} // namespace tz
