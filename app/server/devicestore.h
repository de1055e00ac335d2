// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "deviceauth.h"

#include "core/common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tz::server {

class StoreDatabase;

// What a device holds to talk to the server: its secret (kept, rotated at each refresh) and a
// short-lived access token that every sync request carries.
struct DeviceCredentials
{
    QString secret;
    QString access;
    qint64 accessExpiresMs = 0; // server time
    QString scope;
};

struct DeviceSummary
{
    QString id;
    QString label;
    QString scope;
    bool revoked = false;
    qint64 events = 0; // stored from it
};

// Enrollment, tokens and devices (`enrollments`, `devices`, `access_tokens`): one-time codes that
// bind a device to a unit, the secret each device holds and the access tokens its requests carry.
// Secrets, codes and tokens are stored only as hashes.
class DeviceStore
{
public:
    explicit DeviceStore(StoreDatabase &database);

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
    [[nodiscard]] QList<DeviceSummary> list();

private:
    // Stores a new access token for the device (and forgets its expired ones).
    DeviceCredentials issueAccess(const QString &deviceId);

    StoreDatabase &m_db;
    qint64 m_accessTtlMs = 60 * 60 * 1000;
};

} // namespace tz::server
