// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The Catch2 runner for widget tests: one offscreen QApplication for the whole run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
