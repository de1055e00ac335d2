// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caseservice.h"
#include "core/common/error.h"
#include "core/io/csvreader.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tz {

class CatalogService;
class Ledger;
class OrgService;

// The columns an old 台账 may have that a case takes.
enum class ImportField : int {
    RegisteredAt, // 受理时间 (required)
    Title, // 诉求 (required)
    Description,
    Unit, // where it was registered: a division code, a name or a path; else the default unit
    Handling,
    Channel,
    Catalog,
    CitizenName,
    Phone,
    ResolvedAt, // with Result: saved as resolved on that day
    Result,
};
constexpr int kImportFieldCount = 11;

namespace importfield {
QString key(ImportField field); // "registeredAt", for a saved mapping
QString label(ImportField field); // in the user's language
[[nodiscard]] bool required(ImportField field);
} // namespace importfield

// Which column of the file holds each field, and what a row without one gets.
struct CaseImportMapping
{
    QHash<ImportField, int> columns; // field -> column index in the file's header
    QString defaultUnit; // unit code for rows without a unit
    Handling defaultHandling = Handling::Routed;
    Channel defaultChannel = Channel::Counter;

    // The columns named as people name them in their 台账 (受理时间, 诉求内容, 办结时间 …).
    static CaseImportMapping guess(const QStringList &header);
    // A saved mapping names columns by their header text, so it fits next month's file too.
    [[nodiscard]] QJsonObject toJson(const QStringList &header) const;
    static Result<CaseImportMapping> fromJson(const QJsonObject &json, const QStringList &header);
};

// A row of the file: the case it makes, or why it cannot.
struct CaseImportRow
{
    int line = 0; // in the file, for the person who fixes it
    QStringList fields; // as read
    RegisterCaseInput input;
    QString problem; // empty: the row can be imported
};

struct CaseImportOutcome
{
    QStringList numbers; // the cases made, in the file's order
    int rejected = 0; // rows left out (partial import)
};

// 补录 of an old 台账 kept in Excel: a CSV file (UTF-8 or GB18030), its columns mapped to a
// case's fields, every row checked (dates, unit, class, service, phone, and against the ledger:
// the same case entered before), then the good rows entered as 补录 cases with their original
// dates in one transaction. All or nothing; or the good rows, with the rejected rows written to a
// file of their own (the same columns, plus the line and the reason) to fix and import again.
class CaseImport
{
public:
    CaseImport(Ledger &ledger, OrgService &org, CatalogService &catalog, CaseService &cases);

    [[nodiscard]] static Result<CsvTable> read(const QString &path);
    [[nodiscard]] QList<CaseImportRow> check(
        const Actor &actor, const CsvTable &table, const CaseImportMapping &mapping);
    // All or nothing when `rejectsFile` is empty; else the good rows, the others to that file.
    [[nodiscard]] Result<CaseImportOutcome> run(const Actor &actor, const QStringList &header,
        const QList<CaseImportRow> &rows, const QString &rejectsFile = {});

    // "2025-03-04", "2025/3/4 14:05", "2025年3月4日", "2025.3.4", an Excel day number; China time.
    // `dateOnly` says the text had no time (the moment is then 09:00 of that day).
    static std::optional<qint64> parseDate(const QString &text, bool *dateOnly = nullptr);

private:
    [[nodiscard]] std::optional<QString> unitFor(const QString &text);

    Ledger &m_ledger;
    OrgService &m_org;
    CatalogService &m_catalog;
    CaseService &m_cases;
    QHash<QString, QStringList> m_unitsByName; // a unit's short name -> codes
};

} // namespace tz
