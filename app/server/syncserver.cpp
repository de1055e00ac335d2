// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "syncserver.h"

#include "connectiongate.h"
#include "core/cases/attachmentstore.h"
#include "core/sync/wire.h"
#include "serverlog.h"
#include "serverstores.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QRegularExpression>

namespace tz::server {
namespace {

constexpr qsizetype kPullBytes = 4 * 1024 * 1024;
constexpr qsizetype kFileRequest = wire::kFilePiece + 4096; // a piece and what names it
const QByteArray kMime = QByteArrayLiteral("application/x-taizhang-sync");

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse packed(const QCborMap &map, Status status = Status::Ok)
{
    return QHttpServerResponse(kMime, wire::pack(map), status);
}

QHttpServerResponse refusal(Status status, const QString &message)
{
    QCborMap map;
    map.insert(wire::Message, message);
    return packed(map, status);
}

qint64 seconds(qint64 ms)
{
    return (ms + 999) / 1000;
}

// Too many failures from the caller: it may try again in `waitMs`.
QHttpServerResponse tooSoon(qint64 waitMs)
{
    QHttpServerResponse response = refusal(Status::TooManyRequests,
        QStringLiteral("too many failed attempts; try again in %1 s").arg(seconds(waitMs)));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds(waitMs)));
    return response;
}

QHttpServerResponse refusal(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Forbidden:
        return refusal(Status::Forbidden, error.message);
    case ErrorKind::Conflict:
        return refusal(Status::Conflict, error.message);
    case ErrorKind::NotFound:
        return refusal(Status::NotFound, error.message);
    case ErrorKind::Storage:
    case ErrorKind::Io:
        return refusal(Status::ServiceUnavailable, error.message);
    default:
        return refusal(Status::BadRequest, error.message);
    }
}

} // namespace

SyncServer::SyncServer(ServerStores &stores, ConnectionLimits limits)
    : m_storeKind(stores.kind())
    , m_devices(stores.devices())
    , m_events(stores.events())
    , m_files(stores.files())
    , m_snapshots(stores.snapshots())
    , m_limits(std::move(limits))
{
    // Bodies of other paths (enrollment, tokens, snapshot and file requests): ConnectionLimits::otherBody.
    m_limits.bodies
        = {{QStringLiteral("/v1/sync"), wire::kMaxBody}, {QStringLiteral("/v1/file/put"), kFileRequest}};
    m_limits.bearerPaths = {QStringLiteral("/v1/sync"), QStringLiteral("/v1/snapshot"),
        QStringLiteral("/v1/file/put"), QStringLiteral("/v1/file/get")};
    m_limits.accessValid
        = [this](const QByteArray &token) { return m_devices.authenticate(token).has_value(); };
    m_http.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [this] { return health(); });
    m_http.route(QStringLiteral("/v1/enroll"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return enroll(request); });
    m_http.route(QStringLiteral("/v1/token"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return token(request); });
    m_http.route(QStringLiteral("/v1/sync"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return sync(request); });
    m_http.route(QStringLiteral("/v1/file/put"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return putFile(request); });
    m_http.route(QStringLiteral("/v1/file/get"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return getFile(request); });
    m_http.route(QStringLiteral("/v1/snapshot"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return snapshot(request); });
    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        // Method, path (escaped: it is the client's), status and sizes: never a body, a token or an
        // address.
        serverlog::line(
            QStringLiteral("%1 %2 %3 in=%4 out=%5")
                .arg(QVariant::fromValue(request.method()).toString(),
                    QString::fromLatin1(
                        serverlog::printable(request.url().path(QUrl::FullyEncoded).toLatin1())),
                    QString::number(static_cast<int>(response.statusCode())),
                    QString::number(request.body().size()), QString::number(response.data().size())));
        return std::move(response);
    });
}

quint16 SyncServer::listen(const QHostAddress &address, quint16 port)
{
    auto gate = std::make_unique<ConnectionGate>(m_limits, &m_http);
    if (!gate->listen(address, port))
        return 0;
    const quint16 bound = gate->serverPort();
    m_http.bind(gate.release()); // which takes it as a child
    return bound;
}

