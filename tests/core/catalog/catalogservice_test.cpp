// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/catalog/catalogservice.h"
#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"

#include <QFile>

using namespace tz;
using tz::test::TempLedger;

namespace {

// Importing an exported catalog file again defines nothing and records no event.
void reimportChangesNothing(TempLedger &t, const QString &file)
{
    const qint64 events = t.ws().ledger().eventCount();
    Result<TableImportReport> again = t.ws().catalog().importCsv(t.admin(), file);
    REQUIRE(again.ok());
    CHECK(again->errors.isEmpty());
    CHECK(again->changed == 0);
    CHECK(t.ws().ledger().eventCount() == events);
}

} // namespace

TEST_CASE("the default catalog has at least 60 items across the three lists", "[catalog]")
{
    TempLedger t;
    const QList<CatalogItem> items = t.ws().catalog().all();
    CHECK(items.size() >= 60);
    QMap<CatalogList, int> perList;
    for (const CatalogItem &item : items)
        ++perList[item.list];
    CHECK(perList.value(CatalogList::Immediate) >= 5);
    CHECK(perList.value(CatalogList::OnBehalf) >= 30);
    CHECK(perList.value(CatalogList::Advice) >= 5);
    const std::optional<CatalogItem> lamp = t.ws().catalog().byName(QStringLiteral("路灯维修"));
    REQUIRE(lamp);
    CHECK(lamp->handling == Handling::Fast);
    CHECK(lamp->initials == QStringLiteral("ldwx"));
}

TEST_CASE("items are found by two characters or by pinyin initials", "[catalog]")
{
    TempLedger t;
    QStringList names;
    for (const CatalogItem &item : t.ws().catalog().find(QStringLiteral("低保")))
        names.append(item.name);
    for (const CatalogItem &item : t.ws().catalog().find(QStringLiteral("ldwx")))
        names.append(item.name);
    CHECK(names.contains(QStringLiteral("路灯维修")));
}

TEST_CASE("the catalog exports to CSV and re-imports without a change", "[catalog]")
{
    TempLedger t;
    const QString file = t.dir() + QStringLiteral("/catalog.csv");
    REQUIRE(t.ws().catalog().exportCsv(file).ok());
    reimportChangesNothing(t, file);
}

TEST_CASE("a catalog item named like a formula is exported as text and re-imported as it was", "[catalog]")
{
    TempLedger t;
    CatalogItem item;
    item.name = QStringLiteral("=HYPERLINK(\"http://x\")");
    item.department = QStringLiteral("@综合办");
    item.handling = Handling::Fast;
    item.deadlineDays = 3;
    REQUIRE(t.ws().catalog().define(t.admin(), item).ok());
    const QString file = t.dir() + QStringLiteral("/catalog.csv");
    REQUIRE(t.ws().catalog().exportCsv(file).ok());
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(bytes.contains(",'@综合办,3\r\n"));
    reimportChangesNothing(t, file);
}

TEST_CASE("a broken catalog file imports nothing and names each bad row", "[catalog]")
{
    TempLedger t(TempLedger::Data::None);
    Result<CsvTable> table = CsvReader::parse("name,list,handling,department,deadline_days\n"
                                              "路灯维修,代办,fast,住建,3\n"
                                              "开证明,即办,immediate,综合办,2\n"
                                              "低保,其他,routed,民政,20\n"
                                              "纠纷,代办,slow,司法,5\n"
                                              "路灯维修,代办,fast,住建,3\n",
        CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    Result<TableImportReport> report = t.ws().catalog().importCsv(t.admin(), *table);
    REQUIRE(report.ok());
    QList<int> lines;
    for (const RowError &e : report->errors)
        lines.append(e.line);
    CHECK(lines == QList<int> {3, 4, 5, 6});
    CHECK(t.ws().catalog().all().isEmpty());
}
