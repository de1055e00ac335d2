// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "connectiongate.h"

#include "connectionguard.h"
#include "serverlog.h"

#include <QTcpSocket>

namespace tz::server {

ConnectionGate::ConnectionGate(const ConnectionLimits &limits, QObject *http)
    : m_limits(limits)
    , m_http(http)
{
}

ConnectionGate::~ConnectionGate()
{
    // The connections (and their guards, which give back what they set aside) go while the
    // counts are still here.
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

QString ConnectionGate::addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

bool ConnectionGate::reserve(const QString &address, const QString &holder, qint64 bytes)
{
    const qint64 mine = m_bufferedBy.value(address);
    const qint64 theirs = holder.isEmpty() ? 0 : m_bufferedFor.value(holder);
    if (m_buffered + bytes > m_limits.maxBuffered || mine + bytes > m_limits.maxBuffered / 2
        || (!holder.isEmpty() && theirs + bytes > 2 * qint64(m_limits.largestBody())))
        return false;
    m_bufferedBy[address] = mine + bytes;
    if (!holder.isEmpty())
        m_bufferedFor[holder] = theirs + bytes;
    m_buffered += bytes;
    return true;
}

void ConnectionGate::release(const QString &address, const QString &holder, qint64 bytes)
{
    m_buffered -= bytes;
    const auto mine = m_bufferedBy.find(address);
    if (mine != m_bufferedBy.end() && (*mine -= bytes) <= 0)
        m_bufferedBy.erase(mine);
    const auto theirs = m_bufferedFor.find(holder);
    if (!holder.isEmpty() && theirs != m_bufferedFor.end() && (*theirs -= bytes) <= 0)
        m_bufferedFor.erase(theirs);
}

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = addressKey(socket->peerAddress());
    auto *guard = new ConnectionGuard(socket, *this, address);
    const bool full = m_open >= m_limits.maxConnections;
    if (full || m_openBy.value(address) >= m_limits.maxPerAddress) {
        // Never handed to the HTTP server: closed here once the answer is out.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        guard->refuse(503, QStringLiteral("too many connections; try again in a minute"),
            full ? QStringLiteral("%1 connections open").arg(m_open)
                 : QStringLiteral("%1 connections open from one address").arg(m_openBy.value(address)));
        return;
    }
    ++m_open;
    ++m_openBy[address];
    connect(socket, &QObject::destroyed, this, [this, address] {
        --m_open;
        const auto open = m_openBy.find(address);
        if (open != m_openBy.end() && --*open <= 0)
            m_openBy.erase(open);
    });
    // QHttpServer connects to the socket here, after the guard: the guard sees each read first.
    addPendingConnection(socket);
    guard->followServer();
}

} // namespace tz::server
