// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/templedger.h"
#include "support/testserver.h"

#include "core/cases/caseservice.h"
#include "ui/cases/attachmentpane.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tz;
using tz::test::Origin;
using tz::test::TempLedger;
using tz::test::TestServer;

namespace {

using tz::test::kVillage;

QString writeFile(TempLedger &t, const QString &name, const QByteArray &bytes)
{
    const QString path = t.dir() + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("the attachment pane lists a case's files and says which only the server holds", "[ui][cases]")
{
    TempLedger t;
    const QString number = test::registerAt(t, kVillage, Handling::Routed, QStringLiteral("危房改造申请"));
    // Added on another computer: the case names the file, this one has not fetched it.
    REQUIRE(
        t.ws()
            .cases()
            .addAttachment(t.admin(), number,
                {QStringLiteral("sha256:") + QString(64, QLatin1Char('a')), QStringLiteral("身份证扫描.pdf")})
            .ok());
    AttachmentPane pane(t.ws(), t.admin());
    pane.show();
    auto *list = pane.findChild<QListWidget *>(QStringLiteral("attachments"));
    auto *add = pane.findChild<QPushButton *>(QStringLiteral("addAttachment"));
    auto *message = pane.findChild<QLabel *>(QStringLiteral("attachMessage"));
    REQUIRE(list);
    REQUIRE(add);
    REQUIRE(message);
    CHECK_FALSE(add->isEnabled()); // no case yet
    CHECK(list->isHidden());

    pane.showCase(t.ws().cases().byNumber(number));
    CHECK(add->isEnabled());
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("身份证扫描.pdf ")));
    CHECK(list->item(0)->text().contains(QStringLiteral("server")));

    // Attached here: listed by its name alone, and the case is said to have changed.
    QSignalSpy attached(&pane, &AttachmentPane::attached);
    const QString photo = writeFile(t, QStringLiteral("房屋照片.jpg"), QByteArray(4096, 'x'));
    CHECK(pane.attachFiles({photo}).contains(QStringLiteral("房屋照片.jpg")));
    CHECK(attached.size() == 1);
    REQUIRE(list->count() == 2);
    CHECK(list->findItems(QStringLiteral("房屋照片.jpg"), Qt::MatchExactly).size() == 1);
    CHECK(message->isVisibleTo(&pane));

    // The one on the server, opened on a computer that syncs with none: said on the line.
    message->hide();
    const QList<QListWidgetItem *> remote
        = list->findItems(QStringLiteral("身份证扫描.pdf"), Qt::MatchStartsWith);
    REQUIRE(remote.size() == 1);
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(remote.first()).center());
    CHECK(message->isVisibleTo(&pane));
    CHECK_FALSE(message->text().isEmpty());

    // Another case: its own files, and the last message gone.
    const QString other = test::registerAt(t, kVillage, Handling::Fast, QStringLiteral("路灯不亮"));
    pane.showCase(t.ws().cases().byNumber(other));
    CHECK(list->count() == 0);
    CHECK(list->isHidden());
    CHECK_FALSE(message->isVisibleTo(&pane));
    pane.showCase(std::nullopt);
    CHECK_FALSE(add->isEnabled());
    CHECK(pane.attachFiles({photo}).isEmpty());
}

TEST_CASE("opening a file the server holds, after the connection expired, says to sync first", "[ui][cases]")
{
    TestServer server;
    Origin origin(server);
    const QString number
        = test::registerAt(origin.t, kVillage, Handling::Routed, QStringLiteral("危房改造申请"));
    const QString ref = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
    REQUIRE(origin.t.ws()
                .cases()
                .addAttachment(origin.t.admin(), number, {ref, QStringLiteral("扫描件.pdf")})
                .ok());
    (void)server.admin({QStringLiteral("rotate"), QStringLiteral("--all")}); // every access token ends
    AttachmentPane pane(origin.t.ws(), origin.t.admin());
    pane.show();
    pane.showCase(origin.t.ws().cases().byNumber(number));
    pane.open(ref);
    auto *message = pane.findChild<QLabel *>(QStringLiteral("attachMessage"));
    REQUIRE(message);
    CHECK(message->isVisibleTo(&pane));
    CHECK(message->text().contains(QStringLiteral("expired")));
}
