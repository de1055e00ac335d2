// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A small HTTP proxy on 127.0.0.1 between a sync client and the server that injects the faults a
// village link has: a response lost after the server committed, a request cut mid-body, a request
// delivered twice, and a delay on every request. Faults are armed by request number.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace tz::test {

class FaultProxy : public QObject
{
public:
    enum class Fault {
        None,
        DropResponse, // the server gets the request and answers; the client never hears it
        CutRequest, // half of the request's body reaches the server, then both sides are closed
        Duplicate, // the server gets the request twice; the client hears the first answer
    };

    explicit FaultProxy(const QUrl &upstream);
    [[nodiscard]] QUrl url() const;

    // The `n`th request from now (1: the next one) meets `fault`.
    void arm(Fault fault, int n = 1);
    void setDelayMs(int ms) { m_delayMs = ms; }
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] qint64 bytesToClient() const { return m_bytesToClient; }

private:
    void serve(QTcpSocket *client);
    void forward(QTcpSocket *client, const QByteArray &request, Fault fault);
    // The whole HTTP message at the start of `buffer` (headers and Content-Length body), or empty.
    static QByteArray takeMessage(QByteArray &buffer);

    QTcpServer m_server;
    QUrl m_upstream;
    QHash<int, Fault> m_armed; // by request number
    int m_requests = 0;
    int m_delayMs = 0;
    qint64 m_bytesToClient = 0;
};

} // namespace tz::test
