// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/catalog/catalogservice.h"

#include "core/catalog/catalogprojection.h"
#include "core/common/uuid.h"
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/io/rowerror.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/residents/pinyin.h"

#include <QCoreApplication>
#include <QHash>

namespace tz {
namespace {

// The columns readItem() reads, in its order: every SELECT of catalog items starts so.
#define TZ_CATALOG_SELECT                                                                                    \
    "SELECT id, name, list, handling, department, deadline_days, pinyin, initials, active FROM "             \
    "catalog_items "

CatalogItem readItem(SqlStatement &s)
{
    CatalogItem item;
    item.id = s.text(0);
    item.name = s.text(1);
    item.list = static_cast<CatalogList>(s.int32(2));
    item.handling = static_cast<Handling>(s.int32(3));
    item.department = s.text(4);
    item.deadlineDays = s.int32(5);
    item.pinyin = s.text(6);
    item.initials = s.text(7);
    item.active = s.int64(8) != 0;
    return item;
}

QJsonObject payloadOf(const CatalogItem &item)
{
    return {{QStringLiteral("name"), item.name}, {QStringLiteral("list"), static_cast<int>(item.list)},
        {QStringLiteral("handling"), static_cast<int>(item.handling)},
        {QStringLiteral("department"), item.department}, {QStringLiteral("deadlineDays"), item.deadlineDays},
        {QStringLiteral("pinyin"), item.pinyin}, {QStringLiteral("initials"), item.initials}};
}

bool sameDefinition(const CatalogItem &a, const CatalogItem &b)
{
    return a.name == b.name && a.list == b.list && a.handling == b.handling && a.department == b.department
        && a.deadlineDays == b.deadlineDays && a.active == b.active;
}

} // namespace

CatalogService::CatalogService(Ledger &ledger)
    : m_ledger(ledger)
{
}

std::optional<QString> CatalogService::validate(const CatalogItem &item) const
{
    if (item.name.isEmpty() || item.name.size() > 60)
        return QCoreApplication::translate("tz::Catalog", "the name must have 1 to 60 characters");
    if (item.department.isEmpty() || item.department.size() > 40)
        return QCoreApplication::translate("tz::Catalog", "the department must have 1 to 40 characters");
    if (item.deadlineDays < 0 || item.deadlineDays > 365)
        return QCoreApplication::translate("tz::Catalog", "the deadline must be 0 to 365 working days");
    if (item.handling == Handling::Immediate && item.deadlineDays != 0)
        return QCoreApplication::translate(
            "tz::Catalog", "an Immediate item is done the same day: its deadline is 0");
    return std::nullopt;
}

Result<TableImportReport> CatalogService::importCsv(
    const Actor &actor, const QString &path, const Progress &progress)
{
    Result<CsvTable> table = CsvReader::readFile(path, CsvReader::Encoding::Auto);
    if (!table)
        return table.error();
    return importCsv(actor, *table, progress);
}

Result<TableImportReport> CatalogService::importCsv(
    const Actor &actor, const CsvTable &table, const Progress &progress)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Catalog", "Only an administrator may change the catalog."));
    TableImportReport report;
    const int cName = table.columnIndex(u"name");
    const int cList = table.columnIndex(u"list");
    const int cHandling = table.columnIndex(u"handling");
    const int cDepartment = table.columnIndex(u"department");
    const int cDays = table.columnIndex(u"deadline_days");
    if (cName < 0 || cList < 0 || cHandling < 0 || cDepartment < 0 || cDays < 0) {
        report.errors.append({1,
            QCoreApplication::translate("tz::Catalog",
                "The header must name the columns name,list,handling,department,deadline_days.")});
        return report;
    }
    QList<CatalogItem> items;
    QHash<QString, int> lineOfName;
    for (const CsvRow &row : table.rows) {
        const auto field
            = [&row](int c) { return c < row.fields.size() ? row.fields.at(c).trimmed() : QString(); };
        CatalogItem item;
        item.name = field(cName);
        const std::optional<CatalogList> list = cataloglist::parse(field(cList));
        const std::optional<Handling> handling = handling::parse(field(cHandling));
        bool daysOk = false;
        item.deadlineDays = field(cDays).toInt(&daysOk);
        item.department = field(cDepartment);
        if (!list) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Catalog", "list \"%1\" must be 即办, 代办 or 咨询")
                    .arg(quotedCell(field(cList)))});
            continue;
        }
        if (!handling) {
            report.errors.append({row.line,
                QCoreApplication::translate(
                    "tz::Catalog", "handling \"%1\" must be immediate, fast, routed or joint")
                    .arg(quotedCell(field(cHandling)))});
            continue;
        }
        if (!daysOk) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Catalog", "deadline_days \"%1\" is not a number")
                    .arg(quotedCell(field(cDays)))});
            continue;
        }
        item.list = *list;
        item.handling = *handling;
        if (const std::optional<QString> problem = validate(item)) {
            report.errors.append({row.line, *problem});
            continue;
        }
        if (lineOfName.contains(item.name)) {
            report.errors.append({row.line,
                QCoreApplication::translate("tz::Catalog", "\"%1\" appears twice (first on line %2)")
                    .arg(item.name)
                    .arg(lineOfName[item.name])});
            continue;
        }
        lineOfName.insert(item.name, row.line);
        items.append(item);
    }
    if (!report.errors.isEmpty())
        return report;

    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        qint64 done = 0;
        for (CatalogItem &item : items) {
            progress::step(progress, done++, items.size());
            const std::optional<CatalogItem> existing = byName(item.name);
            if (existing && sameDefinition(*existing, item)) {
                ++report.unchanged;
                continue;
            }
            item.id = existing ? existing->id : Uuid7::toString(Uuid7::generate());
            item.pinyin = Pinyin::full(item.name);
            item.initials = Pinyin::initials(item.name);
            transaction.append(AggregateType::CatalogItem, item.id, catalogevents::defined, payloadOf(item));
            ++report.changed;
        }
        progress::step(progress, done, items.size());
    });
    if (!written)
        return written.error();
    return report;
}

