// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/residents/residentprojection.h"
#include "core/residents/residentservice.h"

using namespace tz;
using tz::test::TempLedger;

TEST_CASE(
    "a full number is shown only for a reason, to those who serve the resident, and recorded", "[residents]")
{
    TempLedger t;
    const QString village = QStringLiteral("451202107001");
    Result<Resident> li = t.ws().residents().registerResident(t.admin(),
        {QStringLiteral("黎承辉"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"), {},
            village, {}, {}, {}});
    REQUIRE(li.ok());
    const Actor clerk = t.user(Role::Clerk, village, QStringLiteral("clerk"));
    const Actor far = t.user(Role::Handler, QStringLiteral("451203001001"), QStringLiteral("far"));
    CHECK(t.ws().residents().reveal(clerk, li->id, ResidentField::Phone, QStringLiteral(" ")).error().field
        == QStringLiteral("reason"));
    CHECK(t.ws().residents().reveal(far, li->id, ResidentField::Phone, QStringLiteral("回电")).error().kind
        == ErrorKind::Forbidden);
    // A case of the resident dispatched to the far unit lets its handler call back.
    RegisterCaseInput input;
    input.orgCode = village;
    input.handling = Handling::Routed;
    input.title = QStringLiteral("低保申请");
    input.residentId = li->id;
    Result<CaseRecord> c = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(c.ok());
    DispatchInput to;
    to.lead.orgCode = QStringLiteral("451203001001");
    REQUIRE(t.ws().cases().dispatch(t.admin(), c->number, to).ok());
    Result<QString> phone
        = t.ws().residents().reveal(far, li->id, ResidentField::Phone, QStringLiteral("回电"));
    REQUIRE(phone.ok());
    CHECK(*phone == QStringLiteral("13807781234"));
    CHECK(t.ws().ledger().events(AggregateType::Resident, li->id).last().type
        == residentevents::detailRevealed);
}
