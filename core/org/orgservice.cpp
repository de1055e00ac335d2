// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/org/orgservice.h"

#include "core/common/uuid.h"
#include "core/io/csvreader.h"
#include "core/io/rowerror.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/divisioncode.h"
#include "core/org/orgprojection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace tz {
namespace {

// How a level shows in a division code, for the import's message.
QString levelCodeRule(OrgLevel level)
{
    switch (level) {
    case OrgLevel::City:
        return QCoreApplication::translate("tz::Org", "ends in eight zeros");
    case OrgLevel::County:
        return QCoreApplication::translate("tz::Org", "ends in six zeros, its digits 5-6 not both zero");
    case OrgLevel::Township:
        return QCoreApplication::translate("tz::Org", "ends in three zeros, its digits 7-9 not all zero");
    case OrgLevel::Village:
        return QCoreApplication::translate("tz::Org", "does not end in three zeros");
    }
    return {};
}

// The columns readUnit() and readDepartment() read, in their order.
#define TZ_UNIT_SELECT "SELECT code, name, level, parent_code FROM org_units "
#define TZ_DEPARTMENT_SELECT "SELECT id, org_code, name, active FROM departments "

OrgUnit readUnit(SqlStatement &statement)
{
    return {
        statement.text(0), statement.text(1), static_cast<OrgLevel>(statement.int32(2)), statement.text(3)};
}

Department readDepartment(SqlStatement &statement)
{
    return {statement.text(0), statement.text(1), statement.text(2), statement.int64(3) != 0};
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Status requireAdmin(const Actor &actor)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Org", "Only an administrator may change the org tree."));
    return {};
}

struct Row
{
    int line;
    QString code;
    QString name;
    OrgLevel level;
    QString parent;
};

} // namespace

OrgService::OrgService(Ledger &ledger)
    : m_ledger(ledger)
{
}

Result<DivisionImportReport> OrgService::importDivisions(
    const Actor &actor, const QString &path, const Progress &progress)
{
    Result<CsvTable> table = CsvReader::readFile(path, CsvReader::Encoding::Auto);
    if (!table)
        return table.error();
    return importDivisions(actor, *table, progress);
}

