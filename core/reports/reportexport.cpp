// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/reports/reportexport.h"

#include "core/cases/caseexport.h"
#include "core/io/xlsxbook.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace tz {
namespace {

// The columns of the units' table: a measure each, by code.
const QStringList kUnitMeasures {QStringLiteral("intake_count"), QStringLiteral("completion_rate"),
    QStringLiteral("on_time_rate"), QStringLiteral("satisfaction_rate"),
    QStringLiteral("local_resolution_rate")};

int indexOf(const QList<MeasureFigure> &figures, const QString &code)
{
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i).definition.code == code)
            return i;
    }
    return -1;
}

QVariant valueOf(const MeasureFigure &figure)
{
    return figure.value ? QVariant(*figure.value) : QVariant();
}

QString periodLine(const ReportContent &report)
{
    return QCoreApplication::translate("tz::Reports", "Period %1 to %2; open and overdue cases as of %3.")
        .arg(report.data.query.from.toString(Qt::ISODate), report.data.query.to.toString(Qt::ISODate),
            report.data.today.toString(Qt::ISODate));
}

QString points(double value)
{
    const QString text = QLocale().toString(value, 'f', 2);
    return value > 0 ? QLatin1Char('+') + text : text;
}

} // namespace

Result<ReportContent> ReportExport::build(Ledger &ledger, OrgService &org, const MeasureQuery &query,
    const QDate &today, const AssessmentRuleSet *rules)
{
    ReportContent report;
    Dashboard dashboard(ledger.db(), org);
    Result<DashboardData> data = dashboard.load(query, today);
    if (!data)
        return data.error();
    report.data = *data;
    report.unitPath = query.orgCode.isEmpty() ? QCoreApplication::translate("tz::Reports", "whole ledger")
                                              : org.pathName(query.orgCode);
    if (rules) {
        AssessmentService assessment(ledger, org);
        Result<QList<UnitAssessment>> sheet = assessment.assess(*rules, query);
        if (!sheet)
            return sheet.error();
        report.rules = *rules;
        report.assessment = *sheet;
        report.rulesTitle = rules->isDefault() ? rules->name
                                               : QCoreApplication::translate("tz::Reports", "%1, version %2")
                                                     .arg(rules->name)
                                                     .arg(rules->number);
    }
    return report;
}

QString ReportExport::suggestedName(const ReportContent &report)
{
    QString unit = report.unitPath.section(QStringLiteral(" / "), -1);
    unit.replace(QLatin1Char(' '), QLatin1Char('_'));
    return QCoreApplication::translate("tz::Reports", "Statistics", "the start of a report's file name")
        + QLatin1Char('_') + unit + QLatin1Char('_') + report.data.query.from.toString(Qt::ISODate)
        + QLatin1Char('_') + report.data.query.to.toString(Qt::ISODate);
}

