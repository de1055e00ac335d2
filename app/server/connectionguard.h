// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace tz::server {

class ConnectionGate;

// Watches one connection on behalf of the gate, ahead of QHttpServer: Qt 6.4 keeps every byte of
// a request in the socket (a read transaction) and hands the request over only once its body is
// complete. The guard is told of each read before QHttpServer (it connects to readyRead first)
// and after it, peeks at the request's head as it arrives, and refuses, answering and closing,
//  - a head longer than ConnectionLimits::maxHead (431), or not complete within headMs (408);
//  - a body its Content-Length says is longer than its path takes, before any of it is read
//    (413), and one that grows past that while it arrives, chunked or not (413);
//  - a body the gate has no room for (503);
//  - a request not complete within requestMs (408), and a connection idle for idleMs.
// The socket never buffers more than the largest request a path takes. A refused connection is
// cut off from QHttpServer at once; what its peer still sends of the request is dropped, up to a
// bound, so that the answer is not lost to a reset.
class ConnectionGuard : public QObject
{
public:
    // A child of `socket`; `address` is the gate's key for its peer.
    ConnectionGuard(QTcpSocket *socket, ConnectionGate &gate, QString address);
    ~ConnectionGuard() override;

    // Starts listening after QHttpServer: call once the socket is handed to it.
    void followServer();
    // Answers `status` with `message` (to the device) and closes; `why` goes to the log.
    void refuse(int status, const QString &message, const QString &why);

private:
    enum class Phase { Idle, Head, Body, Closing };

    void beforeServer();
    void afterServer();
    // `fresh` bytes of the head arrived after the first `offset` unread ones.
    void takeHead(qint64 offset, qint64 fresh);
    // Judges the head that ends at m_head[end]: true when the request may go on.
    bool judgeHead(qsizetype start, qsizetype end);
    void countBody(qint64 fresh);
    void requestDone();
    void idle();
    // After a refusal: drops what the peer still sends of its request, then closes.
    void linger();

    QTcpSocket *m_socket;
    ConnectionGate &m_gate;
    QString m_address;
    Phase m_phase = Phase::Idle;
    QByteArray m_head;
    QByteArray m_method = QByteArrayLiteral("-");
    QByteArray m_target = QByteArrayLiteral("-");
    qint64 m_expected = -1; // the body's Content-Length (0: none; -1: not known)
    qint64 m_body = 0; // bytes after the head, seen so far
    qint64 m_bodyLimit = 0;
    qint64 m_reserved = 0; // set aside at the gate for this request's body
    QString m_holder; // the access token it was set aside for (empty: none)
    qint64 m_unread = 0; // bytes QHttpServer left in the socket when it last read
    qint64 m_lingerLeft = 0; // bytes still to drop before closing a refused connection
    QTimer m_idle;
    QTimer m_headTimer;
    QTimer m_requestTimer;
    QTimer m_linger; // a refused connection's peer has stopped sending
};

} // namespace tz::server
