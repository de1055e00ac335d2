// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/role.h"
#include "core/common/error.h"
#include "core/ledger/event.h"
#include "core/ledger/ledger.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace tz::server {

// An enrolled device as a request's token identifies it.
struct DeviceAuth
{
    QString id;
    QString scope; // the org unit code it is bound to
};

// One event pushed, with the very bytes the device sent (passed on to other devices as they are).
struct PushedEvent
{
    Event event;
    QByteArray body;
};

// A pushed event the server did not store, and why (a wire::Refusal and the server's words).
struct PushRefusal
{
    qsizetype index = 0;
    int reason = 0;
    QString detail;
};

// What a push stored: each event's global sequence (0 for a refused one) and the refusals.
struct PushOutcome
{
    QList<qint64> acks;
    QList<PushRefusal> refused;
};

// What a device holds to talk to the server: its secret (kept, rotated at each refresh) and a
// short-lived access token that every sync request carries.
struct DeviceCredentials
{
    QString secret;
    QString access;
    qint64 accessExpiresMs = 0; // server time
    QString scope;
};

// Where an attachment's upload stands, or a piece of its bytes.
struct FilePiece
{
    qint64 size = 0; // the whole file
    qint64 offset = 0; // where `data` starts (an upload: how much the server holds)
    QByteArray data;
    bool complete = false;
};

struct DeviceSummary
{
    QString id;
    QString label;
    QString scope;
    bool revoked = false;
    qint64 events = 0; // stored from it
};

// A server-built copy of one scope's ledger (see SnapshotBuilder), stored in chunks of
// wire::kSnapshotChunk bytes of the file, each compressed on its own (zlib's checksum guards
// each; the device's SQLite reads every page of the copy as it takes it in).
struct SnapshotInfo
{
    qint64 id = 0;
    QString scope;
    qint64 cursor = 0; // the feed position it holds everything up to
    qint64 createdMs = 0;
    qint64 size = 0; // bytes of the ledger file
    int chunks = 0;
};

struct PullBatch
{
    QList<QByteArray> bodies; // events, each as its device sent it
    QList<AggregateRef> drops; // aggregates that left the scope, after the events
    qint64 cursor = 0; // the feed position after the last one
    bool more = false;
};

// The server's store: the global event log, the feed that makes each scope a range read, the
// devices and their enrollment codes. Over Qt Sql, so the same code runs on SQLite (one file, no
// setup) and on PostgreSQL (several server instances sharing one database).
//
// Feed: every event is listed once under each scope that may see it (the org units its aggregate
// has touched and their ancestors, or "*" for the shared reference data), each listing with its
// own position. A device pulls the listings of its unit and of "*" after its cursor. When a case
// reaches a new unit (a dispatch, an escalation), its earlier events are listed there too, with new
// positions, so the new unit's devices receive its whole history.
class ServerStore
{
public:
    // `spec` is "sqlite:PATH" or "postgresql://user[:password]@host[:port]/dbname".
    static Result<std::unique_ptr<ServerStore>> open(const QString &spec);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    [[nodiscard]] QString kind() const { return m_kind; }

    // A one-time code that enrolls one device bound to `unitCode` ("*": the whole ledger, for the
    // administrator's own device), valid for `ttlMs`.
    [[nodiscard]] Result<QString> createEnrollment(const QString &unitCode, qint64 ttlMs);
    // Spends the code: the device's secret, a first access token and its scope.
    [[nodiscard]] Result<DeviceCredentials> enroll(
        const QString &code, const QString &deviceId, const QString &label);
    // A new access token for the device's secret, and a new secret in place of it. The secret
    // shown stays good until the new one is first used, so an answer lost on the way costs
    // nothing; once the new one is used, the old one is refused.
    [[nodiscard]] Result<DeviceCredentials> refresh(const QString &deviceId, const QByteArray &secret);
    // The device an unexpired access token belongs to, unless revoked.
    [[nodiscard]] std::optional<DeviceAuth> authenticate(const QByteArray &accessToken);
    [[nodiscard]] Status revoke(const QString &deviceId);
    // Ends the access tokens of one device (or of all, with an empty id) at once: each must show
    // its secret again, which rotates it. Answers how many tokens ended.
    [[nodiscard]] Result<int> rotate(const QString &deviceId);
    // How long an access token lives (default one hour).
    void setAccessLifetime(qint64 ms) { m_accessTtlMs = ms; }
    // Every enrolled device with how many of its events are stored.
    [[nodiscard]] QList<DeviceSummary> devices();

