// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// What a registration gets and what it is refused for, whichever way it comes in: a title from its
// service, and the counter's draft checked field by field before anything is saved.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseimport.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"
#include "core/residents/residentservice.h"

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001"); // 五圩社区

} // namespace

TEST_CASE("a case registered without a title is known by its service's name", "[cases]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    const std::optional<CatalogItem> item = t.ws().catalog().byName(QStringLiteral("失业登记"));
    REQUIRE(item);
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.catalogId = item->id;
    input.title = QStringLiteral("  ");
    CHECK(t.ws().cases().titleOf(input) == QStringLiteral("失业登记"));
    Result<CaseRecord> c = t.ws().cases().registerCase(clerk, input);
    REQUIRE(c.ok());
    CHECK(c->title == QStringLiteral("失业登记"));
    CHECK(c->handling == item->handling);

    SECTION("a title given is kept")
    {
        input.title = QStringLiteral("失业登记（补办）");
        Result<CaseRecord> given = t.ws().cases().registerCase(clerk, input);
        REQUIRE(given.ok());
        CHECK(given->title == QStringLiteral("失业登记（补办）"));
    }
    SECTION("without a title or a service, nothing is saved and the title is named")
    {
        RegisterCaseInput bare;
        bare.orgCode = kVillage;
        bare.handling = Handling::Fast;
        const qint64 before = t.ws().ledger().eventCount();
        Result<CaseRecord> refused = t.ws().cases().registerCase(clerk, bare);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("title"));
        CHECK(t.ws().ledger().eventCount() == before);
    }
}

TEST_CASE("the counter's draft names the field at fault, and a new citizen is saved with the case", "[cases]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    CaseService &cases = t.ws().cases();
    RegistrationDraft draft;
    draft.input.orgCode = kVillage;
    draft.input.handling = Handling::Immediate;
    draft.input.title = QStringLiteral("咨询医保报销");
    draft.newResident = ResidentInput {};
    const qint64 before = t.ws().ledger().eventCount();

    const auto fieldAtFault = [&]() -> QString {
        const std::optional<Error> refused = cases.checkDraft(clerk, draft);
        return refused ? refused->field : QString();
    };
    CHECK(fieldAtFault() == QStringLiteral("newResident.name"));
    draft.newResident->name = QStringLiteral("韦小宝");
    draft.newResident->idNumber = QStringLiteral("110105194912310021"); // wrong check digit
    CHECK(fieldAtFault() == QStringLiteral("newResident.idNumber"));
    draft.newResident->idNumber = QStringLiteral("11010519491231002X");
    draft.newResident->phone = QStringLiteral("1380778");
    CHECK(fieldAtFault() == QStringLiteral("newResident.phone"));
    draft.newResident->phone = QStringLiteral("13807781234");
    // The case before the person: an Immediate case resolved on the spot says what was done.
    draft.input.resolveNow = true;
    CHECK(fieldAtFault() == QStringLiteral("resolution"));
    Result<CaseRecord> refused = cases.registerDraft(clerk, draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("resolution"));
    CHECK(draft.newResident.has_value()); // nobody was saved
    CHECK(t.ws().ledger().eventCount() == before);

    draft.input.resolution = QStringLiteral("已当场解答");
    CHECK(fieldAtFault().isEmpty());
    Result<CaseRecord> saved = cases.registerDraft(clerk, draft);
    REQUIRE(saved.ok());
    CHECK_FALSE(draft.newResident.has_value());
    REQUIRE_FALSE(draft.input.residentId.isEmpty());
    CHECK(saved->residentId == draft.input.residentId);
    CHECK(saved->state == CaseState::Resolved);
    const std::optional<Resident> person = t.ws().residents().byId(draft.input.residentId);
    REQUIRE(person);
    CHECK(person->name == QStringLiteral("韦小宝"));
    CHECK(person->orgCode == kVillage); // the case's unit

    SECTION("the same ID number again is refused at the ID number")
    {
        RegistrationDraft again;
        again.input = draft.input;
        again.input.residentId.clear();
        again.newResident = ResidentInput {};
        again.newResident->name = QStringLiteral("韦小宝");
        again.newResident->idNumber = QStringLiteral("11010519491231002X");
        Result<CaseRecord> twice = cases.registerDraft(clerk, again);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().field == QStringLiteral("newResident.idNumber"));
    }
}

TEST_CASE(
    "a row of an old 台账 without a request is known by its service's name, and entered once", "[import]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    Result<CsvTable> table = CsvReader::parse(QStringLiteral("受理时间,诉求内容,服务事项,村（社区）\n"
                                                             "2025-03-04 10:00,,失业登记,八达村\n")
                                                  .toUtf8(),
        CsvReader::Encoding::Utf8);
    REQUIRE(table.ok());
    Workspace &ws = t.ws();
    CaseImport import(ws.ledger(), ws.org(), ws.catalog(), ws.cases());
    const CaseImportMapping mapping = CaseImportMapping::guess(table->header);
    const QList<CaseImportRow> rows = import.check(t.admin(), *table, mapping);
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().problem.isEmpty());
    Result<CaseImportOutcome> done = import.run(t.admin(), table->header, rows);
    REQUIRE(done.ok());
    REQUIRE(done->numbers.size() == 1);
    CHECK(ws.cases().byNumber(done->numbers.constFirst())->title == QStringLiteral("失业登记"));
    // Imported again, it is found under the title it got.
    const QList<CaseImportRow> again = import.check(t.admin(), *table, mapping);
    REQUIRE(again.size() == 1);
    CHECK(again.constFirst().problem.contains(done->numbers.constFirst()));
}
