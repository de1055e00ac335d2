// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"
#include "support/widgets.h"

#include "core/cases/caseservice.h"
#include "core/grids/gridservice.h"
#include "core/ledger/ledger.h"
#include "core/residents/residentprojection.h"
#include "ui/cases/casespage.h"
#include "ui/residents/residentspage.h"
#include "ui/residents/revealdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tz;
using tz::test::child;
using tz::test::TempLedger;

TEST_CASE("the residents page finds a person, shows the household and cases, and records a reveal", "[ui]")
{
    TempLedger t;
    const QString village = QStringLiteral("451202107001");
    const Actor admin = t.admin();
    Result<Grid> grid = t.ws().grids().createGrid(admin, village, {}, QStringLiteral("第一网格"));
    REQUIRE(grid.ok());
    Result<Household> home = t.ws().grids().createHousehold(admin, grid->id, QStringLiteral("五圩社区3号"));
    REQUIRE(home.ok());
    Result<Resident> head = t.ws().residents().registerResident(admin,
        {QStringLiteral("韦建国"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"),
            QStringLiteral("五圩社区3号"), village, grid->id, home->id, {}});
    REQUIRE(head.ok());
    Result<Resident> wife = t.ws().residents().registerResident(admin,
        {QStringLiteral("蓝秀英"), {}, QStringLiteral("13907785678"), QStringLiteral("五圩社区3号"), village,
            grid->id, home->id, {}});
    REQUIRE(wife.ok());
    for (int i = 0; i < 2; ++i) {
        RegisterCaseInput input;
        input.orgCode = village;
        input.handling = Handling::Fast;
        input.title = QStringLiteral("低保申请 %1").arg(i);
        input.residentId = head->id;
        REQUIRE(t.ws().cases().registerCase(admin, input).ok());
    }
    const Actor clerk = t.user(Role::Clerk, village, QStringLiteral("clerk"));
    ResidentsPage page(t.ws(), clerk);
    page.resize(1280, 760);
    page.show();

    // Found by pinyin initials, typed as a clerk types them.
    auto *search = child<QLineEdit>(&page, "residentSearch");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("wjg"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *results = child<QTableWidget>(&page, "residentResults");
    REQUIRE(results->rowCount() == 1);
    CHECK(results->item(0, 1)->text() == QStringLiteral("1101**********002X"));
    results->setCurrentCell(0, 0);
    CHECK(page.shownResident() == head->id);
    CHECK(child<QLabel>(&page, "residentPhone")->text() == QStringLiteral("138****1234"));
    CHECK(page.cases()->shownCount() == 2);
    auto *household = child<QListWidget>(&page, "household");
    CHECK(household->count() == 2);

    // Tags are saved as an event.
    for (QCheckBox *box : page.findChildren<QCheckBox *>())
        if (box->text() == QStringLiteral("孤寡老人"))
            box->setChecked(true);
    auto *save = child<QPushButton>(&page, "saveTags");
    CHECK(save->isEnabled());
    save->click();
    CHECK(t.ws().residents().byId(head->id)->tags == QStringList {QStringLiteral("孤寡老人")});

    // The full phone: refused without a reason, shown and recorded with one.
    RevealDialog dialog(t.ws().residents(), clerk, head->id, ResidentField::Phone);
    dialog.show();
    dialog.accept();
    CHECK(child<QLabel>(&dialog, "revealError")->isVisible());
    CHECK(dialog.revealed().isEmpty());
    child<QLineEdit>(&dialog, "revealReason")->setText(QStringLiteral("回电告知低保审核结果"));
    dialog.accept();
    CHECK(dialog.revealed() == QStringLiteral("13807781234"));
    CHECK(child<QLabel>(&dialog, "revealedValue")->text() == QStringLiteral("13807781234"));
    const QList<Event> events = t.ws().ledger().events(AggregateType::Resident, head->id);
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().type == residentevents::detailRevealed);
    CHECK(events.last().actor == clerk.userId);
    CHECK(events.last().payload.value(QStringLiteral("reason")).toString()
        == QStringLiteral("回电告知低保审核结果"));

    // The other member of the household opens from the list; a tick not saved yet is asked
    // about first, and kept when the clerk stays.
    const auto openWife = [&] {
        for (int i = 0; i < household->count(); ++i)
            if (household->item(i)->text() == QStringLiteral("蓝秀英"))
                emit household->itemActivated(household->item(i));
    };
    QCheckBox *disabled = nullptr;
    for (QCheckBox *box : page.findChildren<QCheckBox *>())
        if (box->text() == QStringLiteral("残障人士"))
            disabled = box;
    REQUIRE(disabled);
    disabled->setChecked(true);
    auto answered = std::make_shared<bool>(false);
    tz::test::answerNextModal("unsavedStay", answered);
    openWife();
    CHECK(*answered);
    CHECK(page.shownResident() == head->id);
    CHECK(disabled->isChecked());

    answered = std::make_shared<bool>(false);
    tz::test::answerNextModal("unsavedSave", answered);
    openWife();
    CHECK(*answered);
    CHECK(t.ws().residents().byId(head->id)->tags.contains(QStringLiteral("残障人士")));
    CHECK(page.shownResident() == wife->id);
    CHECK(page.cases()->shownCount() == 0);
}
