// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QtGlobal>

#include <functional>

namespace tz {

// How long work (an import, an export, a sync) tells its caller how far it is: called with the
// units done and the total, on the working thread; returning false asks the work to stop. Work that
// stops this way returns an error of kind Cancelled and leaves nothing half done.
using Progress = std::function<bool(qint64 done, qint64 total)>;

namespace progress {

// Inside a ledger write: calls `progress` every `every` steps and at the last one, and throws
// ErrorException (Cancelled) when it asks to stop, so the whole write rolls back.
void step(const Progress &progress, qint64 done, qint64 total, qint64 every = 50);

} // namespace progress
} // namespace tz
