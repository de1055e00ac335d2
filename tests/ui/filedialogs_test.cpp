// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Save and open dialogs start where such files belong, never in the ledger's folder.
#include "support/catchqt.h"

#include "ui/common/filedialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>

using namespace tz;

TEST_CASE("receipts and exports get folders of their own, the ledger's folder is never offered, and a chosen "
          "folder is remembered",
    "[ui][dialogs]")
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    const auto restore = qScopeGuard([&oldHome] {
        qputenv("HOME", oldHome);
        filedialogs::setLedgerPath({});
        QSettings().remove(QStringLiteral("dialogs"));
    });
    QSettings().remove(QStringLiteral("dialogs"));

    // A clerk who keeps the ledger in Documents itself.
    const QString documents = QDir(home.path()).filePath(QStringLiteral("Documents"));
    REQUIRE(QDir().mkpath(documents));
    filedialogs::setLedgerPath(QDir(documents).filePath(QStringLiteral("ledger.taizhang")));
    const QString receipts = filedialogs::startFolder(filedialogs::Kind::Receipts);
    const QString exports = filedialogs::startFolder(filedialogs::Kind::Exports);
    CHECK(QFileInfo(receipts).isDir());
    CHECK(QFileInfo(exports).isDir());
    CHECK(QFileInfo(receipts).absolutePath() == QFileInfo(documents).absoluteFilePath());
    CHECK(receipts != exports);
    const QString imports = filedialogs::startFolder(filedialogs::Kind::Imports);
    CHECK(QFileInfo(imports).canonicalFilePath() != QFileInfo(documents).canonicalFilePath());

    // A folder remembered for a kind is where the next dialog opens, unless it is the ledger's.
    const QString elsewhere = QDir(home.path()).filePath(QStringLiteral("U盘"));
    REQUIRE(QDir().mkpath(elsewhere));
    QSettings().setValue(QStringLiteral("dialogs/exportsFolder"), elsewhere);
    CHECK(filedialogs::startFolder(filedialogs::Kind::Exports) == elsewhere);
    QSettings().setValue(QStringLiteral("dialogs/receiptsFolder"), documents);
    CHECK(filedialogs::startFolder(filedialogs::Kind::Receipts) == receipts);
}