QHttpServerResponse SyncServer::health() const
{
    return QHttpServerResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("store"), m_storeKind}});
}

QHttpServerResponse SyncServer::enroll(const QHttpServerRequest &request)
{
    // Counted by address only: a guesser could make up a device id for every try.
    const QString address = ConnectionGate::addressKey(request.remoteAddress());
    if (const qint64 wait = m_codes.waitMs(address); wait > 0) {
        serverlog::line(QStringLiteral("enroll: tried again %1 s early").arg(seconds(wait)));
        return tooSoon(wait);
    }
    Result<QCborMap> map = wire::unpack(request.body());
    if (!map)
        return refusal(map.error());
    const QString code = map->value(wire::Code).toString();
    const QString device = map->value(wire::Device).toString();
    const QString label = map->value(wire::Label).toString();
    if (code.isEmpty() || code.size() > 32 || device.isEmpty() || device.size() > 64)
        return refusal(Status::BadRequest, QStringLiteral("an enrollment needs a code and a device id"));
    Result<DeviceCredentials> enrolled = m_devices.enroll(code, device, label);
    if (!enrolled) {
        if (enrolled.error().kind == ErrorKind::Forbidden)
            noteFailure(m_codes, address, QStringLiteral("enroll: wrong, used or expired code"));
        return refusal(enrolled.error());
    }
    m_codes.succeeded(address);
    return credentialsAnswer(*enrolled);
}

QHttpServerResponse SyncServer::credentialsAnswer(const DeviceCredentials &credentials)
{
    QCborMap answer;
    answer.insert(wire::Token, credentials.secret);
    answer.insert(wire::Scope, credentials.scope);
    answer.insert(wire::Access, credentials.access);
    answer.insert(wire::Expires, credentials.accessExpiresMs);
    answer.insert(wire::ServerTime, QDateTime::currentMSecsSinceEpoch());
    return packed(answer);
}

QHttpServerResponse SyncServer::token(const QHttpServerRequest &request)
{
    Result<QCborMap> map = wire::unpack(request.body());
    if (!map)
        return refusal(map.error());
    const QString device = map->value(wire::Device).toString();
    const QString secret = map->value(wire::Token).toString();
    if (device.isEmpty() || device.size() > 64 || secret.isEmpty() || secret.size() > 128)
        return refusal(
            Status::BadRequest, QStringLiteral("a token request needs a device id and its secret"));
    // Counted by address and device: ids travel in every event, so wrong secrets sent from
    // elsewhere must not hold up the laptop itself (a secret of 256 bits is not guessed anyway).
    const QString key = ConnectionGate::addressKey(request.remoteAddress()) + QLatin1Char('|') + device;
    const QString named = QString::fromLatin1(serverlog::printable(device.toUtf8(), 64));
    if (const qint64 wait = m_secrets.waitMs(key); wait > 0) {
        serverlog::line(
            QStringLiteral("token: device %1 tried again %2 s early").arg(named).arg(seconds(wait)));
        return tooSoon(wait);
    }
    Result<DeviceCredentials> refreshed = m_devices.refresh(device, secret.toLatin1());
    if (!refreshed) {
        if (refreshed.error().kind == ErrorKind::Forbidden)
            noteFailure(m_secrets, key, QStringLiteral("token: wrong secret for device %1").arg(named));
        return refusal(refreshed.error());
    }
    m_secrets.succeeded(key);
    return credentialsAnswer(*refreshed);
}

void SyncServer::noteFailure(Throttle &throttle, const QString &key, const QString &what)
{
    const qint64 wait = throttle.failed(key);
    const int inARow = throttle.failures(key);
    serverlog::line(wait > 0 ? QStringLiteral("%1 (%2 in a row from one address); it waits %3 s")
                                   .arg(what)
                                   .arg(inARow)
                                   .arg(seconds(wait))
                             : QStringLiteral("%1 (%2 in a row from one address)").arg(what).arg(inARow));
}

std::optional<DeviceAuth> SyncServer::deviceOf(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    return m_devices.authenticate(authorization.mid(7).trimmed());
}

