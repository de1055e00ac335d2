// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <algorithm>
#include <functional>

namespace tz::server {

// What one connection, one request and all of them together may hold of the server (see
// ConnectionGate): sizes in bytes, times in milliseconds.
struct ConnectionLimits
{
    qsizetype maxHead = 16 * 1024; // request line and header fields
    int headMs = 20 * 1000; // from a request's first byte to the end of its header fields
    int requestMs = 5 * 60 * 1000; // from a request's first byte to its last (8 MiB at 30 KB/s)
    int idleMs = 30 * 1000; // no byte either way: between requests, or stalled within one
    int maxConnections = 1024;
    int maxPerAddress = 128; // a township's laptops may share one address
    qint64 maxBuffered = 256 * 1024 * 1024; // bodies being received, in all (half per address)
    qsizetype otherBody = 16 * 1024; // the body of a path not in `bodies`
    QHash<QString, qsizetype> bodies; // the body each path takes
    // Paths that open only with a live access token, and the check of one ("Bearer" taken off):
    // a request without one is refused from its head, before any room is set aside for its body.
    QSet<QString> bearerPaths;
    std::function<bool(const QByteArray &)> accessValid;

    [[nodiscard]] qsizetype bodyLimit(const QString &path) const { return bodies.value(path, otherBody); }
    [[nodiscard]] qsizetype largestBody() const
    {
        qsizetype largest = otherBody;
        for (const qsizetype body : bodies)
            largest = std::max(largest, body);
        return largest;
    }
};

} // namespace tz::server
