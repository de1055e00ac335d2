// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "snapshotscheduler.h"

#include "snapshotstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace tz::server {

SnapshotScheduler::SnapshotScheduler(
    SnapshotStore &snapshots, QString dbSpec, qint64 intervalMs, qint64 maxAgeMs, QObject *parent)
    : QObject(parent)
    , m_snapshots(snapshots)
    , m_dbSpec(std::move(dbSpec))
    , m_maxAgeMs(maxAgeMs)
{
    m_builder.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its one line to our log
    connect(&m_builder, &QProcess::finished, this, &SnapshotScheduler::buildNext);
    connect(&m_builder, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash ends with finished() too
        QTextStream(stdout) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                            << " cannot start the copy builder: " << m_builder.errorString() << Qt::endl;
        m_queue.clear(); // the next look tries again
    });
    connect(&m_timer, &QTimer::timeout, this, &SnapshotScheduler::look);
    m_timer.start(static_cast<int>(intervalMs));
}

void SnapshotScheduler::look()
{
    if (!m_queue.isEmpty() || m_builder.state() != QProcess::NotRunning)
        return; // the last round is still going
    Result<QStringList> stale
        = m_snapshots.staleSnapshotScopes(QDateTime::currentMSecsSinceEpoch() - m_maxAgeMs);
    if (!stale) {
        QTextStream(stdout) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                            << " starting copies not checked: " << stale.error().message << Qt::endl;
        return;
    }
    m_queue = *stale;
    buildNext();
}

void SnapshotScheduler::buildNext()
{
    if (m_queue.isEmpty() || m_builder.state() != QProcess::NotRunning)
        return;
    const QString unit = m_queue.takeFirst();
    QTextStream(stdout) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                        << " rebuilding the starting copy of " << unit << Qt::endl;
    m_builder.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("admin"), QStringLiteral("snapshot"), QStringLiteral("--db"), m_dbSpec,
            QStringLiteral("--unit"), unit});
}

} // namespace tz::server
