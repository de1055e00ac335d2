// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/progress.h"

#include <QString>

#include <functional>

class QWidget;

namespace tz {

// Runs `work` on a worker thread behind a window-modal progress dialog with a cancel button,
// and returns when it has ended; the window keeps painting meanwhile. `work` reports with the
// callback it is given, which returns false once the person pressed cancel. Whatever `work`
// produces it keeps in its own captures.
using LongTaskProgress = Progress;
// Without `cancellable` the dialog has no cancel button. With
// `showAfterMs` the dialog waits that long before it shows (a task that is usually quick, where
// no other window could take input meanwhile).
void runLongTask(QWidget *parent, const QString &label,
    const std::function<void(const LongTaskProgress &)> &work, bool cancellable = true, int showAfterMs = 0);
// True while a long task runs: nothing else may use the ledger's connection meanwhile (the idle
// lock waits).
bool longTaskRunning();

} // namespace tz