Result<qint64> ReportExport::toXlsx(
    const QString &ledgerPath, const ReportContent &report, const QString &file, const QDateTime &created)
{
    const QString title = QCoreApplication::translate("tz::Reports", "Statistics — %1").arg(report.unitPath);
    XlsxBook book(file, title, created);

    const int measures = book.addSheet(QCoreApplication::translate("tz::Reports", "Measures"),
        {{QCoreApplication::translate("tz::Reports", "Measure"), 14},
            {QCoreApplication::translate("tz::Reports", "Value"), 12},
            {QCoreApplication::translate("tz::Reports", "Numerator"), 12},
            {QCoreApplication::translate("tz::Reports", "Denominator"), 12},
            {QCoreApplication::translate("tz::Reports", "Definition"), 70},
            {QCoreApplication::translate("tz::Reports", "Version"), 8}});
    book.addNote(measures, title, true);
    book.addNote(measures, periodLine(report));
    for (const MeasureFigure &figure : report.data.figures) {
        const bool rate = figure.definition.kind == MeasureDefinition::Kind::Rate;
        // A rate as a share (formatted as a percentage by the column), a count as a number.
        book.addRow(measures,
            {figure.definition.name, valueOf(figure), rate ? QVariant(figure.numerator) : QVariant(),
                QVariant(figure.denominator), figure.definition.rule, QVariant(figure.definition.version)},
            rate ? QList<int> {1} : QList<int> {});
    }
    QList<XlsxColumn> unitColumns {{QCoreApplication::translate("tz::Reports", "Unit"), 24}};
    for (const QString &code : kUnitMeasures) {
        const int i = indexOf(report.data.figures, code);
        const MeasureDefinition d = i >= 0 ? report.data.figures.at(i).definition : MeasureDefinition {};
        unitColumns.append({d.name, 12, d.kind == MeasureDefinition::Kind::Rate});
    }
    unitColumns.append({QCoreApplication::translate("tz::Reports", "Open now"), 10});
    unitColumns.append({QCoreApplication::translate("tz::Reports", "Overdue now"), 10});
    const int units = book.addSheet(QCoreApplication::translate("tz::Reports", "Units"), unitColumns);
    book.addNote(units, title, true);
    book.addNote(units, periodLine(report));
    const auto unitRow
        = [&](const QString &name, const QList<MeasureFigure> &figures, qint64 open, qint64 overdue) {
              QList<QVariant> cells {name};
              for (const QString &code : kUnitMeasures) {
                  const int i = indexOf(figures, code);
                  cells.append(i < 0 ? QVariant() : valueOf(figures.at(i)));
              }
              cells << QVariant(open) << QVariant(overdue);
              book.addRow(units, cells);
          };
    unitRow(QCoreApplication::translate("tz::Reports", "%1 (all)")
                .arg(report.unitPath.section(QStringLiteral(" / "), -1)),
        report.data.figures, report.data.openNow, report.data.overdueNow);
    for (const DashboardUnit &unit : report.data.units)
        unitRow(unit.name, unit.figures, unit.openNow, unit.overdueNow);

    if (!report.rulesTitle.isEmpty()) {
        QList<XlsxColumn> columns {{QCoreApplication::translate("tz::Reports", "Unit"), 24},
            {QCoreApplication::translate("tz::Reports", "Score"), 8},
            {QCoreApplication::translate("tz::Reports", "Rating"), 8}};
        for (const AssessmentRule &rule : report.rules.rules) {
            columns.append({QCoreApplication::translate("tz::Reports", "%1: cases").arg(rule.label), 14});
            columns.append({QCoreApplication::translate("tz::Reports", "%1: points").arg(rule.label), 14});
        }
        const int sheet = book.addSheet(QCoreApplication::translate("tz::Reports", "Assessment"), columns);
        book.addNote(sheet, title, true);
        book.addNote(sheet, QCoreApplication::translate("tz::Reports", "Rules: %1").arg(report.rulesTitle));
        book.addNote(sheet, periodLine(report));
        for (const UnitAssessment &unit : report.assessment) {
            QList<QVariant> cells {unit.name, unit.score, rating::label(unit.rating)};
            for (const AssessmentLine &line : unit.lines)
                cells << QVariant(line.cases) << QVariant(line.points);
            book.addRow(sheet, cells);
        }
    }

    // The cases behind it all: those registered in the period, in the unit and below.
    const int intake = indexOf(report.data.figures, QStringLiteral("intake_count"));
    qint64 listed = 0;
    if (intake >= 0) {
        Result<CaseFilter> filter = MeasureService::drillDown(
            report.data.figures.at(intake).definition, MeasureService::Part::Denominator, report.data.query);
        if (!filter)
            return filter.error();
        filter->today = report.data.today;
        const QList<CaseField> fields = casefield::all();
        const int sheet = CaseExport::addCaseSheet(book, fields,
            QCoreApplication::translate("tz::Reports", "Cases registered in the period: %1").arg(title));
        Result<qint64> rows = CaseExport::forEachRow(
            ledgerPath, *filter, fields, {},
            [&](const QStringList &cells) {
                book.addRow(sheet, {cells.cbegin(), cells.cend()});
            },
            [] { return Status {}; });
        if (!rows)
            return rows.error();
        listed = *rows;
    }
    if (Status closed = book.close(); !closed)
        return closed.error();
    return listed;
}

