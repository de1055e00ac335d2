// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QApplication>

namespace tz {

// The desktop's QApplication with one boundary for faults: an exception thrown while an event is
// delivered (a read that hits an I/O error inside a slot, say) stops at notify() instead of
// leaving the event loop and ending the program. The clerk is told in their language; what was
// saved stays saved (every write is its own transaction, rolled back on a fault).
class GuardedApplication : public QApplication
{
public:
    GuardedApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

    // What the clerk is told about a fault (`what` is the fault's own text).
    [[nodiscard]] static QString messageFor(const QString &what);

private:
    void report(const QString &what);
    bool m_reporting = false;
};

} // namespace tz
