// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/guardedapplication.h"

#include "core/common/error.h"

#include <QDebug>
#include <QMessageBox>
#include <QTimer>

#include <exception>

namespace tz {

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const ErrorException &e) {
        report(e.error().message);
    } catch (const std::exception &e) {
        report(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        report(QString());
    }
    return false;
}

QString GuardedApplication::messageFor(const QString &what)
{
    const QString shown = what.left(300);
    return shown.isEmpty()
        ? tr("Something went wrong while doing that. What was saved before is kept; try again, and if it "
             "happens again restart Taizhang and tell the administrator.")
        : tr("Something went wrong while doing that: %1\nWhat was saved before is kept; try again, and if "
             "it happens again restart Taizhang and tell the administrator.")
              .arg(shown);
}

void GuardedApplication::report(const QString &what)
{
    qWarning().noquote() << "fault caught at the event loop:" << what.left(300);
    if (m_reporting)
        return; // one box at a time: a fault while the box is up is logged only
    m_reporting = true;
    // Shown after this event is done with, outside the handler that failed.
    QTimer::singleShot(0, this, [this, what] {
        QMessageBox::warning(activeWindow(), tr("Taizhang"), messageFor(what));
        m_reporting = false;
    });
}

} // namespace tz
