// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/zipentry.h"

#include "core/io/xlsxbook.h"

#include <QTemporaryDir>

using namespace tz;
using tz::test::zipEntry;

TEST_CASE("a text cell of a workbook that looks like a formula is written as text", "[xlsx]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("list.xlsx"));
    XlsxBook book(file);
    const int sheet
        = book.addSheet(QStringLiteral("事项"), {{QStringLiteral("标题")}, {QStringLiteral("天数")}});
    book.addRow(sheet, {QStringLiteral("=cmd|' /C calc'!A0"), -5});
    book.addRow(sheet, {QStringLiteral("@SUM(A1)"), QStringLiteral("+1")});
    REQUIRE(book.close().ok());
    const QString xml = zipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE_FALSE(xml.isEmpty());
    CHECK_FALSE(xml.contains(QStringLiteral("<f>")));
    CHECK(xml.contains(QStringLiteral("<v>-5</v>"))); // a number stays a number
    // Written in constant memory, text is inline in the sheet (else in the shared strings).
    const QString text = xml + zipEntry(file, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(text.contains(QStringLiteral("=cmd|' /C calc'!A0")));
    CHECK(text.contains(QStringLiteral("@SUM(A1)")));
}
