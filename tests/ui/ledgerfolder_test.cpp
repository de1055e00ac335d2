// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A file dialog listing the ledger's own folder (it sniffs each file's type for its icon) takes
// nothing from the ledger's locks: a change saved afterwards survives another program and a
// power cut.
#include "support/catchqt.h"
#include "support/powercut.h"
#include "support/templedger.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QTemporaryDir>
#include <QTreeView>

using namespace tz;
using tz::test::TempLedger;

TEST_CASE("a file dialog over the ledger's folder leaves a change saved afterwards whole", "[ledger][lock]")
{
    TempLedger t;
    const QString before = test::registerAt(t, QStringLiteral("451202107001"), Handling::Fast);
    {
        QFileDialog dialog(nullptr, QStringLiteral("Save"), t.dir());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setViewMode(QFileDialog::Detail);
        bool loaded = false;
        auto *model = dialog.findChild<QFileSystemModel *>();
        REQUIRE(model != nullptr);
        QObject::connect(model, &QFileSystemModel::directoryLoaded, [&loaded] { loaded = true; });
        dialog.show();
        QElapsedTimer waited;
        waited.start();
        // The listing, then the icons and types the model gathers on its own thread.
        while ((!loaded || waited.elapsed() < 1500) && waited.elapsed() < 15000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        REQUIRE(loaded);
        CHECK(model->rowCount(model->index(t.dir())) >= 1);
        dialog.reject();
    }
    REQUIRE(test::peekWithPlainSqlite(t.path()) == 0);
    const QString after = test::registerAt(t, QStringLiteral("451202107001"), Handling::Fast);
    QTemporaryDir elsewhere;
    const QStringList onDisk = test::caseNumbersAfterPowerCut(t.path(), elsewhere.path());
    CHECK(onDisk.contains(before));
    CHECK(onDisk.contains(after));
}