Result<DivisionImportReport> OrgService::importDivisions(
    const Actor &actor, const CsvTable &table, const Progress &progress)
{
    if (Status allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    DivisionImportReport report;
    const int codeColumn = table.columnIndex(u"code");
    const int nameColumn = table.columnIndex(u"name");
    const int levelColumn = table.columnIndex(u"level");
    const int parentColumn = table.columnIndex(u"parent_code");
    if (codeColumn < 0 || nameColumn < 0 || levelColumn < 0 || parentColumn < 0) {
        report.errors.append({1,
            QCoreApplication::translate(
                "tz::Org", "The header must name the columns code,name,level,parent_code.")});
        return report;
    }

    // Pass 1: each row on its own.
    QList<Row> rows;
    QHash<QString, int> lineOfCode;
    for (const CsvRow &csvRow : table.rows) {
        const auto field = [&csvRow](int column) {
            return column < csvRow.fields.size() ? csvRow.fields.at(column).trimmed() : QString();
        };
        Row row {csvRow.line, field(codeColumn), field(nameColumn), OrgLevel::Village, field(parentColumn)};
        if (!DivisionCode::parse(row.code)) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Org", "\"%1\" is not a 12-digit division code.")
                    .arg(row.code)});
            continue;
        }
        const std::optional<OrgLevel> level = orglevel::parse(field(levelColumn));
        if (!level) {
            report.errors.append({row.line,
                QCoreApplication::translate(
                    "tz::Org", "level \"%1\" must be one of city, county, township, village.")
                    .arg(quotedCell(field(levelColumn)))});
            continue;
        }
        row.level = *level;
        // The level is written in the code too (its trailing zeros), and every subtree check reads
        // it there: a unit whose code says otherwise would cover more or less than it claims.
        if (subtree::levelOf(row.code) != row.level) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Org", "code %1 is not the code of a %2 (a %2's code %3).")
                    .arg(row.code, orglevel::key(row.level), levelCodeRule(row.level))});
            continue;
        }
        if (row.name.isEmpty() || row.name.size() > 60 || hasControlCharacters(row.name)) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Org",
                    "the name of %1 is empty, longer than 60 characters or holds "
                    "control characters.")
                    .arg(row.code)});
            continue;
        }
        if (lineOfCode.contains(row.code)) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Org", "code %1 appears twice (first on line %2).")
                    .arg(row.code)
                    .arg(lineOfCode[row.code])});
            continue;
        }
        lineOfCode.insert(row.code, row.line);
        rows.append(row);
    }

    // Pass 2: the tree. A parent is in the file or already in the ledger, one level up, and its
    // code is a prefix of the child's. Units of the file's top level may hang from a parent
    // outside the ledger (河池市's parent is the province).
    QHash<QString, const Row *> byCode;
    int topLevel = static_cast<int>(OrgLevel::Village);
    for (const Row &row : std::as_const(rows)) {
        byCode.insert(row.code, &row);
        topLevel = std::min(topLevel, static_cast<int>(row.level));
    }
    for (const Row &row : std::as_const(rows)) {
        std::optional<OrgLevel> parentLevel;
        if (const Row *parent = byCode.value(row.parent))
            parentLevel = parent->level;
        else if (const std::optional<OrgUnit> known = unit(row.parent))
            parentLevel = known->level;
        if (!parentLevel) {
            if (static_cast<int>(row.level) == topLevel)
                continue;
            report.errors.append({row.line,
                QCoreApplication::translate(
                    "tz::Org", "parent %1 of %2 is neither in the file nor in the ledger.")
                    .arg(row.parent, row.code)});
            continue;
        }
        if (static_cast<int>(*parentLevel) != static_cast<int>(row.level) - 1) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Org", "%1 (%2) cannot sit directly under a %3.")
                    .arg(row.code, orglevel::key(row.level), orglevel::key(*parentLevel))});
            continue;
        }
        if (!subtree::contains(row.parent, *parentLevel, row.code))
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Org", "code %1 does not start with its parent's digits %2.")
                    .arg(row.code, subtree::prefix(row.parent, *parentLevel))});
    }
    if (!report.errors.isEmpty()) {
        std::stable_sort(report.errors.begin(), report.errors.end(),
            [](const RowError &a, const RowError &b) { return a.line < b.line; });
        return report;
    }

    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        qint64 done = 0;
        for (const Row &row : std::as_const(rows)) {
            progress::step(progress, done++, rows.size());
            const std::optional<OrgUnit> existing = unit(row.code);
            if (!existing) {
                transaction.append(AggregateType::OrgUnit, row.code, orgevents::unitCreated,
                    {{QStringLiteral("name"), row.name},
                        {QStringLiteral("level"), static_cast<int>(row.level)},
                        {QStringLiteral("parent"), row.parent}});
                ++report.created;
            } else if (existing->name != row.name) {
                transaction.append(AggregateType::OrgUnit, row.code, orgevents::unitRenamed,
                    {{QStringLiteral("name"), row.name}});
                ++report.renamed;
            } else {
                ++report.unchanged;
            }
        }
        progress::step(progress, done, rows.size());
    });
    if (!written)
        return written.error();
    report.totals = countByLevel();
    return report;
}

std::optional<OrgUnit> OrgService::unit(const QString &code)
{
    return m_ledger.db()
        .cached("OrgService::unit", TZ_UNIT_SELECT "WHERE code = ?1")
        .bind(1, code)
        .first(readUnit);
}

QList<OrgUnit> OrgService::children(const QString &parentCode)
{
    return m_ledger.db()
        .cached("OrgService::children", TZ_UNIT_SELECT "WHERE parent_code = ?1 ORDER BY code")
        .bind(1, parentCode)
        .all(readUnit);
}

QList<OrgUnit> OrgService::roots()
{
    return m_ledger.db()
        .cached("OrgService::roots",
            TZ_UNIT_SELECT "u WHERE parent_code IS NULL OR NOT EXISTS "
                           "(SELECT 1 FROM org_units p WHERE p.code = u.parent_code) ORDER BY level, code")
        .all(readUnit);
}

QList<OrgUnit> OrgService::ancestry(const QString &code)
{
    QList<OrgUnit> chain;
    QString current = code;
    while (!current.isEmpty() && chain.size() < 8) {
        const std::optional<OrgUnit> found = unit(current);
        if (!found)
            break;
        chain.prepend(*found);
        current = found->parentCode;
    }
    return chain;
}