QHttpServerResponse SyncServer::snapshot(const QHttpServerRequest &request)
{
    const std::optional<DeviceAuth> device = deviceOf(request);
    if (!device)
        return refusal(Status::Unauthorized, QStringLiteral("unknown, expired or revoked access token"));
    Result<QCborMap> map = wire::unpack(request.body());
    if (!map)
        return refusal(map.error());
    const QCborValue chunkValue = map->value(wire::Chunk);
    if (!chunkValue.isInteger() || chunkValue.toInteger() < 0)
        return refusal(Status::BadRequest, QStringLiteral("a chunk is a whole number"));
    Result<std::optional<SnapshotInfo>> latest = m_snapshots.latestSnapshot(device->scope);
    if (!latest)
        return refusal(latest.error());
    if (!*latest)
        return refusal(Status::NotFound, QStringLiteral("no starting copy of this unit yet"));
    const SnapshotInfo &info = **latest;
    // A download of a copy since replaced starts again on the new one.
    qint64 first = chunkValue.toInteger();
    if (map->value(wire::SnapshotId).toInteger(-1) != info.id)
        first = 0;
    if (first >= info.chunks) // a device that had it all but did not take it in: again
        first = 0;
    QCborArray data;
    qsizetype bytes = 0;
    for (qint64 n = first; n < info.chunks && (bytes == 0 || bytes < wire::kSnapshotAnswer); ++n) {
        Result<QByteArray> chunk = m_snapshots.snapshotChunk(info.id, static_cast<int>(n));
        if (!chunk)
            return refusal(chunk.error());
        if (bytes > 0 && bytes + chunk->size() > wire::kSnapshotAnswer)
            break;
        bytes += chunk->size();
        data.append(*chunk);
    }
    QCborMap answer;
    answer.insert(wire::SnapshotId, info.id);
    answer.insert(wire::Cursor, info.cursor);
    answer.insert(wire::Size, info.size);
    answer.insert(wire::Chunks, info.chunks);
    answer.insert(wire::Chunk, first);
    answer.insert(wire::Data, data);
    answer.insert(wire::ServerTime, QDateTime::currentMSecsSinceEpoch());
    // The chunks are compressed already: the answer goes as it is.
    return QHttpServerResponse(QByteArrayLiteral("application/cbor"), answer.toCborValue().toCbor());
}

namespace {

// A file request (plain CBOR: photos and scans do not compress) with the attachment it names;
// nothing when it is malformed.
std::optional<QCborMap> fileRequest(const QHttpServerRequest &request, QString &hash)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    if (request.body().size() > kFileRequest)
        return std::nullopt;
    const std::optional<QCborMap> parsed = wire::parseMap(request.body());
    if (!parsed)
        return std::nullopt;
    const QCborMap &map = *parsed;
    hash = map.value(wire::FileHash).toString();
    if (!shape.match(hash).hasMatch() || !map.value(wire::Offset).isInteger()
        || map.value(wire::Offset).toInteger() < 0)
        return std::nullopt;
    return map;
}

QHttpServerResponse pieceAnswer(const FilePiece &piece)
{
    QCborMap answer;
    answer.insert(wire::Size, piece.size);
    answer.insert(wire::Offset, piece.offset);
    answer.insert(wire::Complete, piece.complete);
    if (!piece.data.isEmpty())
        answer.insert(wire::Data, piece.data);
    return QHttpServerResponse(QByteArrayLiteral("application/cbor"), answer.toCborValue().toCbor());
}

} // namespace

QHttpServerResponse SyncServer::putFile(const QHttpServerRequest &request)
{
    const std::optional<DeviceAuth> device = deviceOf(request);
    if (!device)
        return refusal(Status::Unauthorized, QStringLiteral("unknown, expired or revoked access token"));
    if (request.body().size() > kFileRequest)
        return refusal(Status::PayloadTooLarge, QStringLiteral("a piece of a file is at most 1 MiB"));
    QString hash;
    const std::optional<QCborMap> map = fileRequest(request, hash);
    const qint64 size = map ? map->value(wire::Size).toInteger(-1) : -1;
    if (!map || size < 1 || size > AttachmentStore::kMaxBytes || !map->value(wire::Data).isByteArray())
        return refusal(
            Status::BadRequest, QStringLiteral("a file piece needs a hash, a size, an offset and bytes"));
    Result<FilePiece> piece = m_files.putFile(
        *device, hash, size, map->value(wire::Offset).toInteger(), map->value(wire::Data).toByteArray());
    if (!piece)
        return refusal(piece.error());
    return pieceAnswer(*piece);
}

