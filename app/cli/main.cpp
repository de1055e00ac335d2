// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli: the ledger's administration and scripting tool.
#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // A PDF is laid out with QtGui's fonts: that needs a QGuiApplication, with no window (so
    // it runs on a server without a display).
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (pdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("taizhang"));
    QCoreApplication::setApplicationName(QStringLiteral("taizhang"));
    tz::cli::Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
