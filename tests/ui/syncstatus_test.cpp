// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"
#include "support/testserver.h"
#include "support/widgets.h"

#include "calendar/calendarservice.h"
#include "ledger/ledger.h"
#include "sync/enrolldialog.h"
#include "sync/syncservice.h"
#include "sync/syncstatus.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace tz;
using tz::test::child;
using tz::test::TempLedger;
using tz::test::TestServer;

TEST_CASE("the status bar connects to a server with a one-time code and shows the sync", "[ui]")
{
    TestServer server;
    TempLedger t;
    SyncService sync(t.ws().ledger());
    SyncStatus status(sync);
    status.show();
    auto *text = child<QLabel>(&status, "syncText");
    CHECK(text->text() == QStringLiteral("Offline (no sync server)"));

    // A wrong code first: the dialog says so and stays; then the right one.
    const QString code = server.enrollmentCode(QStringLiteral("451200000000"));
    bool sawRefusal = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EnrollDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QLineEdit>(dialog, "enrollServer")->setText(server.url().toString());
        child<QLineEdit>(dialog, "enrollCode")->setText(QStringLiteral("WRONG00000"));
        QTest::keyClick(child<QLineEdit>(dialog, "enrollCode"), Qt::Key_Return);
        auto *message = child<QLabel>(dialog, "enrollMessage");
        REQUIRE(QTest::qWaitFor([&] { return message->text().contains(QStringLiteral("wrong")); }, 10000));
        sawRefusal = true;
        child<QLineEdit>(dialog, "enrollCode")->setText(code);
        QTest::keyClick(child<QLineEdit>(dialog, "enrollCode"), Qt::Key_Return);
    });
    child<QToolButton>(&status, "syncButton")->click();
    CHECK(sawRefusal);
    CHECK(sync.client().isEnrolled());

    // The first sync runs on its own after the enrollment, without blocking the window.
    REQUIRE(QTest::qWaitFor(
        [&] { return sync.state() == SyncService::State::Idle && sync.client().lastSyncMs(); }, 20000));
    CHECK(sync.lastReport().pushed == t.ws().ledger().eventCount());
    CHECK(text->text().startsWith(QStringLiteral("Synced")));

    // The server gone: a failure says when it tries again, and what waits to be sent.
    server.stop();
    REQUIRE(t.ws()
                .calendar()
                .setSetting(t.admin(), QStringLiteral("center.name"), QStringLiteral("五圩镇党群服务中心"))
                .ok());
    sync.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return sync.state() == SyncService::State::Failed; }, 20000));
    CHECK(text->text().contains(QStringLiteral("retry at")));
    CHECK(text->text().contains(QStringLiteral("1 to send")));
    CHECK(sync.message().contains(QStringLiteral("cannot be reached")));
}
