// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/templedger.h"
#include "support/testserver.h"
#include "support/widgets.h"

#include "core/calendar/calendarservice.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textindexbacklog.h"
#include "core/search/searchservice.h"
#include "core/search/textindexer.h"
#include "core/settings/settings.h"
#include "core/sync/syncservice.h"
#include "ui/sync/enrolldialog.h"
#include "ui/sync/syncstatus.h"

#include <QDir>
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
                .settings()
                .setText(t.admin(), QStringLiteral("center.name"), QStringLiteral("五圩镇党群服务中心"))
                .ok());
    sync.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return sync.state() == SyncService::State::Failed; }, 20000));
    CHECK(text->text().contains(QStringLiteral("retry at")));
    CHECK(text->text().contains(QStringLiteral("1 to send")));
    CHECK(sync.message().contains(QStringLiteral("cannot be reached")));
}

TEST_CASE("a new laptop's window takes its unit's copy in one go and indexes it in the background", "[ui]")
{
    TestServer server;
    tz::test::Origin origin(server);
    {
        Ledger::Batch batch(origin.t.ws().ledger());
        for (int i = 0; i < 300; ++i) {
            RegisterCaseInput input;
            input.orgCode = tz::test::kVillage;
            input.handling = Handling::Fast;
            input.title = QStringLiteral("路灯不亮第%1处").arg(i);
            REQUIRE(origin.t.ws().cases().registerCase(origin.t.admin(), input).ok());
        }
        batch.commit();
    }
    REQUIRE(origin.client->sync().ok());
    const QString code = server.enrollmentCode(tz::test::kTownship); // builds the township's copy

    QTemporaryDir dir;
    Workspace::InitOptions replica;
    replica.replica = true;
    std::unique_ptr<Workspace> laptop
        = std::move(*Workspace::init(QDir(dir.path()).filePath(QStringLiteral("laptop.taizhang")), replica));
    SyncService sync(laptop->ledger());
    SyncStatus status(sync);
    TextIndexer indexer(laptop->ledger());
    QObject::connect(&indexer, &TextIndexer::progressed, &status, &SyncStatus::setIndexing);
    QObject::connect(&sync, &SyncService::applied, &indexer, &TextIndexer::wake);
    auto *text = child<QLabel>(&status, "syncText");
    bool sawIndexing = false;
    QObject::connect(&indexer, &TextIndexer::progressed, [&](qint64 left) {
        sawIndexing
            = sawIndexing || (left > 0 && text->text().contains(QStringLiteral("indexing for search")));
    });
    sync.enroll(server.url(), code, QStringLiteral("laptop"));
    REQUIRE(QTest::qWaitFor(
        [&] { return sync.state() == SyncService::State::Idle && sync.client().lastSyncMs(); }, 20000));
    CHECK(sync.lastReport().requests == 2); // the copy, then one sync
    CHECK(laptop->ledger().db().scalar("SELECT COUNT(*) FROM cases") == 300);
    REQUIRE(QTest::qWaitFor([&] { return indexer.remaining() == 0; }, 20000));
    CHECK(sawIndexing);
    CHECK_FALSE(text->text().contains(QStringLiteral("indexing")));
    CHECK(TextIndexBacklog(laptop->ledger()).size() == 0);
    CHECK(laptop->search().searchCases(QStringLiteral("第7处"), 10).size() == 1);
}
