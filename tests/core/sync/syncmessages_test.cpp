// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/scopedlanguage.h"

#include "core/sync/syncclient.h"

#include <QUrl>

using namespace tz;
using tz::test::ScopedLanguage;

TEST_CASE("what sync says to a clerk is in Chinese when the interface is", "[sync]")
{
    const QUrl server(QStringLiteral("http://127.0.0.1:8470"));
    QString unreachable;
    QString revoked;
    QString address;
    {
        const ScopedLanguage chinese(QStringLiteral("zh_CN"));
        unreachable = SyncClient::errorFor(0, {}, QStringLiteral("refused"), server).message;
        revoked = SyncClient::refusedSecret().message;
        address = SyncClient::checkEnrollment(QUrl(QStringLiteral("ftp://x")), QStringLiteral("A"))
                      .error()
                      .message;
    }
    CHECK(unreachable.contains(QStringLiteral("无法连接")));
    CHECK(revoked.contains(QStringLiteral("管理员")));
    CHECK_FALSE(address.contains(QStringLiteral("The server address")));
    CHECK(SyncClient::refusedSecret().message.startsWith(QStringLiteral("The server")));
}

TEST_CASE("a laptop enrolls over plain http only with a server on this computer", "[sync]")
{
    const QString code = QStringLiteral("ABCD-EFGH");
    CHECK(SyncClient::checkEnrollment(QUrl(QStringLiteral("http://127.0.0.1:8470")), code).ok());
    CHECK(SyncClient::checkEnrollment(QUrl(QStringLiteral("http://localhost:8470")), code).ok());
    CHECK(SyncClient::checkEnrollment(QUrl(QStringLiteral("http://[::1]:8470")), code).ok());
    CHECK(SyncClient::checkEnrollment(QUrl(QStringLiteral("https://taizhang.hechi.example")), code).ok());
    for (const char *remote :
        {"http://taizhang.hechi.example", "http://10.0.0.5:8470", "http://192.168.1.2"}) {
        const Status refused = SyncClient::checkEnrollment(QUrl(QString::fromLatin1(remote)), code);
        INFO(remote);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("server"));
        CHECK(refused.error().message.contains(QStringLiteral("https://")));
    }
}
