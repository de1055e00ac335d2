// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "common/longtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace tz {

namespace {

int g_running = 0; // touched on the window's thread only

} // namespace

bool longTaskRunning()
{
    return g_running > 0;
}

void runLongTask(QWidget *parent, const QString &label,
    const std::function<void(const LongTaskProgress &)> &work, bool cancellable)
{
    QProgressDialog dialog(label, QCoreApplication::translate("tz::LongTask", "Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> progressDialog(&dialog);
    const LongTaskProgress progress = [cancelled, progressDialog](qint64 done, qint64 total) {
        // Queued to the window's thread; dropped when the dialog is gone.
        QMetaObject::invokeMethod(
            progressDialog.data(),
            [progressDialog, done, total] {
                if (!progressDialog)
                    return;
                // Scaled to a thousandth: QProgressDialog counts in int.
                progressDialog->setMaximum(total > 0 ? 1000 : 0);
                progressDialog->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&work, &progress] { work(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    ++g_running;
    thread->start();
    loop.exec();
    thread->wait();
    --g_running;
}

} // namespace tz
