// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// A sync body is unpacked under its limit whatever its size header claims: a small body that
// inflates to gigabytes costs neither side more than the limit.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/common/boundedinflate.h"
#include "core/sync/syncclient.h"
#include "core/sync/wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtEndian>

#include <sys/resource.h>
#include <zlib.h>

using namespace tz;

namespace {

// A qCompress-shaped body: `claimed` in its size header, then a zlib stream of `inflated` zero
// bytes, made a piece at a time (never holding the inflated bytes).
QByteArray zeroBomb(quint32 claimed, qint64 inflated)
{
    QByteArray out(4, '\0');
    qToBigEndian(claimed, out.data());
    z_stream stream = {};
    REQUIRE(deflateInit(&stream, 9) == Z_OK);
    const QByteArray zeros(1024 * 1024, '\0');
    char buffer[64 * 1024];
    qint64 left = inflated;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 take = std::min<qint64>(left, zeros.size());
        left -= take;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = static_cast<uInt>(take);
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&stream);
    return out;
}

qint64 peakResidentKb()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

TEST_CASE(
    "a sync body that inflates past the limit is refused however small its size header", "[sync][limits]")
{
    // 1 GiB of zeros in about a megabyte, claiming 100 bytes.
    const QByteArray bomb = zeroBomb(100, qint64(1) << 30);
    REQUIRE(bomb.size() < wire::kMaxBody);
    const qint64 before = peakResidentKb();
    const Result<QCborMap> unpacked = wire::unpack(bomb);
    CHECK_FALSE(unpacked.ok());
    // The limit is 64 MiB: the peak grows by about that at most, never by the gigabyte.
    CHECK(peakResidentKb() - before < 200 * 1024);
}

TEST_CASE("a body is unpacked only when it inflates to exactly the size it claims", "[sync][limits]")
{
    QCborMap map;
    map.insert(wire::Message, QStringLiteral("你好"));
    const QByteArray body = wire::pack(map);
    REQUIRE(wire::unpack(body).ok());
    CHECK(wire::unpack(body)->value(wire::Message).toString() == QStringLiteral("你好"));

    const QByteArray plain = QByteArrayLiteral("a line of text, twice: a line of text");
    const QByteArray packed = qCompress(plain);
    CHECK(uncompressBounded(packed, 1000) == plain);
    CHECK_FALSE(uncompressBounded(packed, plain.size() - 1)); // the limit holds to the byte
    QByteArray lying = packed;
    qToBigEndian<quint32>(plain.size() - 1, lying.data());
    CHECK_FALSE(uncompressBounded(lying, 1000)); // says less than it holds
    qToBigEndian<quint32>(plain.size() + 1, lying.data());
    CHECK_FALSE(uncompressBounded(lying, 1000)); // says more
    CHECK_FALSE(uncompressBounded(packed.left(packed.size() - 3), 1000)); // cut short
    CHECK_FALSE(uncompressBounded(QByteArrayLiteral("\0\0\0\x05garbage"), 1000));
    CHECK_FALSE(uncompressBounded(QByteArray(), 1000));
}

TEST_CASE("a small body announcing millions of items is refused before they are built", "[sync][limits]")
{
    // A map whose one value is an array of 16 million zeros: 16 MB of CBOR, a gigabyte as values.
    QByteArray cbor;
    cbor.append(char(0xA1)); // map of 1
    cbor.append(char(0x02)); // key 2 (Events)
    cbor.append(char(0x9A)); // array, 32-bit length follows
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(16 * 1024 * 1024, length.data());
    cbor.append(length);
    cbor.append(QByteArray(16 * 1024 * 1024, '\0'));
    const qint64 before = peakResidentKb();
    CHECK_FALSE(wire::parseMap(cbor).has_value());
    CHECK(peakResidentKb() - before < 100 * 1024);

    // Nested past the depth limit: refused; an ordinary message: read.
    QByteArray deep(64, char(0x81)); // arrays of one, 64 deep
    deep.prepend(QByteArray("\xA1\x02", 2));
    deep.append(char(0x00));
    CHECK_FALSE(wire::parseMap(deep).has_value());
    QCborMap map;
    map.insert(wire::Message, QStringLiteral("好"));
    map.insert(wire::Events, QCborArray {1, 2, 3});
    const std::optional<QCborMap> read = wire::parseMap(map.toCborValue().toCbor());
    REQUIRE(read.has_value());
    CHECK(read->value(wire::Events).toArray().size() == 3);
}

TEST_CASE("a laptop abandons a server's answer larger than any answer may be, unread", "[sync][limits]")
{
    // A server that announces a gigabyte and keeps sending.
    QTcpServer hostile;
    REQUIRE(hostile.listen(QHostAddress::LocalHost, 0));
    const QByteArray piece(1024 * 1024, 'x');
    QObject::connect(&hostile, &QTcpServer::newConnection, [&hostile, &piece] {
        QTcpSocket *socket = hostile.nextPendingConnection();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-taizhang-sync\r\nContent-Length: "
                      "1073741824\r\n\r\n");
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, &piece] {
            if (socket->bytesToWrite() < piece.size() && socket->state() == QAbstractSocket::ConnectedState)
                socket->write(piece);
        });
        socket->write(piece);
    });
    test::TempLedger t(test::TempLedger::Data::None);
    SyncClient client(t.ws().ledger());
    client.setTimeoutMs(20000);
    const qint64 before = peakResidentKb();
    const Status enrolled
        = client.enroll(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hostile.serverPort())),
            QStringLiteral("ABCDEFGHJK"), {});
    REQUIRE_FALSE(enrolled.ok());
    INFO(enrolled.error().message.toStdString());
    CHECK(enrolled.error().message.contains(QStringLiteral("larger")));
    // Abandoned at the limit (8 MB) give or take what the network thread read ahead on loopback
    // meanwhile: far below the gigabyte, which reading it whole first would have cost.
    CHECK(peakResidentKb() - before < 400 * 1024);
}

TEST_CASE(
    "an event whose small payload holds thousands of values is refused before it is parsed", "[sync][limits]")
{
    Event event;
    event.id = QByteArray(16, '\x01');
    event.aggregateType = AggregateType::Case;
    event.aggregateId = QStringLiteral("0190f7a2-0000-7000-8000-0000000000d1");
    event.type = QStringLiteral("CaseNoted");
    event.actor = QStringLiteral("someone");
    event.device = QStringLiteral("0190f7a2-0000-7000-8000-0000000000d2");
    event.deviceSeq = 1;
    event.hlc = HlcTimestamp {1};
    event.hash = QByteArray(16, 'h');
    event.payload = {{QStringLiteral("text"), QStringLiteral("路灯, 水沟, 垃圾: 三件事")}};
    CHECK(wire::decodeEvent(wire::encodeEvent(event)).ok());

    QJsonArray zeros;
    for (int i = 0; i < 10000; ++i)
        zeros.append(0);
    event.payload = {{QStringLiteral("text"), zeros}}; // 20 KB of JSON, ten thousand values
    const Result<Event> refused = wire::decodeEvent(wire::encodeEvent(event));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("payload")));
}
