// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "connectionguard.h"

#include "connectiongate.h"
#include "core/sync/wire.h"
#include "serverlog.h"

#include <QCborMap>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace tz::server {
namespace {

// Room for what is not body: chunk sizes and their line ends, or the start of the next request
// sent without waiting for this one's answer.
constexpr qint64 kSlack = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Service Unavailable");
    }
}

bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

// Where the head in `head` ends (just past the empty line after the request line and its fields),
// looking from `from`; -1 when it has not arrived yet.
qsizetype headEnd(const QByteArray &head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i >= 0; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < head.size() && head.at(i + 1) == '\r' && head.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, ConnectionGate &gate, QString address)
    : QObject(socket)
    , m_socket(socket)
    , m_gate(gate)
    , m_address(std::move(address))
{
    const ConnectionLimits &limits = gate.limits();
    // Whatever QHttpServer keeps of a request, the socket buffers no more than the largest one.
    m_socket->setReadBufferSize(limits.maxHead + limits.largestBody() + 2 * kSlack);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServer);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase != Phase::Closing)
            m_idle.start();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.idleMs);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::idle);
    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(limits.headMs);
    connect(&m_headTimer, &QTimer::timeout, this, [this] {
        refuse(408, QStringLiteral("the request's head took too long"),
            QStringLiteral("head not complete within %1 ms").arg(m_headTimer.interval()));
    });
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(limits.requestMs);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        refuse(408, QStringLiteral("the request took too long"),
            QStringLiteral("request not complete within %1 ms").arg(m_requestTimer.interval()));
    });
    m_linger.setSingleShot(true);
    m_linger.setInterval(std::min(limits.idleMs, 2000));
    connect(&m_linger, &QTimer::timeout, this, [this] {
        m_lingerLeft = 0;
        linger();
    });
    m_idle.start();
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_reserved > 0)
        m_gate.release(m_address, m_holder, m_reserved);
}

void ConnectionGuard::followServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServer);
}

