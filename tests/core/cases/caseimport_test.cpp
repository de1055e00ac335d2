// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseimport.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/sqldatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTimeZone>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kBada = QStringLiteral("451202101200"); // 八达村, 东江镇

qint64 china(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate)
        .toTimeZone(businesstime::zone())
        .toMSecsSinceEpoch();
}

qint64 caseCount(TempLedger &t)
{
    return t.ws().ledger().db().scalar("SELECT count(*) FROM cases");
}

// An old 台账 as Excel on Chinese Windows saves it: GB18030, CRLF.
QString writeOldLedger(TempLedger &t)
{
    const QString text = QString::fromUtf8(
        "受理时间,群众姓名,联系电话,村（社区）,诉求内容,办理类别,办结时间,办理结果\r\n"
        "2025/3/4 14:30,韦建国,13907781234,八达村,村口路灯不亮,分办,2025-03-06,已更换灯泡\r\n"
        "2025年3月5日,覃美兰,,东江镇/八达村民委员会,咨询医保缴费,快办,,已电话告知正在核实\r\n"
        "下周一,莫秀英,,八达村,屋后水沟堵塞,分办,,\r\n"
        "2025-03-07,黄海龙,,不存在村,道路破损,分办,,\r\n"
        "2025-03-08,蓝春花,,八达村,低保咨询,快办,2025-03-09,\r\n"
        ",,,,,,,\r\n");
    QStringEncoder gb18030("GB18030");
    const QByteArray bytes = gb18030.encode(text);
    const QString path = t.dir() + QStringLiteral("/old-ledger.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE(
    "an old 台账 in GB18030 is mapped by its Chinese headers, checked by line and entered as 补录 cases",
    "[import]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    Result<CsvTable> table = CaseImport::read(writeOldLedger(t));
    REQUIRE(table.ok());
    const CaseImportMapping mapping = CaseImportMapping::guess(table->header);
    CHECK(mapping.columns.size() == 8);
    CHECK(mapping.columns.value(ImportField::Title) == 4);
    CHECK(mapping.columns.value(ImportField::Unit) == 3);

    Workspace &ws = t.ws();
    CaseImport import(ws.ledger(), ws.org(), ws.catalog(), ws.cases());
    const QList<CaseImportRow> rows = import.check(t.admin(), *table, mapping);
    REQUIRE(rows.size() == 5); // the empty line is no row
    CHECK(rows.at(0).problem.isEmpty());
    CHECK(rows.at(1).problem.isEmpty());
    CHECK(rows.at(2).line == 4);
    CHECK(rows.at(2).problem.contains(QStringLiteral("下周一")));
    CHECK(rows.at(3).problem.contains(QStringLiteral("不存在村")));
    CHECK(rows.at(4).line == 6); // resolved, but nothing says what was done
    CHECK_FALSE(rows.at(4).problem.isEmpty());

    // All or nothing: one bad row and nothing is entered.
    const qint64 before = caseCount(t);
    Result<CaseImportOutcome> refused = import.run(t.admin(), table->header, rows);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("4")));
    CHECK(caseCount(t) == before);

    // Or the good rows, the others to a file to fix.
    const QString rejects = t.dir() + QStringLiteral("/rejected.csv");
    Result<CaseImportOutcome> done = import.run(t.admin(), table->header, rows, rejects);
    REQUIRE(done.ok());
    CHECK(done->numbers.size() == 2);
    CHECK(done->rejected == 3);
    CHECK(caseCount(t) == before + 2);
    Result<CsvTable> left = CsvReader::readFile(rejects, CsvReader::Encoding::Utf8);
    REQUIRE(left.ok());
    CHECK(left->rows.size() == 3);
    CHECK(left->header.size() == table->header.size() + 2);
    CHECK(left->rows.at(0).fields.at(0) == QStringLiteral("下周一"));
    CHECK(left->rows.at(0).fields.at(table->header.size()) == QStringLiteral("4"));

    const CaseRecord lamp = *ws.cases().byNumber(done->numbers.at(0));
    CHECK(lamp.backfilled);
    CHECK(lamp.registeredAt == china("2025-03-04T14:30:00+08:00"));
    CHECK(lamp.originOrg == kBada);
    CHECK(lamp.residentName == QStringLiteral("韦建国"));
    CHECK(lamp.phone == QStringLiteral("13907781234"));
    CHECK(lamp.handling == Handling::Routed);
    CHECK(lamp.state == CaseState::Resolved);
    CHECK(lamp.resolvedAt == china("2025-03-06T09:00:00+08:00"));
    CHECK(lamp.resolution == QStringLiteral("已更换灯泡"));
    CHECK(lamp.number.startsWith(QStringLiteral("20250304-")));
    const CaseRecord advice = *ws.cases().byNumber(done->numbers.at(1));
    CHECK(advice.state == CaseState::Registered); // open: the note of progress joins its description
    CHECK(advice.description.contains(QStringLiteral("正在核实")));
    CHECK(advice.originOrg == kBada);

    // The same file again: what is in the ledger is not entered twice.
    const QList<CaseImportRow> again = import.check(t.admin(), *table, mapping);
    CHECK(again.at(0).problem.contains(lamp.number));
    CHECK(again.at(1).problem.contains(advice.number));

    // A fresh fold of the events gives the same tables.
    Result<VerifyReport> report = LedgerVerifier(ws.ledger()).verify();
    REQUIRE(report.ok());
    CHECK(report->ok);
}