QString ReportExport::html(const ReportContent &report, const QList<QPair<QString, QString>> &images)
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    const QString table
        = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    QString html = QStringLiteral("<html><body style=\"font-size:10pt\">");
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(e(QCoreApplication::translate("tz::Reports", "Statistics — %1").arg(report.unitPath)),
                    e(periodLine(report)));
    html += table + QStringLiteral("<tr>");
    for (const QString &header : {QCoreApplication::translate("tz::Reports", "Measure"),
             QCoreApplication::translate("tz::Reports", "Value"),
             QCoreApplication::translate("tz::Reports", "Numerator"),
             QCoreApplication::translate("tz::Reports", "Denominator"),
             QCoreApplication::translate("tz::Reports", "Definition"),
             QCoreApplication::translate("tz::Reports", "Version")})
        html += QStringLiteral("<th>%1</th>").arg(e(header));
    html += QStringLiteral("</tr>");
    const QLocale locale;
    for (const MeasureFigure &figure : report.data.figures) {
        const bool rate = figure.definition.kind == MeasureDefinition::Kind::Rate;
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td "
                               "align=\"right\">%4</td><td>%5</td><td align=\"center\">%6</td></tr>")
                    .arg(e(figure.definition.name), e(MeasureService::display(figure)),
                        rate ? locale.toString(figure.numerator) : QString(),
                        locale.toString(figure.denominator), e(figure.definition.rule),
                        QString::number(figure.definition.version));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(e(QCoreApplication::translate("tz::Reports", "Units"))) + table
        + QStringLiteral("<tr><th>%1</th>").arg(e(QCoreApplication::translate("tz::Reports", "Unit")));
    for (const QString &code : kUnitMeasures) {
        const int i = indexOf(report.data.figures, code);
        html += QStringLiteral("<th>%1</th>")
                    .arg(i >= 0 ? e(report.data.figures.at(i).definition.name) : QString());
    }
    html += QStringLiteral("<th>%1</th><th>%2</th></tr>")
                .arg(e(QCoreApplication::translate("tz::Reports", "Open now")),
                    e(QCoreApplication::translate("tz::Reports", "Overdue now")));
    const auto unitRow
        = [&](const QString &name, const QList<MeasureFigure> &figures, qint64 open, qint64 overdue) {
              QString row = QStringLiteral("<tr><td>%1</td>").arg(e(name));
              for (const QString &code : kUnitMeasures) {
                  const int i = indexOf(figures, code);
                  row += QStringLiteral("<td align=\"right\">%1</td>")
                             .arg(i < 0 ? QString() : e(MeasureService::display(figures.at(i))));
              }
              return row
                  + QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td></tr>")
                        .arg(locale.toString(open), locale.toString(overdue));
          };
    html += unitRow(QCoreApplication::translate("tz::Reports", "%1 (all)")
                        .arg(report.unitPath.section(QStringLiteral(" / "), -1)),
        report.data.figures, report.data.openNow, report.data.overdueNow);
    for (const DashboardUnit &unit : report.data.units)
        html += unitRow(unit.name, unit.figures, unit.openNow, unit.overdueNow);
    html += QStringLiteral("</table>");

    if (!report.rulesTitle.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(e(QCoreApplication::translate("tz::Reports", "Assessment")),
                        e(QCoreApplication::translate("tz::Reports", "Rules: %1").arg(report.rulesTitle)))
            + table
            + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th>")
                  .arg(e(QCoreApplication::translate("tz::Reports", "Unit")),
                      e(QCoreApplication::translate("tz::Reports", "Score")),
                      e(QCoreApplication::translate("tz::Reports", "Rating")));
        for (const AssessmentRule &rule : report.rules.rules)
            html += QStringLiteral("<th>%1</th>").arg(e(rule.label));
        html += QStringLiteral("</tr>");
        for (const UnitAssessment &unit : report.assessment) {
            html
                += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"center\">%3</td>")
                       .arg(e(unit.name), locale.toString(unit.score, 'f', 2), e(rating::label(unit.rating)));
            for (const AssessmentLine &line : unit.lines)
                html += QStringLiteral("<td align=\"right\">%1</td>")
                            .arg(line.cases == 0
                                    ? QStringLiteral("—")
                                    : e(QCoreApplication::translate("tz::Reports", "%1 · %2")
                                            .arg(locale.toString(line.cases), points(line.points))));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    for (const auto &[caption, resource] : images)
        html += QStringLiteral("<h3>%1</h3><img src=\"%2\" width=\"600\">").arg(e(caption), e(resource));
    return html + QStringLiteral("</body></html>");
}

} // namespace tz
