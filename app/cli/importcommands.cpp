// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli import-cases and recurring: an old 台账 entered as 补录 cases, and the groups of
// cases 举一反三 finds.
#include "cli.h"

#include "core/cases/caseimport.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/recurring/recurringissues.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tz::cli {

int Cli::importCases(const Args &args)
{
    const QString file = args.positional(1);
    if (file.isEmpty())
        return usage(QCoreApplication::translate("tz::Cli", "import-cases needs the CSV file."));
    Result<CsvTable> table = CaseImport::read(file);
    if (!table)
        return fail(table.error());
    CaseImportMapping mapping = CaseImportMapping::guess(table->header);
    if (const QString saved = args.value(QStringLiteral("mapping")); !saved.isEmpty()) {
        QFile json(saved);
        if (!json.open(QIODevice::ReadOnly))
            return fail(Error {ErrorKind::Io,
                QCoreApplication::translate("tz::Cli", "Cannot read %1: %2").arg(saved, json.errorString()),
                {}});
        const QJsonDocument document = QJsonDocument::fromJson(json.readAll());
        if (!document.isObject())
            return fail(Error::invalid(
                QCoreApplication::translate("tz::Cli", "%1 is not a saved mapping.").arg(saved)));
        Result<CaseImportMapping> read = CaseImportMapping::fromJson(document.object(), table->header);
        if (!read)
            return fail(read.error());
        mapping = *read;
    }
    if (args.has(QStringLiteral("unit")))
        mapping.defaultUnit = args.value(QStringLiteral("unit"));
    for (int f = 0; f < kImportFieldCount; ++f) {
        const auto field = static_cast<ImportField>(f);
        if (importfield::required(field) && !mapping.columns.contains(field))
            return fail(Error::invalid(QCoreApplication::translate(
                "tz::Cli", "No column of the file is taken for “%1”: give --mapping.")
                                           .arg(importfield::label(field))));
    }
    CaseImport import(
        m_workspace->ledger(), m_workspace->org(), m_workspace->catalog(), m_workspace->cases());
    const QList<CaseImportRow> rows = import.check(m_actor, *table, mapping);
    const QString rejects = args.value(QStringLiteral("rejects"));
    Result<CaseImportOutcome> outcome = import.run(m_actor, table->header, rows, rejects);
    if (!outcome && rejects.isEmpty()) {
        QList<RowError> errors;
        for (const CaseImportRow &row : rows)
            if (!row.problem.isEmpty())
                errors.append({row.line, row.problem});
        return errors.isEmpty() ? fail(outcome.error()) : rejected(errors);
    }
    if (!outcome)
        return fail(outcome.error());
    return done({{QStringLiteral("imported"), int(outcome->numbers.size())},
                    {QStringLiteral("rejected"), outcome->rejected},
                    {QStringLiteral("numbers"), QJsonArray::fromStringList(outcome->numbers)}},
        QCoreApplication::translate("tz::Cli", "%1 case(s) entered as 补录; %2 row(s) left out%3.")
            .arg(outcome->numbers.size())
            .arg(outcome->rejected)
            .arg(outcome->rejected > 0 ? QStringLiteral(" → ") + rejects : QString()));
}

int Cli::recurring(const Args &args)
{
    RecurringOptions options;
    options.windowDays = args.value(QStringLiteral("days"), QString::number(options.windowDays)).toInt();
    options.minimumSize = args.value(QStringLiteral("min"), QString::number(options.minimumSize)).toInt();
    if (options.windowDays < 1 || options.minimumSize < 2)
        return usage(
            QCoreApplication::translate("tz::Cli", "recurring needs --days 1 or more and --min 2 or more."));
    RecurringIssues issues(m_workspace->ledger().db(), m_workspace->org(), m_workspace->catalog());
    Result<QList<RecurringProposal>> found = issues.find(
        args.value(QStringLiteral("org"), m_actor.orgCode), m_workspace->ledger().wallMs(), options);
    if (!found)
        return fail(found.error());
    QJsonArray groups;
    QString human;
    for (const RecurringProposal &p : std::as_const(*found)) {
        QJsonArray cases;
        QStringList numbers;
        for (const RecurringCase &c : p.cases) {
            cases.append(
                QJsonObject {{QStringLiteral("number"), c.number}, {QStringLiteral("title"), c.title},
                    {QStringLiteral("registered"), businesstime::displayOf(c.registeredAt)}});
            numbers.append(c.number);
        }
        groups.append(QJsonObject {{QStringLiteral("place"), p.place},
            {QStringLiteral("catalog"), p.catalogName}, {QStringLiteral("cohesion"), p.cohesion},
            {QStringLiteral("terms"), QJsonArray::fromStringList(p.sharedTerms)},
            {QStringLiteral("cases"), cases}});
        human
            += QStringLiteral("%1\t%2\t%3\n").arg(p.placeName, p.catalogName, numbers.join(QLatin1Char(' ')));
    }
    return done({{QStringLiteral("groups"), groups}}, human.trimmed());
}

} // namespace tz::cli
