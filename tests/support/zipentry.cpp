// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/zipentry.h"

#include <QProcess>

namespace tz::test {

QString zipEntry(const QString &archive, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    if (!unzip.waitForFinished(30000) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace tz::test