Status CatalogService::exportCsv(const QString &path)
{
    CsvWriter writer({QStringLiteral("name"), QStringLiteral("list"), QStringLiteral("handling"),
        QStringLiteral("department"), QStringLiteral("deadline_days")});
    for (const CatalogItem &item : all()) {
        writer.addCells({item.name, cataloglist::key(item.list), handling::key(item.handling),
            item.department, item.deadlineDays});
    }
    return writer.writeFile(path);
}

Result<CatalogItem> CatalogService::define(const Actor &actor, const CatalogItem &input)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Catalog", "Only an administrator may change the catalog."));
    CatalogItem item = input;
    item.name = item.name.trimmed();
    item.department = item.department.trimmed();
    if (const std::optional<QString> problem = validate(item))
        return Error::invalid(*problem);
    const std::optional<CatalogItem> sameName = byName(item.name);
    if (sameName && sameName->id != item.id)
        return Error::conflict(
            QCoreApplication::translate("tz::Catalog", "The catalog already has an item named %1.")
                .arg(item.name));
    if (item.id.isEmpty())
        item.id = Uuid7::toString(Uuid7::generate());
    item.pinyin = Pinyin::full(item.name);
    item.initials = Pinyin::initials(item.name);
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::CatalogItem, item.id, catalogevents::defined, payloadOf(item));
    });
    if (!written)
        return written.error();
    return item;
}

Status CatalogService::retire(const Actor &actor, const QString &id)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(
            QCoreApplication::translate("tz::Catalog", "Only an administrator may change the catalog."));
    if (!byId(id))
        return Error::notFound(QCoreApplication::translate("tz::Catalog", "There is no such catalog item."));
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::CatalogItem, id, catalogevents::retired, {});
    });
}

QList<CatalogItem> CatalogService::all()
{
    return m_ledger.db()
        .cached("CatalogService::all",
            TZ_CATALOG_SELECT "WHERE active = 1 ORDER BY list, "
                              "pinyin")
        .all(readItem);
}

std::optional<CatalogItem> CatalogService::byId(const QString &id)
{
    return m_ledger.db()
        .cached("CatalogService::byId", TZ_CATALOG_SELECT "WHERE id = ?1")
        .bind(1, id)
        .first(readItem);
}

std::optional<CatalogItem> CatalogService::byName(const QString &name)
{
    return m_ledger.db()
        .cached("CatalogService::byName", TZ_CATALOG_SELECT "WHERE name = ?1")
        .bind(1, name.trimmed())
        .first(readItem);
}

QList<CatalogItem> CatalogService::find(const QString &text, int limit)
{
    const QString needle = text.trimmed();
    QList<CatalogItem> result;
    if (needle.isEmpty())
        return result;
    for (const CatalogItem &item : all()) {
        if (item.name.contains(needle) || item.initials.startsWith(needle.toLower())
            || QString(item.pinyin).remove(QLatin1Char(' ')).startsWith(needle.toLower()))
            result.append(item);
        if (result.size() >= limit)
            break;
    }
    return result;
}

} // namespace tz
