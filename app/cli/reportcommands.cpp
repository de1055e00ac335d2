// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli report …: the measures the articles publish, for a period and a unit.
#include "cli.h"

#include "core/common/businesstime.h"
#include "core/i18n/translations.h"
#include "core/ledger/ledger.h"
#include "core/reports/assessment.h"
#include "core/reports/measureservice.h"
#include "core/reports/reportexport.h"
#include "core/workspace/workspace.h"
#include "ui/print/reportpdf.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tz::cli {

int Cli::reportMeasures(const Args &args)
{
    MeasureQuery query;
    query.from = QDate::fromString(args.value(QStringLiteral("from")), Qt::ISODate);
    query.to = QDate::fromString(args.value(QStringLiteral("to")), Qt::ISODate);
    query.orgCode = args.value(QStringLiteral("org"));
    if (!query.from.isValid() || !query.to.isValid())
        return usage(
            QCoreApplication::translate("tz::Cli", "report measures needs --from and --to as YYYY-MM-DD."));
    MeasureService measures(m_workspace->ledger().db());
    Result<QList<MeasureFigure>> figures = measures.compute(query);
    if (!figures)
        return fail(figures.error());
    QJsonObject json;
    QString human;
    for (const MeasureFigure &f : std::as_const(*figures)) {
        json.insert(f.definition.code,
            QJsonObject {{QStringLiteral("numerator"), f.numerator},
                {QStringLiteral("denominator"), f.denominator},
                {QStringLiteral("value"), f.value ? QJsonValue(*f.value) : QJsonValue()},
                {QStringLiteral("version"), f.definition.version}});
        human += QStringLiteral("%1\t%2\t%3 / %4\tv%5\n")
                     .arg(f.definition.name, MeasureService::display(f))
                     .arg(f.numerator)
                     .arg(f.denominator)
                     .arg(f.definition.version);
    }
    human.chop(1);
    return done(json, human);
}

int Cli::reportExport(const Args &args)
{
    MeasureQuery query;
    query.from = QDate::fromString(args.value(QStringLiteral("from")), Qt::ISODate);
    query.to = QDate::fromString(args.value(QStringLiteral("to")), Qt::ISODate);
    query.orgCode = args.value(QStringLiteral("org"));
    const QString xlsx = args.value(QStringLiteral("xlsx"));
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (!query.from.isValid() || !query.to.isValid() || xlsx.isEmpty() == pdf.isEmpty())
        return usage(QCoreApplication::translate("tz::Cli",
            "report export needs --from and --to as YYYY-MM-DD and one of --xlsx FILE or --pdf FILE."));
    // A report handed upward is in Chinese unless English is asked for (--lang en).
    i18n::install(*QCoreApplication::instance(), args.value(QStringLiteral("lang"), QStringLiteral("zh_CN")));
    // The 考评 rules: the newest version unless named ("default": the shipped example; "none").
    AssessmentService assessment(m_workspace->ledger(), m_workspace->org());
    const QList<AssessmentRuleSet> sets = assessment.ruleSets();
    const QString wanted = args.value(QStringLiteral("rules"));
    const AssessmentRuleSet *rules = wanted == QLatin1String("none") ? nullptr : &sets.last();
    if (!wanted.isEmpty() && wanted != QLatin1String("none")) {
        rules = nullptr;
        for (const AssessmentRuleSet &set : sets) {
            if (set.id == wanted)
                rules = &set;
        }
        if (!rules)
            return usage(QCoreApplication::translate("tz::Cli", "No 考评 rules have the id %1.").arg(wanted));
    }
    const QDate today = businesstime::dateOf(m_workspace->ledger().wallMs());
    Result<ReportContent> report
        = ReportExport::build(m_workspace->ledger(), m_workspace->org(), query, today, rules);
    if (!report)
        return fail(report.error());
    if (!xlsx.isEmpty()) {
        Result<qint64> rows = ReportExport::toXlsx(m_workspace->ledger().path(), *report, xlsx);
        if (!rows)
            return fail(rows.error());
        return done(QJsonObject {{QStringLiteral("file"), xlsx}, {QStringLiteral("cases"), *rows}},
            QCoreApplication::translate("tz::Cli", "%1: the measures, the units%2 and %3 cases")
                .arg(xlsx, rules ? QCoreApplication::translate("tz::Cli", ", 考评") : QString())
                .arg(*rows));
    }
    if (Status written = writeReportPdf(ReportExport::html(*report), pdf); !written)
        return fail(written.error());
    return done(QJsonObject {{QStringLiteral("file"), pdf}}, pdf);
}

} // namespace tz::cli