TEST_CASE("a saved import mapping names columns by their headers and says which one a file lacks", "[import]")
{
    const QStringList header {QStringLiteral("日期"), QStringLiteral("问题"), QStringLiteral("村")};
    CaseImportMapping mapping = CaseImportMapping::guess(header);
    mapping.defaultUnit = kBada;
    mapping.defaultHandling = Handling::Fast;
    const QJsonObject json = mapping.toJson(header);
    const QStringList moved {
        QStringLiteral("村"), QStringLiteral("备注"), QStringLiteral("日期"), QStringLiteral("问题")};
    Result<CaseImportMapping> back = CaseImportMapping::fromJson(json, moved);
    REQUIRE(back.ok());
    CHECK(back->columns.value(ImportField::RegisteredAt) == 2);
    CHECK(back->columns.value(ImportField::Title) == 3);
    CHECK(back->columns.value(ImportField::Unit) == 0);
    CHECK(back->defaultUnit == kBada);
    CHECK(back->defaultHandling == Handling::Fast);
    Result<CaseImportMapping> lacking = CaseImportMapping::fromJson(json, {QStringLiteral("日期")});
    REQUIRE_FALSE(lacking.ok());
    CHECK(lacking.error().message.contains(QStringLiteral("问题")));
}

TEST_CASE("dates of an old 台账 are read as people and Excel write them, in China time", "[import]")
{
    const qint64 morning = china("2025-03-04T09:00:00+08:00");
    CHECK(CaseImport::parseDate(QStringLiteral("2025-03-04")) == morning);
    CHECK(CaseImport::parseDate(QStringLiteral("2025/3/4")) == morning);
    CHECK(CaseImport::parseDate(QStringLiteral("2025.3.4")) == morning);
    CHECK(CaseImport::parseDate(QStringLiteral("2025年3月4日")) == morning);
    CHECK(CaseImport::parseDate(QStringLiteral("2025-03-04 14:30")) == china("2025-03-04T14:30:00+08:00"));
    CHECK(CaseImport::parseDate(QStringLiteral("45720")) == china("2025-03-04T00:00:00+08:00"));
    CHECK_FALSE(CaseImport::parseDate(QStringLiteral("2025-02-30")));
    CHECK_FALSE(CaseImport::parseDate(QStringLiteral("三月四日")));
    CHECK_FALSE(CaseImport::parseDate(QString()));
}

TEST_CASE("a case resolved the day it came, the day written without a time, is imported resolved", "[import]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    Result<CsvTable> table
        = CsvReader::parse(QStringLiteral("受理时间,诉求内容,村（社区）,办结时间,办理结果\n"
                                          "2025-03-04 14:30,村口路灯不亮,八达村,2025-03-04,已修好\n")
                               .toUtf8(),
            CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    Workspace &ws = t.ws();
    CaseImport import(ws.ledger(), ws.org(), ws.catalog(), ws.cases());
    const QList<CaseImportRow> rows
        = import.check(t.admin(), *table, CaseImportMapping::guess(table->header));
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().problem.isEmpty());
    CHECK(rows.constFirst().input.resolvedAt == china("2025-03-04T14:30:00+08:00"));
}

TEST_CASE("a megabyte in one cell of an old 台账 is quoted back in a line, not whole", "[import]")
{
    TempLedger t;
    const QString huge = QString(1024 * 1024, QLatin1Char('x'));
    const QString path = t.dir() + QStringLiteral("/huge.csv");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("受理时间,村（社区）,诉求内容\n%1,八达村,路灯\n2025-03-04,%1,路灯\n")
                       .arg(huge)
                       .toUtf8());
    }
    Result<CsvTable> table = CaseImport::read(path);
    REQUIRE(table.ok());
    Workspace &ws = t.ws();
    CaseImport import(ws.ledger(), ws.org(), ws.catalog(), ws.cases());
    const QList<CaseImportRow> rows
        = import.check(t.admin(), *table, CaseImportMapping::guess(table->header));
    REQUIRE(rows.size() == 2);
    for (const CaseImportRow &row : rows) {
        CHECK_FALSE(row.problem.isEmpty());
        CHECK(row.problem.size() < 200);
        CHECK(row.problem.contains(QStringLiteral("xxxx…")));
    }
}
