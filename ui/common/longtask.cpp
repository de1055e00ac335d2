// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/longtask.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QEventLoop>
#include <QKeyEvent>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tz {

namespace {

int g_running = 0; // touched on the window's thread only

// A progress dialog that cannot be closed (Esc, the title bar's ×) when the task cannot stop:
// while it shows, nothing else in the application takes input.
class TaskDialog : public QProgressDialog
{
public:
    TaskDialog(const QString &label, bool cancellable, QWidget *parent)
        : QProgressDialog(label, QCoreApplication::translate("tz::LongTask", "Cancel"), 0, 0, parent)
        , m_cancellable(cancellable)
    {
        if (!cancellable)
            setCancelButton(nullptr);
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (m_cancellable)
            QProgressDialog::closeEvent(event);
        else
            event->ignore();
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (!m_cancellable && event->key() == Qt::Key_Escape)
            event->ignore();
        else
            QProgressDialog::keyPressEvent(event);
    }

private:
    bool m_cancellable;
};

} // namespace

bool longTaskRunning()
{
    return g_running > 0;
}

void runLongTask(QWidget *parent, const QString &label,
    const std::function<void(const LongTaskProgress &)> &work, bool cancellable, int showAfterMs)
{
    // Application-modal and shown at once: from the first moment no click or key reaches a
    // screen that could read the ledger while an import writes it from the worker thread.
    TaskDialog dialog(label, cancellable, parent);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (showAfterMs > 0)
        QTimer::singleShot(showAfterMs, &dialog, [&dialog] { dialog.show(); });
    else
        dialog.show();
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
