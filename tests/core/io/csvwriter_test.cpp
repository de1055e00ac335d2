// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

using namespace tz;

namespace {

// The line after the header, as the file holds it.
QByteArray firstRow(const CsvWriter &writer)
{
    return writer.bytes().split('\n').value(1).chopped(1); // without its CR
}

} // namespace

TEST_CASE("a text cell a spreadsheet would run as a formula is written with a quote in front", "[csv]")
{
    for (const QString &text :
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"), QStringLiteral("-2+3"),
            QStringLiteral("@SUM(A1)"), QStringLiteral("\t=1"), QStringLiteral("\r=1")}) {
        CsvWriter writer({QStringLiteral("title")});
        writer.addRow({text});
        const QString written = QString::fromUtf8(firstRow(writer));
        INFO(text.toStdString());
        CHECK((written.startsWith(QStringLiteral("'")) || written.startsWith(QStringLiteral("\"'"))));
        // Read back by our own importers, the cell is what was written.
        Result<CsvTable> back = CsvReader::parse(writer.bytes(), CsvReader::Encoding::Utf8);
        REQUIRE(back.ok());
        CHECK(back->rows.at(0).fields.at(0) == text);
    }
    CsvWriter plain({QStringLiteral("title")});
    plain.addRow({QStringLiteral("路灯不亮 = 三晚")});
    CHECK(firstRow(plain) == QStringLiteral("路灯不亮 = 三晚").toUtf8());
}

TEST_CASE("a number written as a number stays a number, negative or not; the same text does not", "[csv]")
{
    CsvWriter writer({QStringLiteral("days"), QStringLiteral("share"), QStringLiteral("as text")});
    writer.addCells({-5, -0.25, QStringLiteral("-5")});
    CHECK(firstRow(writer) == "-5,-0.25,'-5");
    Result<CsvTable> back = CsvReader::parse(writer.bytes(), CsvReader::Encoding::Utf8);
    REQUIRE(back.ok());
    CHECK(back->rows.at(0).fields
        == QStringList {QStringLiteral("-5"), QStringLiteral("-0.25"), QStringLiteral("-5")});
}

TEST_CASE("a text that already starts with a quote and a formula sign reads back unchanged", "[csv]")
{
    CsvWriter writer({QStringLiteral("note")});
    writer.addRow({QStringLiteral("'=1+2")});
    writer.addRow({QStringLiteral("'引号开头")});
    Result<CsvTable> back = CsvReader::parse(writer.bytes(), CsvReader::Encoding::Utf8);
    REQUIRE(back.ok());
    CHECK(back->rows.at(0).fields.at(0) == QStringLiteral("'=1+2"));
    CHECK(back->rows.at(1).fields.at(0) == QStringLiteral("'引号开头"));
}
