// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "benchstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

namespace tz::bench {

double Samples::percentile(double p) const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const double rank = p / 100.0 * (sorted.size() - 1);
    const auto low = static_cast<qsizetype>(std::floor(rank));
    const auto high = static_cast<qsizetype>(std::ceil(rank));
    return sorted.at(low) + (sorted.at(high) - sorted.at(low)) * (rank - low);
}

QJsonObject Samples::json() const
{
    return {{QStringLiteral("runs"), ms.size()}, {QStringLiteral("p50_ms"), median()},
        {QStringLiteral("p95_ms"), percentile(95)}, {QStringLiteral("p99_ms"), percentile(99)}};
}

double nowMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.nsecsElapsed() / 1e6;
}

Samples measure(int repeat, const std::function<void(int)> &work)
{
    work(-1);
    Samples samples;
    for (int i = 0; i < repeat; ++i) {
        const double start = nowMs();
        work(i);
        samples.ms.append(nowMs() - start);
    }
    return samples;
}

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

qint64 peakRssKiBOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace tz::bench
