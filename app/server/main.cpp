// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-server: the sync server arrives with the sync issue; until then it says so.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << "taizhang-server: not yet. The sync server is not built yet; "
                           "every device works offline on its own ledger.\n";
    return 2;
}
