// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/calendar/workcalendar.h"
#include "core/io/csvreader.h"

using namespace tz;

namespace {

WorkCalendar realCalendar()
{
    Result<CsvTable> table = CsvReader::readFile(
        tz::test::sourcePath(QStringLiteral("resources/calendar/holidays-cn-2025-2026.csv")),
        CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    const CalendarImportReport report = WorkCalendar::parseCsv(*table);
    REQUIRE(report.errors.isEmpty());
    return WorkCalendar(report.days);
}

} // namespace

TEST_CASE(
    "the work calendar puts 3 working days after Friday 2026-01-09 on Wednesday 2026-01-14", "[calendar]")
{
    CHECK(realCalendar().addWorkingDays(QDate(2026, 1, 9), 3) == QDate(2026, 1, 14));
}

TEST_CASE("an Immediate case is due the day it is registered, even on a rest day", "[calendar]")
{
    const WorkCalendar calendar = realCalendar();
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 17), 0) == QDate(2026, 2, 17));
    CHECK(calendar.addWorkingDays(QDate(2026, 1, 10), 0) == QDate(2026, 1, 10));
}

TEST_CASE("Spring Festival 2026: a Fast case on the last working day before it jumps past the holiday",
    "[calendar]")
{
    const WorkCalendar calendar = realCalendar();
    // 2026-02-14 (Saturday) is a make-up workday; 02-15 to 02-23 are holidays.
    CHECK(calendar.isWorkingDay(QDate(2026, 2, 14)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, 16)));
    // Registered Friday 02-13: working days 02-14 (Sat, make-up), 02-24, 02-25.
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 13), 3) == QDate(2026, 2, 25));
    // Registered on the make-up Saturday itself: 02-24, 02-25, 02-26.
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 14), 3) == QDate(2026, 2, 26));
    // A Routed case (5 days) from 02-24 (Tue): 25, 26, 27, 28 (Sat, make-up), 03-02.
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 24), 5) == QDate(2026, 3, 2));
}

TEST_CASE("National Day 2025 with its make-up Sundays and Saturdays", "[calendar]")
{
    const WorkCalendar calendar = realCalendar();
    // 2025-10-01 to 10-08 are holidays; 09-28 (Sun) and 10-11 (Sat) are make-up workdays.
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 28)));
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 11)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 8)));
    // Registered Tuesday 09-30: working days 10-09, 10-10, 10-11 (Sat, make-up).
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 30), 3) == QDate(2025, 10, 11));
    // A Joint case (15 days) registered 09-26 (Fri): 09-28, 09-29, 09-30, then 10-09 onwards.
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 26), 15) == QDate(2025, 10, 23));
}

TEST_CASE("the clock pauses while the case waits for the citizen", "[calendar]")
{
    const WorkCalendar calendar = realCalendar();
    CHECK(calendar.workingDaysBetween(QDate(2026, 1, 6), QDate(2026, 1, 9)) == 3);
    CHECK(calendar.extendForPause(QDate(2026, 1, 8), QDate(2026, 1, 6), QDate(2026, 1, 9))
        == QDate(2026, 1, 13));
    CHECK(calendar.extendForPause(QDate(2026, 1, 8), QDate(2026, 1, 9), QDate(2026, 1, 9))
        == QDate(2026, 1, 8));
    // A pause over a weekend only: no working day lost, no day added.
    CHECK(calendar.extendForPause(QDate(2026, 1, 14), QDate(2026, 1, 9), QDate(2026, 1, 11))
        == QDate(2026, 1, 14));
}

TEST_CASE("a broken holiday file is reported row by row", "[calendar]")
{
    Result<CsvTable> table = CsvReader::parse("date,kind,name\n"
                                              "2026-01-01,holiday,元旦\n"
                                              "2026-13-01,holiday,不存在\n"
                                              "2026-01-05,workday,周一调休\n"
                                              "2026-01-10,rest,周六\n"
                                              "2026-01-01,holiday,重复\n",
        CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    const CalendarImportReport report = WorkCalendar::parseCsv(*table);
    QList<int> lines;
    for (const RowError &e : report.errors)
        lines.append(e.line);
    CHECK(lines == QList<int> {3, 4, 5, 6});
    CHECK(report.days.size() == 1);
}
