// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "connectionlimits.h"
#include "throttle.h"

#include <QHostAddress>
#include <QHttpServer>

#include <optional>

namespace tz::server {

class DeviceStore;
class EventStore;
class FileStore;
class ServerStores;
class SnapshotStore;
struct DeviceAuth;
struct DeviceCredentials;

// The HTTP face of the stores: GET /health, POST /v1/enroll (a one-time code for a device's secret
// and a first access token), POST /v1/token (the secret for a new access token and a new secret),
// POST /v1/sync (push this device's events and pull its scope's, in one request), POST
// /v1/snapshot (chunks of the starting copy of the device's scope, for a new device), POST
// /v1/file/put and /v1/file/get (an attachment's bytes, piece by piece, resumable). Bodies are the
// sync protocol's zlib-compressed CBOR (core/sync/wire.h). One line per request goes to stdout,
// without personal data. Connections and the bytes a request may send are bounded before
// QHttpServer reads them (ConnectionGate); the limits of each path are set here.
class SyncServer
{
public:
    // `limits`: the timeouts and caps; the bodies of the paths are the server's own.
    explicit SyncServer(ServerStores &stores, ConnectionLimits limits = {});
    // The port it listens on (`port` 0: any free one), or 0 when it cannot.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    QHttpServerResponse health() const;
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse sync(const QHttpServerRequest &request);
    static QHttpServerResponse credentialsAnswer(const DeviceCredentials &credentials);
    QHttpServerResponse snapshot(const QHttpServerRequest &request);
    QHttpServerResponse putFile(const QHttpServerRequest &request);
    QHttpServerResponse getFile(const QHttpServerRequest &request);
    // The enrolled device the request's bearer access token names, if any.
    std::optional<DeviceAuth> deviceOf(const QHttpServerRequest &request);
    // Counts a refused code or secret under `key` and logs it (`what`), with the wait it brings.
    static void noteFailure(Throttle &throttle, const QString &key, const QString &what);

    QString m_storeKind;
    DeviceStore &m_devices;
    EventStore &m_events;
    FileStore &m_files;
    SnapshotStore &m_snapshots;
    ConnectionLimits m_limits;
    QHttpServer m_http;
    Throttle m_codes; // refused enrollment codes, by address
    Throttle m_secrets; // refused secrets, by address and device id
};

} // namespace tz::server
