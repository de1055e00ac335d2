// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "devicestore.h"

#include "scopefiling.h"
#include "storedatabase.h"
#include "storesupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>

namespace tz::server {
using store::tr;

namespace {

QByteArray digest(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

// `bytes` random bytes as URL-safe base 64 text.
QString randomToken(int bytes)
{
    QByteArray secret(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), bytes / 4);
    return QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomCode()
{
    // Crockford's base 32 without look-alikes: 10 characters, 50 bits, for one use within hours.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString code;
    for (int i = 0; i < 10; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return code;
}

} // namespace

DeviceStore::DeviceStore(StoreDatabase &database)
    : m_db(database)
{
}

QList<DeviceSummary> DeviceStore::list()
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    QList<DeviceSummary> result;
    try {
        QSqlQuery &query = m_db.run(QStringLiteral(
            "SELECT d.id, d.label, d.scope, d.revoked, (SELECT COUNT(*) FROM events e WHERE e.device "
            "= d.id) FROM devices d ORDER BY d.scope, d.id"));
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toInt() != 0, query.value(4).toLongLong()});
    } catch (const ErrorException &) {
        // An empty list: the caller reports the store's state separately.
    }
    return result;
}

Result<QString> DeviceStore::createEnrollment(const QString &unitCode, qint64 ttlMs)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    if (scopesOf(unitCode).isEmpty())
        return Error::invalid(tr("\"%1\" is not a 12-digit division code.").arg(unitCode));
    try {
        const QString code = randomCode();
        m_db.run(QStringLiteral("INSERT INTO enrollments (code_hash, scope, expires_ms) VALUES (?, ?, ?)"),
            {digest(code.toLatin1()), unitCode, QDateTime::currentMSecsSinceEpoch() + ttlMs});
        return code;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<DeviceCredentials> DeviceStore::enroll(
    const QString &code, const QString &deviceId, const QString &label)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        m_db.transaction();
        QSqlQuery &found = m_db.run(
            QStringLiteral("SELECT scope, expires_ms, used_by FROM enrollments WHERE code_hash = ?"),
            {digest(code.toLatin1())});
        if (!found.next() || !found.value(2).isNull()
            || found.value(1).toLongLong() < QDateTime::currentMSecsSinceEpoch()) {
            m_db.rollback();
            return Error::forbidden(tr("the enrollment code is wrong, used or expired"));
        }
        const QString scope = found.value(0).toString();
        found.finish();
        // An id is bound once: a code never takes over a device (even a revoked one), and is not
        // spent by trying.
        QSqlQuery &known = m_db.run(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), {deviceId});
        if (known.next()) {
            known.finish();
            m_db.rollback();
            return Error::conflict(
                tr("this device id is already enrolled; a new device needs an id of its own"));
        }
        known.finish();
        const QString secret = randomToken(32);
        m_db.run(QStringLiteral("UPDATE enrollments SET used_by = ? WHERE code_hash = ?"),
            {deviceId, digest(code.toLatin1())});
        m_db.run(
            QStringLiteral(
                "INSERT INTO devices (id, label, scope, token_hash, enrolled_ms) VALUES (?, ?, ?, ?, ?)"),
            {deviceId, label.left(60), scope, digest(secret.toLatin1()),
                QDateTime::currentMSecsSinceEpoch()});
        DeviceCredentials credentials = issueAccess(deviceId);
        credentials.secret = secret;
        credentials.scope = scope;
        m_db.commit();
        return credentials;
    } catch (const ErrorException &e) {
        m_db.rollback();
        return e.error();
    }
}

DeviceCredentials DeviceStore::issueAccess(const QString &deviceId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_db.run(
        QStringLiteral("DELETE FROM access_tokens WHERE device = ? AND expires_ms <= ?"), {deviceId, now});
    DeviceCredentials credentials;
    credentials.access = randomToken(16); // 128 bits, for an hour
    credentials.accessExpiresMs = now + m_accessTtlMs;
    m_db.run(QStringLiteral("INSERT INTO access_tokens (token_hash, device, expires_ms) VALUES (?, ?, ?)"),
        {digest(credentials.access.toLatin1()), deviceId, credentials.accessExpiresMs});
    return credentials;
}

Result<DeviceCredentials> DeviceStore::refresh(const QString &deviceId, const QByteArray &secret)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    if (secret.isEmpty() || secret.size() > 128 || deviceId.isEmpty())
        return Error::forbidden(tr("unknown device or secret"));
    try {
        m_db.transaction();
        QSqlQuery &found = m_db.run(
            QStringLiteral(
                "SELECT token_hash, pending_hash, scope FROM devices WHERE id = ? AND revoked = 0"),
            {deviceId});
        const QByteArray shown = digest(secret);
        if (!found.next()
            || (found.value(0).toByteArray() != shown && found.value(1).toByteArray() != shown)) {
            m_db.rollback();
            return Error::forbidden(tr("unknown device or secret"));
        }
        const bool usedPending = found.value(1).toByteArray() == shown;
        const QString scope = found.value(2).toString();
        found.finish();
        DeviceCredentials credentials = issueAccess(deviceId);
        credentials.secret = randomToken(32);
        credentials.scope = scope;
        // The secret handed out last time is now proven received: the one before it ends.
        if (usedPending)
            m_db.run(QStringLiteral("UPDATE devices SET token_hash = pending_hash WHERE id = ?"), {deviceId});
        m_db.run(QStringLiteral("UPDATE devices SET pending_hash = ? WHERE id = ?"),
            {digest(credentials.secret.toLatin1()), deviceId});
        m_db.commit();
        return credentials;
    } catch (const ErrorException &e) {
        m_db.rollback();
        return e.error();
    }
}

Result<int> DeviceStore::rotate(const QString &deviceId)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        QSqlQuery &done = deviceId.isEmpty()
            ? m_db.run(QStringLiteral("DELETE FROM access_tokens"))
            : m_db.run(QStringLiteral("DELETE FROM access_tokens WHERE device = ?"), {deviceId});
        return done.numRowsAffected();
    } catch (const ErrorException &e) {
        return e.error();
    }
}

std::optional<DeviceAuth> DeviceStore::authenticate(const QByteArray &accessToken)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    if (accessToken.isEmpty() || accessToken.size() > 128)
        return std::nullopt;
    try {
        QSqlQuery &found = m_db.run(
            QStringLiteral("SELECT d.id, d.scope FROM access_tokens a JOIN devices d ON d.id = a.device "
                           "WHERE a.token_hash = ? AND a.expires_ms > ? AND d.revoked = 0"),
            {digest(accessToken), QDateTime::currentMSecsSinceEpoch()});
        if (!found.next())
            return std::nullopt;
        return DeviceAuth {found.value(0).toString(), found.value(1).toString()};
    } catch (const ErrorException &) {
        return std::nullopt;
    }
}

Status DeviceStore::revoke(const QString &deviceId)
{
    const auto finished = qScopeGuard([this] { m_db.finishStatements(); });
    try {
        QSqlQuery &done = m_db.run(QStringLiteral("UPDATE devices SET revoked = 1 WHERE id = ?"), {deviceId});
        if (done.numRowsAffected() == 0)
            return Error::notFound(tr("No device %1 is enrolled.").arg(deviceId));
        m_db.run(QStringLiteral("DELETE FROM access_tokens WHERE device = ?"), {deviceId});
        return {};
    } catch (const ErrorException &e) {
        return e.error();
    }
}

} // namespace tz::server
