// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseexport.h"
#include "core/cases/caselist.h"
#include "core/cases/caseservice.h"
#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"
#include "core/residents/residentservice.h"

#include <QFile>

#include <algorithm>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kWuxu = QStringLiteral("451202107001");
const QString kSanjing = QStringLiteral("451202107201");
const QString kDongjiang = QStringLiteral("451202101200");
const QString kYizhou = QStringLiteral("451203001001");

// Six cases over three days in four villages of two counties, of every class but 联办.
QStringList registerSix(TempLedger &t)
{
    const Actor admin = t.admin();
    const struct
    {
        const char *at;
        QString org;
        Handling handling;
    } plan[] = {
        {"2026-03-02T09:00:00", kWuxu, Handling::Routed},
        {"2026-03-02T10:00:00", kSanjing, Handling::Fast},
        {"2026-03-03T09:00:00", kDongjiang, Handling::Routed},
        {"2026-03-03T11:00:00", kWuxu, Handling::Fast},
        {"2026-03-04T09:00:00", kYizhou, Handling::Fast},
        {"2026-03-04T15:00:00", kWuxu, Handling::Immediate},
    };
    QStringList numbers;
    for (const auto &p : plan) {
        t.setNow(QString::fromLatin1(p.at));
        RegisterCaseInput input;
        input.orgCode = p.org;
        input.handling = p.handling;
        input.title = QStringLiteral("诉求 %1").arg(numbers.size());
        Result<CaseRecord> c = t.ws().cases().registerCase(admin, input);
        REQUIRE(c.ok());
        numbers.append(c->number);
    }
    return numbers;
}

// Every row of the filter, read two at a time.
QList<CaseRow> inPagesOfTwo(CaseList &list, const CaseFilter &filter)
{
    QList<CaseRow> rows;
    QList<CaseRow> page = list.page(filter, nullptr, 2);
    while (!page.isEmpty()) {
        rows += page;
        const CaseRow last = page.constLast();
        page = list.page(filter, &last, 2);
    }
    return rows;
}

} // namespace

TEST_CASE("a case list pages through each order without skipping or repeating a case", "[cases]")
{
    TempLedger t;
    const QStringList numbers = registerSix(t);
    CaseList list(t.ws().ledger().db());
    QList<CaseRow> all = list.page({}, nullptr, 100);
    REQUIRE(all.size() == 6);

    CaseFilter filter;
    QList<CaseRow> newest = inPagesOfTwo(list, filter);
    QStringList got;
    for (const CaseRow &row : newest)
        got.append(row.number);
    QStringList expected = numbers;
    std::reverse(expected.begin(), expected.end());
    CHECK(got == expected);

    filter.order = CaseOrder::Oldest;
    got.clear();
    for (const CaseRow &row : inPagesOfTwo(list, filter))
        got.append(row.number);
    CHECK(got == numbers);

    // Nearest deadline first; equal deadlines in registration order.
    filter.order = CaseOrder::DeadlineFirst;
    QList<CaseRow> byDeadline = inPagesOfTwo(list, filter);
    REQUIRE(byDeadline.size() == 6);
    std::stable_sort(all.begin(), all.end(), [](const CaseRow &a, const CaseRow &b) {
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.rid < b.rid;
    });
    for (int i = 0; i < 6; ++i)
        CHECK(byDeadline.at(i).number == all.at(i).number);
    CHECK(byDeadline.first().handling == Handling::Immediate);
}

TEST_CASE("cases are counted by unit in one pass, at any level of the tree", "[cases]")
{
    TempLedger t;
    registerSix(t);
    CaseList list(t.ws().ledger().db());
    const QHash<QString, qint64> counties = list.countByUnit({}, 6);
    CHECK(counties.value(QStringLiteral("451202")) == 5);
    CHECK(counties.value(QStringLiteral("451203")) == 1);
    CHECK(counties.size() == 2);

    CaseFilter township;
    township.orgCode = QStringLiteral("451202107000");
    township.handling = Handling::Fast;
    const QHash<QString, qint64> villages = list.countByUnit(township, 12);
    CHECK(villages.value(kWuxu) == 1);
    CHECK(villages.value(kSanjing) == 1);
    CHECK(villages.size() == 2);
}

TEST_CASE("follow-ups are found by the day they were made and by the citizen's answer", "[cases]")
{
    TempLedger t;
    const QStringList numbers = registerSix(t);
    const Actor admin = t.admin();
    CaseService &cases = t.ws().cases();
    const Satisfaction answers[]
        = {Satisfaction::Satisfied, Satisfaction::Unsatisfied, Satisfaction::Satisfied};
    for (int i = 0; i < 3; ++i) {
        t.setNow(QStringLiteral("2026-03-%1T10:00:00").arg(10 + i));
        DispatchInput to;
        to.lead.orgCode = kWuxu;
        REQUIRE(cases.dispatch(admin, numbers.at(i), to).ok());
        REQUIRE(cases.accept(admin, numbers.at(i)).ok());
        REQUIRE(cases.resolve(admin, numbers.at(i), QStringLiteral("已办结")).ok());
        t.setNow(QStringLiteral("2026-03-%1T16:00:00").arg(20 + i * 10 / 3));
        REQUIRE(cases.followUp(admin, numbers.at(i), answers[i], QString()).ok());
    }
    CaseList list(t.ws().ledger().db());
    CaseFilter march;
    march.followedUpFrom = QDate(2026, 3, 1);
    march.followedUpTo = QDate(2026, 3, 31);
    CHECK(list.count(march) == 3);
    march.satisfaction = Satisfaction::Unsatisfied;
    CHECK(list.count(march) == 1);
    CaseFilter lateMarch;
    lateMarch.followedUpFrom = QDate(2026, 3, 23);
    CHECK(list.count(lateMarch) == 2);
}

