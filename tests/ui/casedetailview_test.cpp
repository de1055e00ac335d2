// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/org/orgservice.h"
#include "core/residents/residentservice.h"
#include "ui/cases/casedetailview.h"

#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001");

// A drop on the view as the viewport reports it (offscreen, no drag is in progress to route one).
bool dropOn(CaseDetailView &view, const QString &file)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    drop.ignore();
    return static_cast<QObject *>(&view)->eventFilter(view.viewport(), &drop) && drop.isAccepted();
}

} // namespace

TEST_CASE("the case detail shows a case's fields masked, its links and its timeline", "[ui][cases]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    Result<Resident> li = t.ws().residents().registerResident(clerk,
        {QStringLiteral("黎承辉"), QStringLiteral("11010519491231002X"), QStringLiteral("13807781234"),
            QStringLiteral("五圩社区1号"), kVillage, {}, {}, {}});
    REQUIRE(li.ok());
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("路灯不亮");
    input.description = QStringLiteral("村口路灯连续三晚不亮");
    input.residentId = li->id;
    Result<CaseRecord> lamp = t.ws().cases().registerCase(clerk, input);
    REQUIRE(lamp.ok());

    CaseDetailView view(t.ws(), clerk);
    view.showCase(lamp.value());
    CHECK(view.shownNumber() == lamp->number);
    const QString text = view.toPlainText();
    CHECK(text.contains(QStringLiteral("路灯不亮")));
    CHECK(text.contains(lamp->number));
    CHECK(text.contains(QStringLiteral("村口路灯连续三晚不亮")));
    CHECK(text.contains(casestate::label(CaseState::Registered)));
    CHECK(text.contains(handling::label(Handling::Fast)));
    CHECK(text.contains(t.ws().org().pathName(kVillage)));
    CHECK(text.contains(QStringLiteral("138****1234"))); // masked
    CHECK_FALSE(text.contains(QStringLiteral("13807781234")));
    CHECK(view.toHtml().contains(QStringLiteral("reveal:idNumber")));
    CHECK(text.contains(QStringLiteral("2026-03-05"))); // the deadline: three working days on
    CHECK(text.contains(QStringLiteral("clerk"))); // who registered it, in the timeline

    // Past its deadline, an open case says so.
    t.setNow(QStringLiteral("2026-03-06T09:00:00"));
    view.showCase(t.ws().cases().byNumber(lamp->number));
    CHECK(view.toPlainText().contains(casestate::label(CaseState::Registered) + QStringLiteral(" (")));

    // A link to another case asks to show it; the view itself does not go anywhere.
    QSignalSpy linked(&view, &CaseDetailView::caseLinkClicked);
    emit view.anchorClicked(QUrl(QStringLiteral("case:20260302-0001")));
    REQUIRE(linked.size() == 1);
    CHECK(linked.first().first().toString() == QStringLiteral("20260302-0001"));
    CHECK(view.shownNumber() == lamp->number);
}

TEST_CASE("files dropped on a case are handed on, and nothing is taken without a case", "[ui][cases]")
{
    TempLedger t;
    const QString number = test::registerAt(t, kVillage, Handling::Routed, QStringLiteral("危房改造申请"));
    CaseDetailView view(t.ws(), t.admin());
    QSignalSpy dropped(&view, &CaseDetailView::filesDropped);
    const QString photo = t.dir() + QStringLiteral("/房屋照片.jpg");

    view.showNote(QStringLiteral("没有符合条件的事项"));
    CHECK(view.toPlainText() == QStringLiteral("没有符合条件的事项"));
    CHECK_FALSE(dropOn(view, photo));
    CHECK(dropped.isEmpty());

    view.showCase(t.ws().cases().byNumber(number));
    CHECK(dropOn(view, photo));
    REQUIRE(dropped.size() == 1);
    CHECK(dropped.first().first().toStringList() == QStringList {photo});
}
