// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The Catch2 runner: one QCoreApplication for the whole run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("taizhang-tests"));
    return Catch::Session().run(argc, argv);
}
