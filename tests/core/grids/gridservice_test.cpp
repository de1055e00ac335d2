// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/grids/gridservice.h"
#include "core/residents/residentservice.h"

using namespace tz;
using tz::test::TempLedger;

TEST_CASE("grids nest below a village and households live in the smallest grid", "[grids]")
{
    TempLedger t;
    const Actor admin = t.admin();
    const QString village = QStringLiteral("451202107001");
    GridService &grids = t.ws().grids();
    Result<Grid> group = grids.createGrid(admin, village, {}, QStringLiteral("第一村民小组"));
    REQUIRE(group.ok());
    Result<Grid> ten = grids.createGrid(admin, village, group->id, QStringLiteral("十户联防一组"));
    REQUIRE(ten.ok());
    CHECK(grids.children(group->id).size() == 1);

    const Actor worker = t.user(Role::GridWorker, village, QStringLiteral("grid"));
    REQUIRE(grids.assignCaptain(admin, ten->id, worker.userId).ok());
    REQUIRE(grids.addWorker(admin, ten->id, worker.userId).ok());
    CHECK(grids.grid(ten->id)->captainId == worker.userId);
    CHECK(grids.grid(ten->id)->workerIds == QStringList {worker.userId});

    Result<Household> notSmallest = grids.createHousehold(admin, group->id, QStringLiteral("五圩社区3号"));
    REQUIRE_FALSE(notSmallest.ok());
    CHECK(notSmallest.error().field == QStringLiteral("grid"));
    Result<Household> home = grids.createHousehold(worker, ten->id, QStringLiteral("五圩社区3号"));
    REQUIRE(home.ok());

    Result<Resident> head = t.ws().residents().registerResident(worker,
        {QStringLiteral("韦建国"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"),
            QStringLiteral("五圩社区3号"), village, ten->id, home->id, {QStringLiteral("孤寡老人")}});
    REQUIRE(head.ok());
    REQUIRE(grids.setHouseholdHead(worker, home->id, head->id).ok());
    CHECK(grids.household(home->id)->headId == head->id);
    CHECK(t.ws().residents().household(home->id).size() == 1);

    Result<Grid> bad
        = grids.createGrid(admin, QStringLiteral("451202107000"), {}, QStringLiteral("镇里网格"));
    REQUIRE_FALSE(bad.ok());
    const Actor clerk = t.user(Role::Clerk, village, QStringLiteral("clerk"));
    CHECK_FALSE(grids.createGrid(clerk, village, {}, QStringLiteral("x")).ok());
}

TEST_CASE("a resident's ID number is checked and never registered twice", "[residents]")
{
    TempLedger t;
    const Actor admin = t.admin();
    ResidentInput input {QStringLiteral("黎承辉"), QStringLiteral("110105194912310021"), {}, {},
        QStringLiteral("451202107001"), {}, {}, {}};
    Result<Resident> wrong = t.ws().residents().registerResident(admin, input);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("idNumber"));
    input.idNumber = QStringLiteral("11010519491231002x");
    Result<Resident> ok = t.ws().residents().registerResident(admin, input);
    REQUIRE(ok.ok());
    CHECK(ok->idNumber == QStringLiteral("11010519491231002X"));
    CHECK(ok->initials == QStringLiteral("lch"));
    CHECK(t.ws().residents().registerResident(admin, input).error().kind == ErrorKind::Conflict);
    CHECK(t.ws().residents().find(QStringLiteral("002X")).isEmpty());
    CHECK(t.ws().residents().find(QStringLiteral("lc")).size() == 1);
    input.tags = {QStringLiteral("不存在的人群")};
    CHECK(t.ws().residents().update(admin, ok->id, input).error().field == QStringLiteral("tags"));
}

TEST_CASE("a grid's captain and workers are the village's grid workers", "[grids]")
{
    TempLedger t;
    const Actor admin = t.admin();
    const QString village = QStringLiteral("451202107001");
    GridService &grids = t.ws().grids();
    Result<Grid> grid = grids.createGrid(admin, village, {}, QStringLiteral("第二网格"));
    REQUIRE(grid.ok());
    const Actor worker = t.user(Role::GridWorker, village, QStringLiteral("grid"));
    const Actor clerk = t.user(Role::Clerk, village, QStringLiteral("clerk"));
    const Actor elsewhere = t.user(Role::GridWorker, QStringLiteral("451202107201"), QStringLiteral("grid2"));

    const QList<User> eligible = grids.eligiblePeople(village);
    REQUIRE(eligible.size() == 1);
    CHECK(eligible.first().id == worker.userId);

    for (const Actor &wrong : {clerk, elsewhere}) {
        CAPTURE(wrong.login);
        const Status captain = grids.assignCaptain(admin, grid->id, wrong.userId);
        REQUIRE_FALSE(captain.ok());
        CHECK(captain.error().field == QStringLiteral("user"));
        CHECK_FALSE(grids.addWorker(admin, grid->id, wrong.userId).ok());
    }
    CHECK(grids.grid(grid->id)->captainId.isEmpty());
    CHECK(grids.grid(grid->id)->workerIds.isEmpty());
    CHECK(grids.assignCaptain(admin, grid->id, worker.userId).ok());
    CHECK(grids.addWorker(admin, grid->id, worker.userId).ok());
    // The village's list shows each grid's workers too (the settings tab lists them from it).
    REQUIRE(grids.grids(village).size() == 1);
    CHECK(grids.grids(village).first().workerIds == QStringList {worker.userId});

    // A supervisor of the township manages it; a clerk does not.
    const Actor supervisor = t.user(Role::Supervisor, QStringLiteral("451202107000"), QStringLiteral("boss"));
    CHECK(grids.removeWorker(supervisor, grid->id, worker.userId).ok());
    CHECK_FALSE(grids.addWorker(clerk, grid->id, worker.userId).ok());
}

TEST_CASE("a village's grids are listed in the order they were made", "[grids]")
{
    TempLedger t;
    const QString village = QStringLiteral("451202107201");
    GridService &grids = t.ws().grids();
    const QStringList names {QStringLiteral("第一网格"), QStringLiteral("第二网格"),
        QStringLiteral("第三网格"), QStringLiteral("第四网格")};
    for (const QString &name : names)
        REQUIRE(grids.createGrid(t.admin(), village, {}, name).ok());
    QStringList listed;
    for (const Grid &grid : grids.grids(village))
        listed.append(grid.name);
    CHECK(listed == names); // by name, 第三 would come before 第二
}