TEST_CASE("a CSV export writes every case of the list, or nothing when cancelled", "[cases]")
{
    TempLedger t;
    registerSix(t);
    CaseFilter filter;
    filter.orgCode = QStringLiteral("451202000000");
    const QString file = t.dir() + QStringLiteral("/cases.csv");
    qint64 lastDone = 0;
    Result<qint64> written = CaseExport::toCsv(t.path(), filter,
        {CaseField::Number, CaseField::Unit, CaseField::Handling}, file, [&](qint64 done, qint64 total) {
            lastDone = done;
            CHECK(total == 5);
            return true;
        });
    REQUIRE(written.ok());
    CHECK(*written == 5);
    CHECK(lastDone == 5);
    Result<CsvTable> table = CsvReader::readFile(file, CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 5);
    CHECK(table->header.size() == 3);
    CHECK(table->rows.first().fields.at(1) == QStringLiteral("五圩社区居民委员会"));
    CHECK(table->rows.first().fields.at(2) == handling::label(Handling::Immediate));

    QFile::remove(file);
    Result<qint64> cancelled
        = CaseExport::toCsv(t.path(), filter, casefield::all(), file, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == ErrorKind::Cancelled);
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("a case title that a spreadsheet would run as a formula is exported as text", "[cases]")
{
    TempLedger t;
    RegisterCaseInput input;
    input.orgCode = kWuxu;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("=cmd|' /C calc'!A0");
    REQUIRE(t.ws().cases().registerCase(t.admin(), input).ok());
    CaseFilter filter;
    const QString file = t.dir() + QStringLiteral("/cases.csv");
    REQUIRE(CaseExport::toCsv(t.path(), filter, {CaseField::Number, CaseField::Title}, file, {}).ok());
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK(bytes.contains(",'=cmd|' /C calc'!A0\r\n"));
    CHECK_FALSE(bytes.contains(",=cmd"));
    Result<CsvTable> table = CsvReader::readFile(file, CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    CHECK(table->rows.first().fields.at(1) == input.title);
}

TEST_CASE("a printed list shows its first cases and says how many the list holds", "[cases]")
{
    TempLedger t;
    registerSix(t);
    CaseFilter filter;
    filter.orgCode = QStringLiteral("451202000000");
    Result<QString> html = CaseExport::toHtml(
        t.path(), filter, {CaseField::Number, CaseField::Unit}, QStringLiteral("事项清单 <测试>"), 3);
    REQUIRE(html.ok());
    CHECK(html->count(QStringLiteral("<tr>")) == 4); // the header and three cases
    CHECK(html->contains(QStringLiteral("事项清单 &lt;测试&gt;")));
    CHECK(html->contains(QStringLiteral("3")));
    CHECK(html->contains(QStringLiteral("5")));
    Result<QString> all = CaseExport::toHtml(t.path(), filter, {CaseField::Number}, QStringLiteral("全部"));
    REQUIRE(all.ok());
    CHECK(all->count(QStringLiteral("<tr>")) == 6);
}

TEST_CASE("the list's search box finds a case by its number, a phone's last digits or initials", "[cases]")
{
    TempLedger t;
    const QStringList numbers = registerSix(t);
    Result<Resident> wei = t.ws().residents().registerResident(t.admin(),
        {QStringLiteral("韦建国"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"), {},
            kWuxu, {}, {}, {}});
    REQUIRE(wei.ok());
    RegisterCaseInput input;
    input.orgCode = kWuxu;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("低保复审");
    input.residentId = wei->id;
    Result<CaseRecord> his = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(his.ok());
    CaseList list(t.ws().ledger().db());
    const auto found = [&list](const QString &text) {
        CaseFilter filter;
        filter.text = text;
        QStringList result;
        for (const CaseRow &row : inPagesOfTwo(list, filter))
            result.append(row.number);
        CHECK(list.count(filter) == result.size());
        return result;
    };
    CHECK(found(numbers.at(2)) == QStringList {numbers.at(2)});
    CHECK(found(numbers.at(2).toLower()) == QStringList {numbers.at(2)});
    CHECK(found(QStringLiteral("1234")) == QStringList {his->number});
    CHECK(found(QStringLiteral("002x")) == QStringList {his->number});
    CHECK(found(QStringLiteral("wjg")) == QStringList {his->number});
    CHECK(found(QStringLiteral("低保")) == QStringList {his->number});
    CHECK(found(numbers.at(0).left(8)).size() == 2); // the day's date: that day's cases
    CHECK(found(QStringLiteral("123")).isEmpty());
}
