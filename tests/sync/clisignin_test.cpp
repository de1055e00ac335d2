// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli on a laptop's ledger kept in sync with a server acts only as a user who signed in.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tz;
using namespace tz::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run cli(const QString &ledger, const QStringList &arguments, const QString &password = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TAIZHANG_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("TAIZHANG_PASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TZ_CLI_PATH), QStringList {QStringLiteral("--ledger"), ledger} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("the CLI on an enrolled laptop acts only as a user who signs in, with that user's rights", "[sync]")
{
    TestServer server;
    Origin origin(server);
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("village.taizhang"));
    REQUIRE(cli(ledger,
                {QStringLiteral("enroll"), QStringLiteral("--server"), server.url().toString(),
                    QStringLiteral("--code"), server.enrollmentCode(kVillage)})
                .exitCode
        == 0);
    REQUIRE(cli(ledger, {QStringLiteral("sync")}).exitCode == 0);
    const QStringList registration {QStringLiteral("case"), QStringLiteral("register"),
        QStringLiteral("--org"), kVillage, QStringLiteral("--handling"), QStringLiteral("fast"),
        QStringLiteral("--title"), QStringLiteral("路灯不亮")};

    // No user: once the county's administrator, now refused.
    const Run anonymous = cli(ledger, registration);
    CHECK(anonymous.exitCode != 0);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    CHECK(cli(ledger,
              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                  QStringLiteral("mole"), QStringLiteral("--role"), QStringLiteral("admin")})
              .exitCode
        != 0);

    // The county's administrator synced down, without the password: refused.
    CHECK(cli(ledger, QStringList {QStringLiteral("--user"), QStringLiteral("admin")} + registration,
              QStringLiteral("guess"))
              .exitCode
        != 0);

    // The village's clerk with the password, from the environment or a file of the clerk's own.
    CHECK(cli(ledger, QStringList {QStringLiteral("--user"), QStringLiteral("clerk")} + registration,
              QStringLiteral("password-1"))
              .exitCode
        == 0);
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("password-1\n");
    }
    REQUIRE(QFile::setPermissions(passwordFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QStringList withFile {QStringLiteral("--user"), QStringLiteral("clerk"),
        QStringLiteral("--user-password-file"), passwordFile};
    CHECK(cli(ledger, withFile + registration).exitCode == 0);
    REQUIRE(QFile::setPermissions(passwordFile,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    CHECK(cli(ledger, withFile + registration).exitCode != 0);
}
