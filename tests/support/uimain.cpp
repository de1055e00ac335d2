// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The Catch2 runner for widget tests: one offscreen QApplication for the whole run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/common/guardedapplication.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Drafts and remembered logins go to a folder of this run, never to the user's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    tz::GuardedApplication app(argc, argv); // as the desktop runs: faults stop at notify()
    return Catch::Session().run(argc, argv);
}
