// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/syncclient.h"

#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/sync/filesync.h"
#include "core/sync/replylimits.h"
#include "core/sync/setaside.h"
#include "core/sync/snapshotdownload.h"
#include "core/sync/syncstate.h"
#include "core/sync/wire.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace tz {
namespace {

// Own events per request: a week of a busy counter fits in one.
constexpr int kPushBatch = 2000;

} // namespace

SyncClient::SyncClient(Ledger &ledger)
    : m_ledger(ledger)
{
}

QString SyncClient::state(const char *key)
{
    return syncstate::get(m_ledger.db(), key);
}

bool SyncClient::isEnrolled()
{
    return !state("token").isEmpty();
}

QString SyncClient::scope()
{
    return state("scope");
}

QUrl SyncClient::server()
{
    return QUrl(state("server"));
}

std::optional<qint64> SyncClient::lastSyncMs()
{
    const QString value = state("last_sync_ms");
    return value.isEmpty() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

qint64 SyncClient::clockSkewMs()
{
    return state("clock_skew_ms").toLongLong();
}

qint64 SyncClient::waitingEvents()
{
    return m_ledger.db()
        .cached("SyncClient::waitingEvents",
            "SELECT COUNT(*) FROM events WHERE device = (SELECT id FROM names WHERE value = ?1) "
            "AND device_seq > ?2")
        .bind(1, m_ledger.device().id)
        .bind(2, state("pushed").toLongLong())
        .first([](const SqlStatement &row) { return row.int64(0); })
        .value_or(0);
}

QNetworkRequest SyncClient::requestTo(const QUrl &server, const QString &path, int timeoutMs)
{
    QUrl url = server;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-taizhang-sync"));
    request.setTransferTimeout(timeoutMs);
    return request;
}

QNetworkRequest SyncClient::request(const QString &path)
{
    QNetworkRequest request = requestTo(server(), path, m_timeoutMs);
    const QString access = state("access");
    if (!access.isEmpty())
        request.setRawHeader(
            QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + access.toLatin1());
    return request;
}

Status SyncClient::checkEnrollment(const QUrl &server, const QString &code)
{
    if (!server.isValid()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")))
        return Error::invalid(
            tr("The server address must start with https:// (or http:// on this computer)."),
            QStringLiteral("server"));
    // Plain http would carry this computer's secret and every resident's record readable by
    // anyone on the way: only to a server on this very computer (a test, a demo).
    const QHostAddress host(server.host());
    const bool here = server.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (server.scheme() == QLatin1String("http") && !here)
        return Error::invalid(
            tr("http:// would send this computer's secret and the residents' records unencrypted: "
               "use the server's https:// address (http:// only for a server on this computer)."),
            QStringLiteral("server"));
    if (code.trimmed().isEmpty())
        return Error::invalid(
            tr("Type the one-time code the administrator gave you."), QStringLiteral("code"));
    return {};
}

Error SyncClient::errorFor(int status, const QByteArray &answer, const QString &networkError, const QUrl &url)
{
    if (status == 0)
        return Error {ErrorKind::Io,
            tr("The server at %1 cannot be reached (%2). Everything stays saved here; sync again later.")
                .arg(url.adjusted(QUrl::RemovePath).toDisplayString(), networkError),
            {}};
    QString said;
    if (Result<QCborMap> map = wire::unpack(answer))
        said = map->value(wire::Message).toString().left(200); // a server's words, bounded
    const QString detail = said.isEmpty() ? QString::number(status) : said;
    switch (status) {
    case 401:
        return Error::forbidden(
            tr("The server does not accept this device (%1): enroll it again with a new code.").arg(detail));
    case 403:
        return Error::forbidden(tr("The server refused: %1. Nothing here was lost.").arg(detail));
    case 404:
        return Error::notFound(tr("The server has no such thing (%1).").arg(detail));
    case 409:
        return Error::conflict(
            tr("The server refused a conflicting event: %1. Nothing here was lost.").arg(detail));
    case 429:
        return Error {ErrorKind::Io, tr("Too many attempts: wait a few minutes and try again."), {}};
    default:
        return Error {ErrorKind::Io,
            tr("The server answered with an error (%1). Nothing here was lost.").arg(detail), {}};
    }
}

Result<QByteArray> SyncClient::post(
    const QNetworkRequest &request, const QByteArray &body, SyncReport &report, qsizetype maxAnswer)
{
    QNetworkAccessManager network;
    QEventLoop loop; // this thread's own loop while the request runs: the caller is a worker
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    replylimits::guard(reply.get(), maxAnswer);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ++report.requests;
    report.bytesSent += body.size();
    const QByteArray answer = reply->readAll();
    report.bytesReceived += answer.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = status;
    if (replylimits::abandoned(reply.get()))
        return Error {ErrorKind::Io, replylimits::errorText(reply.get()), {}};
    if (status == 200)
        return answer;
    return errorFor(status, answer, replylimits::errorText(reply.get()), request.url());
}

bool SyncClient::needsAccess()
{
    constexpr qint64 kMarginMs = 5 * 60 * 1000;
    if (state("access").isEmpty())
        return true;
    const qint64 serverNow = m_ledger.wallMs() - clockSkewMs();
    return state("access_expires_ms").toLongLong() - kMarginMs < serverNow;
}

QByteArray SyncClient::accessRequestBody()
{
    QCborMap request;
    request.insert(wire::Device, m_ledger.device().id);
    request.insert(wire::Token, state("token"));
    return wire::pack(request);
}

Status SyncClient::storeAccess(const QByteArray &answer)
{
    try {
        Result<QCborMap> map = wire::unpack(answer);
        if (!map)
            return map.error();
        const QString secret = map->value(wire::Token).toString();
        const QString access = map->value(wire::Access).toString();
        if (secret.isEmpty() || access.isEmpty())
            return Error::invalid(tr("The server's answer for access is incomplete."));
        const qint64 serverTime = map->value(wire::ServerTime).toInteger();
        const Status stored = m_ledger.writeState([&](SqlDatabase &db) {
            syncstate::set(db, "token", secret);
            syncstate::set(db, "access", access);
            syncstate::set(db, "access_expires_ms", QString::number(map->value(wire::Expires).toInteger()));
            if (serverTime > 0)
                syncstate::set(db, "clock_skew_ms", QString::number(m_ledger.wallMs() - serverTime));
        });
        if (!stored)
            return stored.error();
        return {};
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Status SyncClient::refreshAccess(SyncReport &report)
{
    Result<QByteArray> answer
        = post(requestTo(server(), QStringLiteral("v1/token"), m_timeoutMs), accessRequestBody(), report);
    if (!answer)
        return m_lastStatus == 403 ? refusedSecret() : answer.error();
    return storeAccess(*answer);
}

Error SyncClient::refusedSecret()
{
    return Error::forbidden(tr("The server no longer accepts this computer (it was revoked, or enrolled "
                               "again elsewhere). Everything here stays saved; ask the administrator for "
                               "a new code and connect again."));
}

Error SyncClient::alreadyEnrolled()
{
    return Error::conflict(tr("The server already enrolled a computer under this ledger's id: this ledger "
                              "was copied from an enrolled computer, or enrolled before. A ledger is "
                              "enrolled once; set this computer up anew from the server."));
}

Result<QByteArray> SyncClient::postWithAccess(
    const QString &path, const QByteArray &body, SyncReport &report, qsizetype maxAnswer)
{
    if (needsAccess()) {
        if (Status refreshed = refreshAccess(report); !refreshed)
            return refreshed.error();
    }
    Result<QByteArray> answer = post(request(path), body, report, maxAnswer);
    if (!answer && m_lastStatus == 401) {
        if (Status refreshed = refreshAccess(report); !refreshed)
            return refreshed.error();
        answer = post(request(path), body, report, maxAnswer);
    }
    return answer;
}

QByteArray SyncClient::enrollmentBody(const QString &code, const QString &label)
{
    QCborMap request;
    request.insert(wire::Code, code.trimmed().toUpper());
    request.insert(wire::Device, m_ledger.device().id);
    request.insert(wire::Label, label);
    return wire::pack(request);
}

Status SyncClient::storeEnrollment(const QUrl &serverUrl, const QByteArray &answer)
{
    try {
        Result<QCborMap> map = wire::unpack(answer);
        if (!map)
            return map.error();
        const QString token = map->value(wire::Token).toString();
        const QString scope = map->value(wire::Scope).toString();
        if (token.isEmpty() || scope.isEmpty())
            return Error::invalid(tr("The server's answer to the enrollment is incomplete."));
        return m_ledger.writeState([&](SqlDatabase &db) {
            syncstate::set(db, "server", serverUrl.toString());
            syncstate::set(db, "token", token);
            syncstate::set(db, "scope", scope);
            syncstate::set(db, "access", map->value(wire::Access).toString());
            syncstate::set(db, "access_expires_ms", QString::number(map->value(wire::Expires).toInteger()));
            if (const qint64 serverTime = map->value(wire::ServerTime).toInteger(); serverTime > 0)
                syncstate::set(db, "clock_skew_ms", QString::number(m_ledger.wallMs() - serverTime));
        });
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Status SyncClient::enroll(const QUrl &serverUrl, const QString &code, const QString &label)
{
    if (Status checked = checkEnrollment(serverUrl, code); !checked)
        return checked;
    SyncReport report;
    Result<QByteArray> answer = post(
        requestTo(serverUrl, QStringLiteral("v1/enroll"), m_timeoutMs), enrollmentBody(code, label), report);
    if (!answer)
        return m_lastStatus == 409 ? alreadyEnrolled() : answer.error();
    return storeEnrollment(serverUrl, *answer);
}

Result<SyncClient::Batch> SyncClient::prepareBatch()
{
    try {
        if (state("token").isEmpty())
            return Error::invalid(tr("This computer is not enrolled with a server yet."));
        Batch batch;
        batch.cursor = state("cursor").toLongLong();
        batch.own = m_ledger.ownEventsAfter(state("pushed").toLongLong(), kPushBatch);
        QCborArray outgoing;
        for (const Event &event : std::as_const(batch.own))
            outgoing.append(wire::encodeEvent(event));
        QCborMap request;
        request.insert(wire::Cursor, batch.cursor);
        request.insert(wire::Events, outgoing);
        if (QDateTime::currentMSecsSinceEpoch() - state("checksum_ms").toLongLong() > kChecksumEveryMs) {
            batch.received = receivedEvents();
            request.insert(wire::Checksum, *batch.received);
        }
        batch.body = wire::pack(request);
        return batch;
    } catch (const ErrorException &e) {
        return e.error();
    }
}

Result<bool> SyncClient::applyAnswer(const Batch &batch, const QByteArray &answer, SyncReport &report)
{
    Result<QCborMap> map = wire::unpack(answer);
    if (!map)
        return map.error();
    const QCborArray ackArray = map->value(wire::Acks).toArray();
    if (ackArray.size() != batch.own.size())
        return Error::invalid(tr("The server acknowledged a different number of events than were sent."));
    QList<qint64> acks;
    acks.reserve(ackArray.size());
    for (const QCborValue &ack : ackArray)
        acks.append(ack.toInteger(-1));
    // Events the server would not store: set aside here with its reason, and the sync goes on.
    Result<QList<setaside::Refusal>> refused = setaside::decode(map->value(wire::Refused), acks);
    if (!refused)
        return refused.error();
    Result<QList<Event>> incoming = wire::decodeEvents(map->value(wire::Events).toArray());
    if (!incoming)
        return incoming.error();
    Result<QList<AggregateRef>> drops = wire::decodeDrops(map->value(wire::Drops));
    if (!drops)
        return drops.error();
    const qint64 nextCursor = map->value(wire::Cursor).toInteger();
    if (nextCursor < batch.cursor)
        return Error::invalid(tr("The server sent a cursor that goes backwards."));
    // How far this computer's clock is from the server's (the answer's time, less half nothing:
    // on a slow link the error is the round trip, far below what is worth a warning).
    const qint64 serverTime = map->value(wire::ServerTime).toInteger();
    const qint64 skew = serverTime > 0 ? m_ledger.wallMs() - serverTime : 0;
    // The batch, the cursor and what was pushed: one transaction.
    // The checksum: what the server listed up to the request's cursor against what was held then.
    const QCborValue listed = map->value(wire::Checksum);
    const std::optional<qint64> missing = batch.received && listed.isInteger()
        ? std::optional<qint64>(listed.toInteger() - *batch.received)
        : std::nullopt;
    Result<int> added = m_ledger.ingest(*incoming, *drops, [&](SqlDatabase &db) {
        syncstate::set(db, "clock_skew_ms", QString::number(skew));
        // Events missing here: the scope is pulled again from the start (known ones are skipped).
        syncstate::set(db, "cursor", QString::number(missing && *missing > 0 ? 0 : nextCursor));
        if (missing) {
            syncstate::set(db, "checksum_ms", QString::number(QDateTime::currentMSecsSinceEpoch()));
            syncstate::set(db, "checksum_missing", QString::number(*missing));
        }
        if (!batch.own.isEmpty())
            syncstate::set(db, "pushed", QString::number(batch.own.constLast().deviceSeq));
        setaside::record(db, batch.own, *refused, serverTime > 0 ? serverTime : m_ledger.wallMs());
    });
    if (!added)
        return added.error();
    report.pushed += static_cast<int>(batch.own.size() - refused->size());
    report.setAside += static_cast<int>(refused->size());
    report.pulled += *added;
    report.dropped += static_cast<int>(drops->size());
    report.cursor = nextCursor;
    if (missing) {
        report.missing = missing;
        if (*missing > 0) {
            report.cursor = 0;
            return true; // on at once, from the start
        }
    }
    return map->value(wire::More).toBool() || batch.own.size() == kPushBatch;
}

QList<SetAsideEvent> SyncClient::setAside()
{
    return setaside::list(m_ledger.db());
}

qint64 SyncClient::receivedEvents()
{
    const qint64 all = m_ledger.eventCount();
    const qint64 own
        = m_ledger.db()
              .cached("SyncClient::receivedEvents",
                  "SELECT COUNT(*) FROM events WHERE device = (SELECT id FROM names WHERE value = ?1)")
              .bind(1, m_ledger.device().id)
              .first([](const SqlStatement &row) { return row.int64(0); })
              .value_or(0);
    return all - own;
}

qint64 SyncClient::lastChecksumMissing()
{
    return state("checksum_missing").toLongLong();
}

void SyncClient::checkSoon()
{
    // If it fails, the checksum simply comes at its usual time.
    (void)m_ledger.writeState([](SqlDatabase &db) { syncstate::remove(db, "checksum_ms"); });
}

void SyncClient::markSynced()
{
    // Only the time shown in the status bar; if it fails, the next sync writes it again.
    (void)m_ledger.writeState([](SqlDatabase &db) {
        syncstate::set(db, "last_sync_ms", QString::number(QDateTime::currentMSecsSinceEpoch()));
    });
}

Result<SyncReport> SyncClient::sync(const Progress &progress)
{
    SyncReport report;
    if (SnapshotDownload download(m_ledger); download.wanted()) {
        while (true) {
            Result<QByteArray> answer = postWithAccess(QStringLiteral("v1/snapshot"), download.nextRequest(),
                report, wire::kSnapshotAnswer + wire::kMaxBody);
            if (!answer && answer.error().kind == ErrorKind::NotFound) {
                download.abandon(); // no copy of this unit on the server: event by event
                break;
            }
            if (!answer)
                return answer.error();
            Result<SnapshotDownload::Step> step = download.take(*answer);
            if (!step)
                return step.error();
            if (*step == SnapshotDownload::Step::Done)
                report.copied = m_ledger.eventCount();
            if (*step != SnapshotDownload::Step::More)
                break;
            if (progress && !progress(0, 0))
                return Error {ErrorKind::Cancelled, tr("Sync stopped; what arrived so far is kept."), {}};
        }
    }
    while (true) {
        Result<Batch> batch = prepareBatch();
        if (!batch)
            return batch.error();
        Result<QByteArray> answer = postWithAccess(QStringLiteral("v1/sync"), batch->body, report);
        if (!answer)
            return answer.error();
        Result<bool> more = applyAnswer(*batch, *answer, report);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (progress && !progress(report.pulled, 0))
            return Error {ErrorKind::Cancelled, tr("Sync stopped; what arrived so far is kept."), {}};
    }
    markSynced();
    // Then the attachments: those added here go up, those of open cases come down.
    FileSync files(m_ledger.path(), server(), accessToken(), m_timeoutMs);
    Result<FileSyncReport> sent = files.sendWaiting();
    if (!sent)
        return sent.error();
    Result<FileSyncReport> fetched = files.fetchForOpenCases(m_ledger.db(), kBackgroundFetchBytes);
    if (!fetched)
        return fetched.error();
    report.filesSent = sent->sent;
    report.filesFetched = fetched->fetched;
    report.requests += sent->requests + fetched->requests;
    report.bytesSent += sent->bytesSent + fetched->bytesSent;
    report.bytesReceived += sent->bytesReceived + fetched->bytesReceived;
    return report;
}

QString SyncClient::accessToken()
{
    return state("access");
}

} // namespace tz