void ConnectionGuard::refuse(int status, const QString &message, const QString &why)
{
    if (m_phase == Phase::Closing)
        return;
    const bool started = m_phase != Phase::Idle; // a connection turned away has sent nothing yet
    m_phase = Phase::Closing;
    m_headTimer.stop();
    m_requestTimer.stop();
    // QHttpServer reads no more of it (not even in the signal being delivered now), and what it
    // kept of the request goes.
    if (m_gate.http())
        QObject::disconnect(m_socket, nullptr, m_gate.http(), nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    serverlog::line(QStringLiteral("%1 %2 %3 in=%4 refused: %5")
                        .arg(QString::fromLatin1(serverlog::printable(m_method, 16)),
                            QString::fromLatin1(serverlog::printable(m_target)), QString::number(status),
                            QString::number(m_head.size() + m_body), why));
    QCborMap map;
    map.insert(wire::Message, message);
    const QByteArray body = wire::pack(map);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
        + "\r\nContent-Type: application/x-taizhang-sync\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Closing at once would reset a connection whose peer is still sending, and the answer would
    // be lost: the rest of the body it announced (at most twice the largest one) is read and
    // dropped first, while it keeps coming. A slow peer (408) is not waited for.
    const qint64 most = 2 * m_gate.limits().largestBody();
    const qint64 rest = m_expected >= 0 ? m_expected - m_body : most;
    m_lingerLeft = started && status != 408 ? std::clamp<qint64>(rest, 0, most) : 0;
    linger();
    // A peer that does not take the answer, or sends on and on, is cut off after ten seconds.
    m_idle.setInterval(std::min(m_idle.interval(), 10 * 1000));
    m_idle.start();
}

void ConnectionGuard::linger()
{
    if (m_lingerLeft > 0) {
        const qint64 dropped = m_socket->skip(std::min(m_socket->bytesAvailable(), m_lingerLeft));
        m_lingerLeft -= std::max<qint64>(dropped, 0);
    }
    if (m_lingerLeft > 0)
        m_linger.start();
    else
        m_socket->disconnectFromHost();
}

void ConnectionGuard::idle()
{
    if (m_phase == Phase::Idle && m_socket->bytesToWrite() == 0) {
        m_socket->disconnectFromHost(); // between requests: an ordinary end
    } else if (m_phase == Phase::Idle || m_phase == Phase::Closing) {
        m_socket->abort(); // an answer nobody reads
    } else {
        refuse(408, QStringLiteral("the request stalled"),
            QStringLiteral("no byte for %1 ms within a request").arg(m_idle.interval()));
    }
}

void ConnectionGuard::beforeServer()
{
    if (m_phase == Phase::Closing) {
        if (m_lingerLeft > 0)
            linger();
        return;
    }
    m_idle.start();
    const qint64 available = m_socket->bytesAvailable();
    if (m_phase == Phase::Idle) {
        if (available == 0)
            return;
        // What the last request left unread is the start of this one.
        m_phase = Phase::Head;
        m_unread = 0;
        m_head.clear();
        m_method = m_target = QByteArrayLiteral("-");
        m_body = 0;
        m_expected = -1;
        m_headTimer.start();
        m_requestTimer.start();
    }
    const qint64 fresh = std::max<qint64>(0, available - m_unread);
    if (m_phase == Phase::Head)
        takeHead(available - fresh, fresh);
    else if (m_phase == Phase::Body)
        countBody(fresh);
}

void ConnectionGuard::afterServer()
{
    if (m_phase == Phase::Closing)
        return;
    m_unread = m_socket->bytesAvailable();
    // QHttpServer ends its read transaction when it has taken a whole request (and answered it).
    if (m_phase != Phase::Idle && !m_socket->isTransactionStarted())
        requestDone();
}

void ConnectionGuard::takeHead(qint64 offset, qint64 fresh)
{
    const qsizetype maxHead = m_gate.limits().maxHead;
    const qint64 take = std::min<qint64>(fresh, maxHead + 1 - m_head.size());
    const qsizetype before = m_head.size();
    m_head += m_socket->peek(offset + take).mid(offset);
    // Qt skips blank characters before a request line.
    qsizetype start = 0;
    while (start < m_head.size() && blank(m_head.at(start)))
        ++start;
    const qsizetype end = start < m_head.size() ? headEnd(m_head, std::max(start, before - 2)) : -1;
    if (end < 0) {
        if (m_head.size() > maxHead)
            refuse(431, QStringLiteral("the request's head is too long"),
                QStringLiteral("head over %1 bytes").arg(maxHead));
        return;
    }
    const qint64 bodyNow = fresh - (end - before);
    m_head.truncate(end);
    if (!judgeHead(start, end))
        return;
    countBody(bodyNow);
}

bool ConnectionGuard::judgeHead(qsizetype start, qsizetype end)
{
    const QList<QByteArray> lines = m_head.mid(start, end - start).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        refuse(400, QStringLiteral("a malformed request"), QStringLiteral("malformed request line"));
        return false;
    }
    m_method = requestLine.at(0);
    m_target = requestLine.at(1);
    const QString path = QUrl::fromEncoded(m_target).path();
    const qsizetype limit = m_gate.limits().bodyLimit(path);
    QByteArray length;
    QByteArray bearer;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        if (colon < 0)
            continue;
        if (name == "content-length" && length.isNull())
            length = lines.at(i).mid(colon + 1).trimmed();
        else if (name == "transfer-encoding")
            chunked = chunked || lines.at(i).toLower().contains("chunked");
        else if (name == "authorization" && lines.at(i).mid(colon + 1).trimmed().startsWith("Bearer "))
            bearer = lines.at(i).mid(colon + 1).trimmed().mid(7).trimmed();
    }
    qint64 need = 0;
    if (chunked) {
        need = limit;
    } else if (length.isNull()) {
        m_expected = 0;
    } else {
        bool ok = false;
        need = length.toLongLong(&ok);
        m_expected = ok ? need : -1;
        if (!ok || need < 0) {
            refuse(400, QStringLiteral("a malformed Content-Length"),
                QStringLiteral("malformed Content-Length"));
            return false;
        }
        if (need > limit) {
            refuse(413, QStringLiteral("the request is too big: at most %1 bytes").arg(limit),
                QStringLiteral("Content-Length %1 over %2").arg(need).arg(limit));
            return false;
        }
    }
    // Nobody sets a sync's body aside unless they hold a live access token: slow bodies from
    // anyone else would fill the room the laptops need.
    const ConnectionLimits &limits = m_gate.limits();
    if (limits.bearerPaths.contains(path) && limits.accessValid
        && (bearer.isEmpty() || !limits.accessValid(bearer))) {
        refuse(401, QStringLiteral("unknown, expired or revoked access token"),
            QStringLiteral("no live access token"));
        return false;
    }
    m_holder = limits.bearerPaths.contains(path) ? QString::fromLatin1(bearer) : QString();
    if (need > 0 && !m_gate.reserve(m_address, m_holder, need)) {
        refuse(503, QStringLiteral("the server is busy; try again in a minute"),
            QStringLiteral("no room for a body of %1 bytes").arg(need));
        return false;
    }
    m_reserved = need;
    m_bodyLimit = (chunked ? limit : need) + kSlack;
    m_phase = Phase::Body;
    m_headTimer.stop();
    return true;
}

void ConnectionGuard::countBody(qint64 fresh)
{
    m_body += fresh;
    if (m_body > m_bodyLimit)
        refuse(413, QStringLiteral("the request is too big: at most %1 bytes").arg(m_bodyLimit - kSlack),
            QStringLiteral("body over %1 bytes").arg(m_bodyLimit - kSlack));
}

void ConnectionGuard::requestDone()
{
    m_phase = Phase::Idle;
    m_headTimer.stop();
    m_requestTimer.stop();
    if (m_reserved > 0)
        m_gate.release(m_address, m_holder, m_reserved);
    m_reserved = 0;
    m_head.clear();
    m_body = 0;
}

} // namespace tz::server
