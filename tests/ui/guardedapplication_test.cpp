// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A fault thrown while an event is handled stops at the application's one boundary: the program
// goes on and the clerk is told, in their language.
#include "support/catchqt.h"

#include "core/common/error.h"
#include "ui/common/guardedapplication.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMessageBox>
#include <QTimer>

using namespace tz;

namespace {

class Faulty : public QObject
{
public:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::User)
            throw ErrorException(Error {ErrorKind::Io, QStringLiteral("disk I/O error"), {}});
        return QObject::event(event);
    }
};

} // namespace

TEST_CASE("an I/O error thrown inside an event handler is shown, not a crash", "[ui][faults]")
{
    REQUIRE(dynamic_cast<GuardedApplication *>(QCoreApplication::instance()) != nullptr);
    Faulty faulty;
    QEvent event(QEvent::User);
    CHECK_FALSE(QCoreApplication::sendEvent(&faulty, &event));

    // The box comes once the event is done with; it names the fault and says nothing was lost.
    // It is modal: a timer answers it from inside its own event loop.
    QString shown;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&shown] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                shown = box->text();
                box->done(QMessageBox::Ok);
            }
        }
    });
    answer.start(20);
    QElapsedTimer waited;
    waited.start();
    while (shown.isEmpty() && waited.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(shown.contains(QStringLiteral("disk I/O error")));
    CHECK(shown == GuardedApplication::messageFor(QStringLiteral("disk I/O error")));
}
