// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "i18n/translations.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QUrl>

using namespace tz;

TEST_CASE("what sync says to a clerk is in Chinese when the interface is", "[sync]")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    const QUrl server(QStringLiteral("http://127.0.0.1:8470"));
    const QString unreachable = SyncClient::errorFor(0, {}, QStringLiteral("refused"), server).message;
    const QString revoked = SyncClient::refusedSecret().message;
    const QString address
        = SyncClient::checkEnrollment(QUrl(QStringLiteral("ftp://x")), QStringLiteral("A")).error().message;
    i18n::install(*QCoreApplication::instance(), QStringLiteral("en")); // the other tests read English
    CHECK(unreachable.contains(QStringLiteral("无法连接")));
    CHECK(revoked.contains(QStringLiteral("管理员")));
    CHECK_FALSE(address.contains(QStringLiteral("The server address")));
    CHECK(SyncClient::refusedSecret().message.startsWith(QStringLiteral("The server")));
}
