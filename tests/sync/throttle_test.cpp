// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Guessed secrets and enrollment codes slow the guesser down, never the device or the office it
// is guessing at: failures count per address (and device), with a backoff, in a bounded table.
#include "support/catchqt.h"
#include "support/syncdevices.h"
#include "support/testserver.h"

#include "core/ledger/ledger.h"
#include "core/sync/syncstate.h"
#include "core/sync/wire.h"
#include "throttle.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

using namespace tz;
using namespace tz::test;

namespace {

// A POST over a connection of its own from `from` (any 127.x.y.z is this machine): the status,
// 0 when there was no answer.
int postFrom(const TestServer &server, const QString &from, const QByteArray &path, const QByteArray &body)
{
    QTcpSocket socket;
    REQUIRE(socket.bind(QHostAddress(from)));
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(server.url().port()));
    REQUIRE(socket.waitForConnected(10000));
    socket.write("POST " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-taizhang-sync\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    const QDeadlineTimer deadline(20000);
    while (!answer.contains("\r\n") && socket.state() == QAbstractSocket::ConnectedState
        && !deadline.hasExpired()) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray secretRequest(const QString &device, const QString &secret)
{
    QCborMap request;
    request.insert(wire::Device, device);
    request.insert(wire::Token, secret);
    return wire::pack(request);
}

QByteArray enrollRequest(const QString &code, const QString &device)
{
    QCborMap request;
    request.insert(wire::Code, code);
    request.insert(wire::Device, device);
    request.insert(wire::Label, QStringLiteral("laptop"));
    return wire::pack(request);
}

} // namespace

TEST_CASE(
    "wrong secrets sent from elsewhere under a laptop's id never refuse the laptop's own secret", "[sync]")
{
    TestServer server;
    Origin origin(server);
    Device village(server, kVillage);
    village.sync();
    const QString id = village.ws->ledger().device().id;
    const QString secret = syncstate::get(village.ws->ledger().db(), "token");

    // Anyone who has seen the id (it travels in every event) guesses, from another address.
    int slowed = 0;
    for (int i = 0; i < 12; ++i) {
        const int status = postFrom(server, QStringLiteral("127.0.0.2"), "/v1/token",
            secretRequest(id, QStringLiteral("guess%1").arg(i)));
        CHECK((status == 403 || status == 429));
        slowed += status == 429;
    }
    CHECK(slowed > 0);
    // The laptop, at its own address, is let in at once, and the guesser is still slowed.
    CHECK(postFrom(server, QStringLiteral("127.0.0.1"), "/v1/token", secretRequest(id, secret)) == 200);
    CHECK(postFrom(server, QStringLiteral("127.0.0.2"), "/v1/token", secretRequest(id, QStringLiteral("x")))
        == 429);

    // One line for each refusal and each backoff; the secrets guessed are in none of them.
    const QString log = server.log();
    CHECK(log.count(QStringLiteral("wrong secret for device ") + id) >= 5);
    CHECK(log.contains(QStringLiteral("waits")));
    CHECK_FALSE(log.contains(QStringLiteral("guess")));
    CHECK_FALSE(log.contains(secret));
}

TEST_CASE("wrong enrollment codes slow their address down for a while, not for ten minutes", "[sync]")
{
    TestServer server;
    const QString code = server.enrollmentCode(kVillage);
    const QString laptop = QStringLiteral("0190f7a2-0000-7000-8000-00000000abcd");
    for (int i = 0; i < 6; ++i) {
        const int status = postFrom(server, QStringLiteral("127.0.0.1"), "/v1/enroll",
            enrollRequest(QStringLiteral("WRONGCODE%1").arg(i), laptop));
        CHECK((status == 403 || status == 429));
    }
    // Another office is not held up at all.
    const QString other = server.enrollmentCode(kOtherVillage);
    CHECK(postFrom(server, QStringLiteral("127.0.0.3"), "/v1/enroll",
              enrollRequest(other, QStringLiteral("0190f7a2-0000-7000-8000-00000000beef")))
        == 200);
    // The office that mistyped is let in once its short wait is over.
    const QDeadlineTimer deadline(60000);
    int status = 0;
    while (status != 200 && !deadline.hasExpired()) {
        status = postFrom(server, QStringLiteral("127.0.0.1"), "/v1/enroll", enrollRequest(code, laptop));
        if (status != 200)
            QThread::msleep(500);
    }
    CHECK(status == 200);
}

TEST_CASE("the failures kept are bounded: thirty thousand made-up keys leave the table at its size", "[sync]")
{
    server::Throttle throttle({5, 1000, 60000, 1000});
    for (int i = 0; i < 30000; ++i)
        (void)throttle.failed(QStringLiteral("10.0.0.1|made-up-%1").arg(i));
    CHECK(throttle.size() == 1000);
    // A key backs off once it passes its free failures, others do not; a success forgets it.
    const QString key = QStringLiteral("10.0.0.1|laptop");
    for (int i = 0; i < 4; ++i)
        CHECK(throttle.failed(key) == 0);
    CHECK(throttle.failed(key) >= 1000);
    CHECK(throttle.waitMs(key) > 0);
    CHECK(throttle.waitMs(QStringLiteral("10.0.0.2|laptop")) == 0);
    CHECK(throttle.size() == 1000);
    throttle.succeeded(key);
    CHECK(throttle.waitMs(key) == 0);
    CHECK(throttle.size() == 999);
}
