// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/faultproxy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <stdexcept>

namespace tz::test {
namespace {

// Reads from `socket` until `done` says the buffer holds what is wanted, or 10 s pass.
bool readUntil(QTcpSocket &socket, QByteArray &buffer, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 10000)
            return false;
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            return done();
        buffer += socket.readAll();
    }
    return true;
}

} // namespace

FaultProxy::FaultProxy(const QUrl &upstream)
    : m_upstream(upstream)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("the fault proxy cannot listen");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            serve(client);
    });
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultProxy::arm(Fault fault, int n)
{
    m_armed.insert(m_requests + n, fault);
}

QByteArray FaultProxy::takeMessage(QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return {};
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + length;
    if (buffer.size() < total)
        return {};
    const QByteArray message = buffer.left(total);
    buffer.remove(0, total);
    return message;
}

void FaultProxy::serve(QTcpSocket *client)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
        *buffer += client->readAll();
        while (true) {
            const QByteArray request = takeMessage(*buffer);
            if (request.isEmpty())
                return;
            ++m_requests;
            const Fault fault = m_armed.take(m_requests);
            if (m_delayMs > 0) {
                QTimer::singleShot(
                    m_delayMs, client, [this, client, request, fault] { forward(client, request, fault); });
            } else {
                forward(client, request, fault);
            }
        }
    });
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, Fault fault)
{
    // One upstream connection per request, told to close after it.
    QByteArray outgoing = request;
    const auto exchange = [this](const QByteArray &bytes, qsizetype sendOnly) -> QByteArray {
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_upstream.port()));
        if (!upstream.waitForConnected(5000))
            return {};
        upstream.write(bytes.left(sendOnly));
        upstream.flush();
        upstream.waitForBytesWritten(5000);
        if (sendOnly < bytes.size()) {
            upstream.abort(); // cut mid-body
            return {};
        }
        QByteArray response;
        QByteArray message;
        readUntil(upstream, response, [&] {
            if (message.isEmpty())
                message = takeMessage(response);
            return !message.isEmpty();
        });
        upstream.abort();
        return message;
    };
    switch (fault) {
    case Fault::CutRequest: {
        const qsizetype headerEnd = outgoing.indexOf("\r\n\r\n") + 4;
        exchange(outgoing, headerEnd + (outgoing.size() - headerEnd) / 2);
        client->abort();
        return;
    }
    case Fault::DropResponse:
        exchange(outgoing, outgoing.size());
        client->abort();
        return;
    case Fault::Duplicate: {
        const QByteArray first = exchange(outgoing, outgoing.size());
        exchange(outgoing, outgoing.size());
        m_bytesToClient += first.size();
        client->write(first);
        return;
    }
    case Fault::None:
        break;
    }
    const QByteArray response = exchange(outgoing, outgoing.size());
    if (response.isEmpty()) {
        client->abort();
        return;
    }
    m_bytesToClient += response.size();
    client->write(response);
}

} // namespace tz::test
