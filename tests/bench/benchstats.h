// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tz::bench {

// Latencies in milliseconds of repeated runs, summarised as median and tail percentiles.
struct Samples
{
    QList<double> ms;
    [[nodiscard]] double percentile(double p) const;
    [[nodiscard]] double median() const { return percentile(50); }
    [[nodiscard]] QJsonObject json() const;
};

// Runs `work` `repeat` times (after one warm-up run) and times each run.
Samples measure(int repeat, const std::function<void(int)> &work);
double nowMs();
// Peak resident set size of this process, in MiB.
double peakRssMiB();
// Peak resident set size of another process (VmHWM), in KiB; 0 when it cannot be read.
qint64 peakRssKiBOf(qint64 pid);

} // namespace tz::bench
