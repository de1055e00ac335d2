// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/common/progress.h"

#include "core/common/error.h"

#include <QCoreApplication>

namespace tz::progress {

void step(const Progress &progress, qint64 done, qint64 total, qint64 every)
{
    if (!progress || (done % every != 0 && done != total))
        return;
    if (!progress(done, total))
        throw ErrorException(Error {ErrorKind::Cancelled,
            QCoreApplication::translate("tz::Progress", "Stopped before the end: nothing was changed."), {}});
}

} // namespace tz::progress