QHttpServerResponse SyncServer::getFile(const QHttpServerRequest &request)
{
    const std::optional<DeviceAuth> device = deviceOf(request);
    if (!device)
        return refusal(Status::Unauthorized, QStringLiteral("unknown, expired or revoked access token"));
    QString hash;
    const std::optional<QCborMap> map = fileRequest(request, hash);
    if (!map)
        return refusal(Status::BadRequest, QStringLiteral("a file request needs a hash and an offset"));
    Result<FilePiece> piece
        = m_files.getFile(*device, hash, map->value(wire::Offset).toInteger(), wire::kFileAnswer);
    if (!piece)
        return refusal(piece.error());
    return pieceAnswer(*piece);
}

QHttpServerResponse SyncServer::sync(const QHttpServerRequest &request)
{
    const std::optional<DeviceAuth> device = deviceOf(request);
    if (!device)
        return refusal(Status::Unauthorized, QStringLiteral("unknown, expired or revoked access token"));
    if (request.body().size() > wire::kMaxBody)
        return refusal(Status::PayloadTooLarge, QStringLiteral("the request is too big"));
    Result<QCborMap> map = wire::unpack(request.body());
    if (!map)
        return refusal(map.error());
    const QCborArray incoming = map->value(wire::Events).toArray();
    Result<QList<Event>> events = wire::decodeEvents(incoming);
    if (!events)
        return refusal(events.error());
    QList<PushedEvent> pushed;
    pushed.reserve(events->size());
    for (qsizetype i = 0; i < events->size(); ++i)
        pushed.append({events->at(i), incoming.at(i).toCbor()});
    const QCborValue cursorValue = map->value(wire::Cursor);
    if (!cursorValue.isInteger() || cursorValue.toInteger() < 0)
        return refusal(Status::BadRequest, QStringLiteral("a cursor is a whole number"));
    // Asked for (about once a day): what the device should hold of others' events so far.
    std::optional<qint64> listed;
    if (map->value(wire::Checksum).isInteger()) {
        Result<qint64> count = m_events.listedCount(*device, cursorValue.toInteger());
        if (!count)
            return refusal(count.error());
        listed = *count;
    }
    Result<PushOutcome> stored = m_events.push(*device, pushed);
    if (!stored)
        return refusal(stored.error());
    Result<PullBatch> batch = m_events.pull(*device, cursorValue.toInteger(), kPullBytes);
    if (!batch)
        return refusal(batch.error());
    QCborArray ackArray;
    for (qint64 ack : std::as_const(stored->acks))
        ackArray.append(ack);
    QCborArray refusedArray;
    for (const PushRefusal &refused : std::as_const(stored->refused))
        refusedArray.append(QCborArray {refused.index, refused.reason, refused.detail});
    QCborArray outgoing;
    for (const QByteArray &body : std::as_const(batch->bodies))
        outgoing.append(QCborValue::fromCbor(body));
    QCborMap answer;
    answer.insert(wire::Acks, ackArray);
    if (!refusedArray.isEmpty())
        answer.insert(wire::Refused, refusedArray);
    answer.insert(wire::Events, outgoing);
    answer.insert(wire::Cursor, batch->cursor);
    answer.insert(wire::More, batch->more);
    if (!batch->drops.isEmpty())
        answer.insert(wire::Drops, wire::encodeDrops(batch->drops));
    if (listed)
        answer.insert(wire::Checksum, *listed);
    answer.insert(wire::ServerTime, QDateTime::currentMSecsSinceEpoch());
    return packed(answer);
}

} // namespace tz::server
