// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli report …: the measures the articles publish, for a period and a unit.
#include "cli.h"

#include "ledger/ledger.h"
#include "reports/measureservice.h"
#include "workspace/workspace.h"

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

} // namespace tz::cli
