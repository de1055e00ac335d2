// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace tz::server {

class SnapshotStore;

// Keeps the starting copies of new devices from growing old while the server runs: every
// `intervalMs` it looks for units whose newest copy is older than `maxAgeMs` and has fallen behind
// their feed, and rebuilds them one at a time, each in a child process (`taizhang-server admin
// snapshot`), so requests are served meanwhile. Units that never had a copy (no device was
// enrolled through `admin enroll`) are left alone.
class SnapshotScheduler : public QObject
{
public:
    SnapshotScheduler(SnapshotStore &snapshots, QString dbSpec, qint64 intervalMs, qint64 maxAgeMs,
        QObject *parent = nullptr);

private:
    void look();
    void buildNext();

    SnapshotStore &m_snapshots;
    QString m_dbSpec;
    qint64 m_maxAgeMs;
    QTimer m_timer;
    QProcess m_builder;
    QStringList m_queue;
};

} // namespace tz::server