QList<OrgUnit> OrgService::unitsAtLevel(OrgLevel level)
{
    return m_ledger.db()
        .cached("OrgService::unitsAtLevel", TZ_UNIT_SELECT "WHERE level = ?1 ORDER BY code")
        .bind(1, static_cast<int>(level))
        .all(readUnit);
}

QMap<OrgLevel, int> OrgService::countByLevel()
{
    QMap<OrgLevel, int> counts {
        {OrgLevel::City, 0}, {OrgLevel::County, 0}, {OrgLevel::Township, 0}, {OrgLevel::Village, 0}};
    SqlStatement &statement = m_ledger.db().cached(
        "OrgService::countByLevel", "SELECT level, COUNT(*) FROM org_units GROUP BY level");
    while (statement.next())
        counts[static_cast<OrgLevel>(statement.int32(0))] = statement.int32(1);
    statement.reset();
    return counts;
}

QString OrgService::pathName(const QString &code)
{
    QStringList names;
    for (const OrgUnit &unit : ancestry(code))
        names.append(unit.name);
    return names.join(QStringLiteral(" / "));
}

Result<Department> OrgService::addDepartment(const Actor &actor, const QString &orgCode, const QString &name)
{
    if (Status allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    if (!actor.covers(orgCode))
        return Error::forbidden(
            QCoreApplication::translate("tz::Org", "Unit %1 is outside your part of the org tree.")
                .arg(orgCode));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40 || hasControlCharacters(trimmed))
        return Error::invalid(
            QCoreApplication::translate("tz::Org", "A department needs a name of 1 to 40 characters."),
            QStringLiteral("name"));
    if (!unit(orgCode))
        return Error::notFound(
            QCoreApplication::translate("tz::Org", "There is no unit with code %1.").arg(orgCode));
    if (departmentByName(orgCode, trimmed))
        return Error::conflict(QCoreApplication::translate("tz::Org", "%1 already has a department named %2.")
                                   .arg(orgCode, trimmed));
    Department department {Uuid7::toString(Uuid7::generate()), orgCode, trimmed, true};
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Department, department.id, orgevents::departmentCreated,
            {{QStringLiteral("org"), orgCode}, {QStringLiteral("name"), trimmed}});
    });
    if (!written)
        return written.error();
    return department;
}

Status OrgService::renameDepartment(const Actor &actor, const QString &id, const QString &name)
{
    if (Status allowed = requireAdmin(actor); !allowed)
        return allowed;
    const std::optional<Department> existing = department(id);
    if (!existing)
        return Error::notFound(QCoreApplication::translate("tz::Org", "There is no such department."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40 || hasControlCharacters(trimmed))
        return Error::invalid(
            QCoreApplication::translate("tz::Org", "A department needs a name of 1 to 40 characters."),
            QStringLiteral("name"));
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(
            AggregateType::Department, id, orgevents::departmentRenamed, {{QStringLiteral("name"), trimmed}});
    });
}

Status OrgService::retireDepartment(const Actor &actor, const QString &id)
{
    if (Status allowed = requireAdmin(actor); !allowed)
        return allowed;
    if (!department(id))
        return Error::notFound(QCoreApplication::translate("tz::Org", "There is no such department."));
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Department, id, orgevents::departmentRetired, {});
    });
}

QList<Department> OrgService::departments(const QString &orgCode)
{
    return m_ledger.db()
        .cached("OrgService::departments",
            TZ_DEPARTMENT_SELECT "WHERE "
                                 "org_code = ?1 AND active = 1 ORDER BY name")
        .bind(1, orgCode)
        .all(readDepartment);
}

std::optional<Department> OrgService::department(const QString &id)
{
    return m_ledger.db()
        .cached("OrgService::department", TZ_DEPARTMENT_SELECT "WHERE id = ?1")
        .bind(1, id)
        .first(readDepartment);
}

std::optional<Department> OrgService::departmentByName(const QString &orgCode, const QString &name)
{
    return m_ledger.db()
        .cached("OrgService::departmentByName",
            TZ_DEPARTMENT_SELECT "WHERE "
                                 "org_code = ?1 AND name = ?2 AND active = 1")
        .bind(1, orgCode)
        .bind(2, name)
        .first(readDepartment);
}

} // namespace tz
