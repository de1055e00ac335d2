// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Case actions from the desktop: a 联办 dispatch with a lead and a co-handler, and a refused step
// that says why in place and keeps the dialog open.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "ui/cases/caseactions.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
const QString kVillage = QStringLiteral("451202107001"); // 五圩社区
const QString kOtherVillage = QStringLiteral("451202107201");

} // namespace

TEST_CASE(
    "a 联办 case is dispatched to a lead and a co-handler, and resolving early is refused with the reason",
    "[ui]")
{
    TempLedger t;
    RegisterCaseInput input;
    input.orgCode = kTownship;
    input.handling = Handling::Joint;
    input.title = QStringLiteral("河道垃圾堆积，涉及两个村");
    Result<CaseRecord> registered = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(registered.ok());

    CaseActionBar bar(t.ws(), t.admin());
    bar.setCase(*registered);
    CHECK(bar.findChild<QPushButton *>(QStringLiteral("action-dispatch")));
    CHECK_FALSE(bar.findChild<QPushButton *>(QStringLiteral("action-close")));

    CaseActionDialog dispatch(t.ws(), t.admin(), *registered, CaseAction::Dispatch);
    auto *unit = dispatch.findChild<QComboBox *>(QStringLiteral("dispatchUnit"));
    auto *co = dispatch.findChild<QListWidget *>(QStringLiteral("coHandlers"));
    REQUIRE(unit);
    REQUIRE(co);
    unit->setCurrentIndex(unit->findData(kVillage));
    REQUIRE(unit->currentData().toString() == kVillage);
    // Without a co-handler a 联办 dispatch is refused, and says so.
    CHECK_FALSE(dispatch.run());
    auto *error = dispatch.findChild<QLabel *>(QStringLiteral("actionError"));
    REQUIRE(error);
    CHECK_FALSE(error->isHidden());
    for (int i = 0; i < co->count(); ++i) {
        QListWidgetItem *item = co->item(i);
        if (item->data(Qt::UserRole).toString() == kOtherVillage && item->data(Qt::UserRole + 1).isNull())
            item->setCheckState(Qt::Checked);
    }
    REQUIRE(dispatch.run());
    std::optional<CaseRecord> dispatched = t.ws().cases().byNumber(registered->number);
    REQUIRE(dispatched);
    CHECK(dispatched->state == CaseState::Dispatched);
    CHECK(dispatched->orgCode == kVillage);
    REQUIRE(dispatched->handlers.size() == 2);

    REQUIRE(t.ws().cases().accept(t.admin(), registered->number).ok());
    const std::optional<CaseRecord> accepted = t.ws().cases().byNumber(registered->number);
    CaseActionDialog resolve(t.ws(), t.admin(), *accepted, CaseAction::Resolve);
    auto *text = resolve.findChild<QPlainTextEdit *>(QStringLiteral("actionText"));
    REQUIRE(text);
    text->setPlainText(QStringLiteral("已组织清理"));
    CHECK_FALSE(resolve.run());
    auto *why = resolve.findChild<QLabel *>(QStringLiteral("actionError"));
    CHECK_FALSE(why->isHidden());
    CHECK(why->text().contains(QStringLiteral("451202107201")) == false); // names the unit, not its code
    CHECK(why->text().size() > 10);
    CHECK(text->toPlainText() == QStringLiteral("已组织清理")); // nothing typed is lost
    CHECK(t.ws().cases().byNumber(registered->number)->state == CaseState::Accepted);
}
