// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli: the ledger's administration and scripting tool.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("taizhang"));
    QCoreApplication::setApplicationName(QStringLiteral("taizhang"));
    tz::cli::Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
