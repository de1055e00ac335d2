// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"
#include "support/widgets.h"

#include "core/auth/userservice.h"
#include "core/workspace/workspace.h"
#include "ui/sync/setupdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace tz;
using namespace tz::test;

TEST_CASE("a new laptop with nobody to sign in as downloads its unit's ledger from the setup screen", "[ui]")
{
    TestServer server;
    Origin origin(server);
    (void)server.admin({QStringLiteral("snapshot"), QStringLiteral("--unit"), kVillage});
    QTemporaryDir dir;
    Workspace::InitOptions options;
    options.replica = true;
    Result<std::unique_ptr<Workspace>> created
        = Workspace::init(dir.filePath(QStringLiteral("new.taizhang")), options);
    REQUIRE(created.ok());
    Workspace &ws = **created;
    REQUIRE(SetupDialog::needed(ws));

    SetupDialog dialog(ws);
    dialog.show();
    auto *code = child<QLineEdit>(&dialog, "setupCode");
    auto *message = child<QLabel>(&dialog, "setupMessage");
    child<QLineEdit>(&dialog, "setupServer")->setText(server.url().toString());

    // A mistyped code is refused in place, and the code can be typed again.
    code->setText(QStringLiteral("WRONG00000"));
    QTest::keyClick(code, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return code->isEnabled() && !message->isHidden(); }, 10000));
    CHECK(message->text().contains(QStringLiteral("wrong")));
    CHECK(dialog.isVisible());

    code->setText(server.enrollmentCode(kVillage));
    QTest::keyClick(code, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 30000));
    CHECK_FALSE(SetupDialog::needed(ws));
    CHECK(ws.users().byLogin(QStringLiteral("clerk")).has_value());
    CHECK_FALSE(ws.users().byLogin(QStringLiteral("county")).has_value()); // not this unit's
}
