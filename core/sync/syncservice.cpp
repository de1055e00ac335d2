// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "sync/syncservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>

namespace tz {
namespace {

constexpr int kFirstBackoffMs = 30 * 1000;
constexpr int kMaxBackoffMs = 10 * 60 * 1000;

} // namespace

SyncService::SyncService(Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_client(ledger)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    m_state = m_client.isEnrolled() ? State::Idle : State::NotEnrolled;
}

void SyncService::start(std::function<bool()> busy)
{
    m_busy = std::move(busy);
    if (m_client.isEnrolled())
        scheduleNext(2000); // soon after the window opens
}

void SyncService::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    emit stateChanged();
}

void SyncService::scheduleNext(int delayMs)
{
    m_nextAttemptMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    m_timer.start(delayMs);
}

void SyncService::syncNow()
{
    if (m_state == State::Syncing || !m_client.isEnrolled())
        return;
    m_timer.stop();
    m_report = {};
    setState(State::Syncing);
    sendBatch();
}

void SyncService::sendBatch()
{
    if (m_busy && m_busy()) {
        QTimer::singleShot(500, this, &SyncService::sendBatch);
        return;
    }
    Result<SyncClient::Batch> batch = m_client.prepareBatch();
    if (!batch) {
        fail(batch.error());
        return;
    }
    m_batch = std::move(*batch);
    QNetworkReply *reply = m_network.post(m_client.request(QStringLiteral("v1/sync")), m_batch.body);
    ++m_report.requests;
    m_report.bytesSent += m_batch.body.size();
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onAnswer(reply); });
}

void SyncService::onAnswer(QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    m_report.bytesReceived += answer.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        fail(m_client.errorFor(status, answer, reply->errorString()));
        return;
    }
    apply(answer);
}

void SyncService::apply(const QByteArray &answer)
{
    if (m_busy && m_busy()) {
        QTimer::singleShot(300, this, [this, answer] { apply(answer); });
        return;
    }
    const int before = m_report.pulled;
    Result<bool> more = m_client.applyAnswer(m_batch, answer, m_report);
    if (!more) {
        fail(more.error());
        return;
    }
    if (m_report.pulled > before)
        emit applied(m_report.pulled - before);
    if (*more) {
        emit stateChanged(); // progress: events so far
        sendBatch();
        return;
    }
    m_client.markSynced();
    m_backoffMs = 0;
    setState(State::Idle);
    scheduleNext(m_intervalMs);
}

void SyncService::fail(const Error &error)
{
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    setState(State::Failed, error.message);
    scheduleNext(m_backoffMs);
}

void SyncService::enroll(const QUrl &server, const QString &code, const QString &label)
{
    if (!server.isValid()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        emit enrollFailed(QCoreApplication::translate(
            "tz::Sync", "The server address must start with https:// (or http:// on this computer)."));
        return;
    }
    if (code.trimmed().isEmpty()) {
        emit enrollFailed(
            QCoreApplication::translate("tz::Sync", "Type the one-time code the administrator gave you."));
        return;
    }
    QUrl url = server;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("v1/enroll")
                                                      : url.path() + QStringLiteral("/v1/enroll"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-taizhang-sync"));
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.post(request, m_client.enrollmentBody(code, label));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Status stored = status == 200 ? m_client.storeEnrollment(server, answer)
                                      : Status(Error {ErrorKind::Io, QString(), {}});
        if (status != 200) {
            // errorFor() names the server it knows: the one being tried is not stored yet.
            QString said;
            if (status == 0)
                said = QCoreApplication::translate("tz::Sync", "The server at %1 cannot be reached (%2).")
                           .arg(server.toDisplayString(), reply->errorString());
            else if (status == 403)
                said = QCoreApplication::translate("tz::Sync", "The code is wrong, already used or expired.");
            else
                said = m_client.errorFor(status, answer, reply->errorString()).message;
            emit enrollFailed(said);
            return;
        }
        if (!stored) {
            emit enrollFailed(stored.error().message);
            return;
        }
        setState(State::Idle);
        emit enrolled();
        syncNow();
    });
}

} // namespace tz
