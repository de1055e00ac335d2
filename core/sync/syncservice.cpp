// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/syncservice.h"

#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/sync/filesync.h"
#include "core/sync/replylimits.h"
#include "core/sync/snapshotdownload.h"
#include "core/sync/wire.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QThread>

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
    m_accessRenewed = false;
    withAccess([this] {
        if (SnapshotDownload(m_client.ledger()).wanted())
            sendSnapshotRequest(); // a new device: the starting copy first
        else
            sendBatch();
    });
}

void SyncService::withAccess(const std::function<void()> &then)
{
    if (!m_client.needsAccess()) {
        then();
        return;
    }
    renewAccess(then);
}

void SyncService::renewAccess(const std::function<void()> &then)
{
    m_accessRenewed = true;
    const QByteArray body = m_client.accessRequestBody();
    QNetworkReply *reply = m_network.post(m_client.request(QStringLiteral("v1/token")), body);
    replylimits::guard(reply, wire::kMaxBody);
    ++m_report.requests;
    m_report.bytesSent += body.size();
    connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        m_report.bytesReceived += answer.size();
        const int status = replylimits::abandoned(reply)
            ? 0
            : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 403) {
            fail(SyncClient::refusedSecret());
            return;
        }
        if (status != 200) {
            fail(SyncClient::errorFor(status, answer, replylimits::errorText(reply), reply->request().url()));
            return;
        }
        if (Status stored = m_client.storeAccess(answer); !stored) {
            fail(stored.error());
            return;
        }
        then();
    });
}

bool SyncService::renewedAfterRefusal(int status, const std::function<void()> &retry)
{
    // An access token ended early (admin rotate): one new one, then the same request again.
    if (status != 401 || m_accessRenewed)
        return false;
    renewAccess(retry);
    return true;
}

void SyncService::sendSnapshotRequest()
{
    const QByteArray body = SnapshotDownload(m_client.ledger()).nextRequest();
    QNetworkReply *reply = m_network.post(m_client.request(QStringLiteral("v1/snapshot")), body);
    replylimits::guard(reply, wire::kSnapshotAnswer + wire::kMaxBody);
    ++m_report.requests;
    m_report.bytesSent += body.size();
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onSnapshotAnswer(reply); });
}

void SyncService::onSnapshotAnswer(QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    m_report.bytesReceived += answer.size();
    const int status = replylimits::abandoned(reply)
        ? 0
        : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (renewedAfterRefusal(status, [this] { sendSnapshotRequest(); }))
        return;
    SnapshotDownload download(m_client.ledger());
    if (status == 404) { // no copy of this unit on the server: event by event
        download.abandon();
        sendBatch();
        return;
    }
    if (status != 200) {
        fail(SyncClient::errorFor(status, answer, replylimits::errorText(reply), reply->request().url()));
        return;
    }
    if (m_busy && m_busy()) {
        // The ledger is taken: ask for the same chunks again in a moment.
        QTimer::singleShot(500, this, &SyncService::sendSnapshotRequest);
        return;
    }
    Result<SnapshotDownload::Step> step = download.take(answer);
    if (!step) {
        fail(step.error());
        return;
    }
    m_snapshotReceived = download.receivedBytes();
    m_snapshotTotal = download.totalBytes();
    if (*step == SnapshotDownload::Step::More) {
        emit stateChanged(); // progress: bytes so far
        sendSnapshotRequest();
        return;
    }
    m_snapshotTotal = 0;
    if (*step == SnapshotDownload::Step::Done)
        emit applied(static_cast<int>(m_client.ledger().eventCount()));
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
    resendBatch();
}

void SyncService::resendBatch()
{
    QNetworkReply *reply = m_network.post(m_client.request(QStringLiteral("v1/sync")), m_batch.body);
    replylimits::guard(reply, wire::kMaxBody);
    ++m_report.requests;
    m_report.bytesSent += m_batch.body.size();
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onAnswer(reply); });
}

void SyncService::onAnswer(QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    m_report.bytesReceived += answer.size();
    const int status = replylimits::abandoned(reply)
        ? 0
        : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (renewedAfterRefusal(status, [this] { resendBatch(); }))
        return;
    if (status != 200) {
        fail(SyncClient::errorFor(status, answer, replylimits::errorText(reply), reply->request().url()));
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
    // Cases received and cases dropped both change what the screens show.
    const int before = m_report.pulled + m_report.dropped;
    Result<bool> more = m_client.applyAnswer(m_batch, answer, m_report);
    if (!more) {
        fail(more.error());
        return;
    }
    if (m_report.pulled + m_report.dropped > before)
        emit applied(m_report.pulled + m_report.dropped - before);
    if (*more) {
        emit stateChanged(); // progress: events so far
        sendBatch();
        return;
    }
    m_client.markSynced();
    m_backoffMs = 0;
    setState(State::Idle);
    scheduleNext(m_intervalMs);
    startFileTransfers();
}

void SyncService::startFileTransfers()
{
    if (m_files || m_client.accessToken().isEmpty())
        return;
    // Files only, on a thread of their own with a reading connection: the window and the
    // ledger's writer are not held up by a photo on a slow link.
    const QString path = m_client.ledger().path();
    const QUrl server = m_client.server();
    const QString access = m_client.accessToken();
    m_stopFiles = false;
    m_files.reset(QThread::create([this, path, server, access] {
        QString problem;
        int arrived = 0;
        try {
            const std::unique_ptr<SqlDatabase> reader = Ledger::openReader(path);
            FileSync files(path, server, access);
            const Progress goOn = [this](qint64, qint64) { return !m_stopFiles; };
            Result<FileSyncReport> sent = files.sendWaiting(goOn);
            Result<FileSyncReport> fetched = sent
                ? files.fetchForOpenCases(*reader, SyncClient::kBackgroundFetchBytes, goOn)
                : Result<FileSyncReport>(sent.error());
            if (!fetched)
                problem = fetched.error().message;
            else
                arrived = fetched->fetched;
        } catch (const ErrorException &e) {
            problem = e.error().message;
        }
        QMetaObject::invokeMethod(this, [this, problem, arrived] {
            m_files->wait();
            m_files.reset();
            m_filesMessage = problem;
            if (arrived > 0)
                emit filesArrived();
            emit stateChanged(); // the status bar says whether files are stuck
        });
    }));
    m_files->start();
}

SyncService::~SyncService()
{
    if (m_files) {
        m_stopFiles = true; // between two pieces: what arrived is kept
        m_files->wait();
    }
}

void SyncService::fail(const Error &error)
{
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    setState(State::Failed, error.message);
    scheduleNext(m_backoffMs);
}

void SyncService::enroll(const QUrl &server, const QString &code, const QString &label)
{
    if (Status checked = SyncClient::checkEnrollment(server, code); !checked) {
        emit enrollFailed(checked.error().message);
        return;
    }
    const QNetworkRequest request = SyncClient::requestTo(server, QStringLiteral("v1/enroll"), 30000);
    QNetworkReply *reply = m_network.post(request, m_client.enrollmentBody(code, label));
    replylimits::guard(reply, wire::kMaxBody);
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = replylimits::abandoned(reply)
            ? 0
            : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const Status stored = status == 200 ? m_client.storeEnrollment(server, answer)
            : status == 409                 ? Status(SyncClient::alreadyEnrolled())
                                            : Status(SyncClient::errorFor(
                                                status, answer, replylimits::errorText(reply), reply->request().url()));
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