    // Stores the events in one transaction and answers each one's global sequence; an event
    // already stored answers its first sequence. An event outside the device's scope or its
    // user's rights is refused on its own (the rest are stored: one refused record never stops a
    // device's sync); events of another device or that do not match their hash refuse the batch.
    [[nodiscard]] Result<PushOutcome> push(const DeviceAuth &device, const QList<PushedEvent> &events);
    // What the device's scope holds after `cursor`, at most about `maxBytes`.
    [[nodiscard]] Result<PullBatch> pull(const DeviceAuth &device, qint64 cursor, qsizetype maxBytes);

    // Attachments, by the hex SHA-256 of their bytes. A device may send or fetch one only when a
    // case of its scope refers to it. put: `data` written at `offset` when that is exactly what
    // the server holds (a resumed upload), then what it holds; the last piece is checked against
    // the hash (an Invalid error, and the bytes forgotten, when they differ).
    [[nodiscard]] Result<FilePiece> putFile(
        const DeviceAuth &device, const QString &hash, qint64 size, qint64 offset, const QByteArray &data);
    // Up to `maxBytes` of a file the server holds whole, from `offset`.
    [[nodiscard]] Result<FilePiece> getFile(
        const DeviceAuth &device, const QString &hash, qint64 offset, qsizetype maxBytes);

    // The per-scope checksum: how many distinct events of other devices the device's scope (and
    // the shared data) listed up to `cursor`; a device that applied everything holds as many.
    [[nodiscard]] Result<qint64> listedCount(const DeviceAuth &device, qint64 cursor);

    // Stores a snapshot (all or nothing) and drops the scope's older ones; answers its id.
    [[nodiscard]] Result<qint64> saveSnapshot(const SnapshotInfo &info, const QList<QByteArray> &chunks);
    // The newest snapshot of a scope, if any.
    [[nodiscard]] Result<std::optional<SnapshotInfo>> latestSnapshot(const QString &scope);
    // Units whose newest copy was made before `beforeMs` and whose feed has moved on since.
    [[nodiscard]] Result<QStringList> staleSnapshotScopes(qint64 beforeMs);
    // One compressed chunk; an error of kind NotFound when the snapshot is gone (a newer one
    // replaced it) or has no such chunk.
    [[nodiscard]] Result<QByteArray> snapshotChunk(qint64 id, int n);

private:
    ServerStore(QString connection, QString kind);
    Status migrate();
    // Fills actor_roles (and file_refs, from before version 4) from the events already stored,
    // for a store made by an earlier version.
    void indexStoredEvents(int fromVersion);
    QSqlDatabase db() const;
    // Stores a new access token for the device (and forgets its expired ones).
    DeviceCredentials issueAccess(const QString &deviceId);
    // Whether the user an event names may take its step: one of the roles the user was ever
    // given allows it (a role taken away later does not refuse what was done offline before).
    // Throws a Forbidden error otherwise.
    void checkAuthority(const Event &event, bool top, QHash<QString, QList<Role>> &roleCache);
    // Who is named as acting: from a laptop, a user of its own subtree; a new user's login unique,
    // and made by an administrator. Throws the refusal.
    void checkActor(const DeviceAuth &device, const Event &event, bool top, bool newAggregate);
    void noteUser(const Event &created);
    // Whether a case of the device's scope refers to the file (a NotFound or Forbidden error
    // otherwise).
    Status checkFileScope(const DeviceAuth &device, const QString &hash, bool sending = false);
    // Whether the device's scope covers a unit the aggregate has left (its writes from before it
    // heard are still taken).
    bool wasInScope(const DeviceAuth &device, int aggregateType, const QString &aggregateId);
    // The units among `holders` that a case leaves with `event` (stored as `gseq`): see
    // caseleaving.h.
    QStringList unitsLeaving(const Event &event, qint64 gseq, const QStringList &holders);
    // Runs `sql` (prepared once and kept) with `values`; a refusal throws ErrorException.
    QSqlQuery &run(const QString &sql, const QVariantList &values = {});
    void finishStatements();

    QString m_connection;
    QString m_kind;
    QHash<QString, QSqlQuery> m_statements;
    qint64 m_accessTtlMs = 60 * 60 * 1000;
};

// The scopes that see a unit's data: the unit and each of its ancestors, from the code's digits.
QStringList scopesOf(const QString &unitCode);
// True when `unitCode` lies in the subtree of the device scope `scope` ("*" holds everything).
bool scopeCovers(const QString &scope, const QString &unitCode);

} // namespace tz::server
