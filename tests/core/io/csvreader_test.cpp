// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

#include <QStringEncoder>

using namespace tz;

TEST_CASE("CSV as spreadsheets write it: quotes, commas and line breaks in fields, CRLF, BOM", "[csv]")
{
    Result<CsvTable> t = CsvReader::parse("\xEF\xBB\xBFname,note\r\n"
                                          "\"王,五\",\"说\"\"你好\"\"\"\r\n"
                                          "\r\n"
                                          "李四,\"第一行\n第二行\"\r\n"
                                          "赵六,末行",
        CsvReader::Encoding::Utf8);
    REQUIRE(t.ok());
    CHECK(t->header == QStringList {QStringLiteral("name"), QStringLiteral("note")});
    REQUIRE(t->rows.size() == 3);
    CHECK(t->rows.at(0).fields == QStringList {QStringLiteral("王,五"), QStringLiteral("说\"你好\"")});
    CHECK(t->rows.at(0).line == 2);
    CHECK(t->rows.at(1).fields.at(1) == QStringLiteral("第一行\n第二行"));
    CHECK(t->rows.at(1).line == 4);
    CHECK(t->rows.at(2).line == 6);
    CHECK(t->columnIndex(u"NOTE") == 1);
}

TEST_CASE("invalid UTF-8 is refused with its line, or read as GB18030 when asked", "[csv]")
{
    QStringEncoder gbk("GB18030");
    const QByteArray gbBytes = "name\n" + QByteArray(gbk.encode(QStringLiteral("河池市"))) + "\n";
    Result<CsvTable> strict = CsvReader::parse(gbBytes, CsvReader::Encoding::Utf8);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().message.contains(QStringLiteral("2")));
    Result<CsvTable> automatic = CsvReader::parse(gbBytes, CsvReader::Encoding::Auto);
    REQUIRE(automatic.ok());
    CHECK(automatic->rows.at(0).fields.at(0) == QStringLiteral("河池市"));
}

TEST_CASE("control characters and unclosed quotes are refused", "[csv]")
{
    CHECK_FALSE(CsvReader::parse("a,b\n1,x\x01y\n", CsvReader::Encoding::Utf8).ok());
    CHECK_FALSE(CsvReader::parse("a,b\n1,\"open\n", CsvReader::Encoding::Utf8).ok());
    CHECK_FALSE(CsvReader::parse("", CsvReader::Encoding::Utf8).ok());
}

TEST_CASE("what CsvWriter writes, CsvReader reads back", "[csv]")
{
    CsvWriter writer({QStringLiteral("a"), QStringLiteral("b")});
    writer.addRow({QStringLiteral("逗,号"), QStringLiteral("引\"号")});
    writer.addRow({QStringLiteral("换\n行"), QStringLiteral(" 空格 ")});
    CHECK(writer.bytes().startsWith("\xEF\xBB\xBF"));
    Result<CsvTable> back = CsvReader::parse(writer.bytes(), CsvReader::Encoding::Utf8);
    REQUIRE(back.ok());
    CHECK(back->rows.at(0).fields == QStringList {QStringLiteral("逗,号"), QStringLiteral("引\"号")});
    CHECK(back->rows.at(1).fields == QStringList {QStringLiteral("换\n行"), QStringLiteral(" 空格 ")});
}
