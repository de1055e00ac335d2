// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "connectionlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace tz::server {

// The listening socket QHttpServer is bound to (Qt 6.4's QHttpServer reads a request's whole
// body before anything sees it, and never times a connection out). It turns away connections
// beyond the caps, puts a ConnectionGuard on each connection it hands over, and keeps the count
// of body bytes being received, per address and in all.
class ConnectionGate : public QTcpServer
{
public:
    // `http`: the QHttpServer the connections go to (the guards cut it off a refused one).
    ConnectionGate(const ConnectionLimits &limits, QObject *http);
    ~ConnectionGate() override;

    [[nodiscard]] const ConnectionLimits &limits() const { return m_limits; }
    [[nodiscard]] QObject *http() const { return m_http; }
    // Whom a count is kept for: an IPv4 address, or the /64 network of an IPv6 one (one machine
    // holds a whole /64).
    [[nodiscard]] static QString addressKey(const QHostAddress &address);
    // Sets `bytes` of body aside for a request from `address` made with the access token
    // `holder` (empty: none); false when that would pass the address's share, the holder's (two
    // of the largest bodies: one device's slow uploads cannot fill the room from many addresses)
    // or the whole budget.
    [[nodiscard]] bool reserve(const QString &address, const QString &holder, qint64 bytes);
    void release(const QString &address, const QString &holder, qint64 bytes);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    QObject *m_http;
    int m_open = 0;
    QHash<QString, int> m_openBy;
    qint64 m_buffered = 0;
    QHash<QString, qint64> m_bufferedBy;
    QHash<QString, qint64> m_bufferedFor; // by access token
};

} // namespace tz::server
