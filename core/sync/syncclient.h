// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/ledger/event.h"
#include "core/sync/setaside.h"
#include "core/sync/wire.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <optional>

namespace tz {

class Ledger;

struct SyncReport
{
    int pushed = 0; // own events the server stored
    int pulled = 0; // events received that were new here
    int requests = 0;
    qint64 bytesSent = 0; // request bodies, compressed
    qint64 bytesReceived = 0; // response bodies, compressed
    qint64 cursor = 0; // the feed position now applied
    qint64 copied = 0; // events that came in the server's starting copy (a new device)
    int dropped = 0; // cases that left this device's scope (returned by its unit) and were dropped
    int setAside = 0; // own events the server refused and this device set aside (see setaside.h)
    int filesSent = 0; // attachments sent after the events
    int filesFetched = 0; // attachments of open cases received
    // The per-scope checksum, when checked: events of others the server listed for this device
    // less those it holds. Above 0: some never arrived, and it pulls its scope again from the
    // start; below 0: it holds events the server no longer lists (a server restored from an
    // older backup: tell its administrator).
    std::optional<qint64> missing;
};

// The device side of sync: enrollment with a one-time code, then push and pull of events
// against taizhang-server, one request per batch each way (a request carries the events this
// device has not pushed yet and asks for what it has not seen). Runs on the calling thread and
// blocks it: call it from a worker thread (the desktop) or a command-line tool. Every pulled
// batch is applied in one transaction with the cursor, so a cut at any moment loses nothing and
// applies nothing twice.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(tz::SyncClient)

public:
    explicit SyncClient(Ledger &ledger);

    // Binds this ledger to the server with a one-time code from its administrator.
    [[nodiscard]] Status enroll(const QUrl &server, const QString &code, const QString &label);
    [[nodiscard]] bool isEnrolled();
    [[nodiscard]] QString scope();
    [[nodiscard]] QUrl server();
    // When the last sync ended well (milliseconds since the epoch), if ever.
    [[nodiscard]] std::optional<qint64> lastSyncMs();
    // This computer's clock less the server's at the last sync (milliseconds; positive: ahead).
    // Shown to the person when far off; never used to order anything.
    [[nodiscard]] qint64 clockSkewMs();
    static constexpr qint64 kClockWarningMs = 10 * 60 * 1000;
    // How often the checksum is asked for (it counts the scope's whole feed on the server).
    static constexpr qint64 kChecksumEveryMs = 24LL * 3600 * 1000;
    // Events of other devices this ledger holds.
    [[nodiscard]] qint64 receivedEvents();
    // SyncReport::missing at the last check (0 when never checked).
    [[nodiscard]] qint64 lastChecksumMissing();
    // Asks for the checksum with the next request whatever its last time.
    void checkSoon();
    // Attachments of open cases fetched after each sync, at most this many bytes.
    static constexpr qint64 kBackgroundFetchBytes = 200LL * 1024 * 1024;
    // The current access token (for FileSync on another thread), empty when none.
    [[nodiscard]] QString accessToken();
    // How many of this device's events the server has not acknowledged yet.
    [[nodiscard]] qint64 waitingEvents();
    // This device's events the server refused, set aside with its reasons (newest first).
    [[nodiscard]] QList<SetAsideEvent> setAside();

    // Pushes and pulls until both sides are level. `progress` hears the events pulled so far (no
    // total is known) and may stop between batches; what was applied stays.
    [[nodiscard]] Result<SyncReport> sync(const Progress &progress = {});

    Ledger &ledger() { return m_ledger; }

    // Milliseconds a request may take before it is given up (tests shorten it).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The steps of sync() for a caller that sends the request itself (SyncService, without
    // blocking the window): one batch to push and the request carrying it, then its answer
    // applied in one transaction. applyAnswer() says whether another batch should follow.
    struct Batch
    {
        QList<Event> own; // this device's events in the request
        qint64 cursor = 0; // the feed position the request asks after
        QByteArray body;
        std::optional<qint64> received; // when it asks for the checksum: others' events held
    };
    [[nodiscard]] Result<Batch> prepareBatch();
    [[nodiscard]] QNetworkRequest request(const QString &path); // to this ledger's server, with its token
    [[nodiscard]] static QNetworkRequest requestTo(const QUrl &server, const QString &path, int timeoutMs);
    // The address and the code, checked before anything is sent.
    [[nodiscard]] static Status checkEnrollment(const QUrl &server, const QString &code);
    [[nodiscard]] Result<bool> applyAnswer(const Batch &batch, const QByteArray &answer, SyncReport &report);
    // What a failed request means to the person, from its HTTP status (0: no answer at all).
    [[nodiscard]] static Error errorFor(
        int status, const QByteArray &answer, const QString &networkError, const QUrl &url);
    void markSynced();
    // The enrollment request's body, and the answer stored.
    [[nodiscard]] QByteArray enrollmentBody(const QString &code, const QString &label);
    [[nodiscard]] Status storeEnrollment(const QUrl &server, const QByteArray &answer);

    // Access: sync requests carry a short-lived access token; the device's secret buys a new one
    // (and a new secret: the server rotates it) at POST v1/token.
    // True when there is no access token or it ends within a few minutes (server time).
    [[nodiscard]] bool needsAccess();
    [[nodiscard]] QByteArray accessRequestBody();
    // Keeps the new secret and access token, in one transaction.
    [[nodiscard]] Status storeAccess(const QByteArray &answer);
    // What a refused secret (403 at v1/token) means to the person.
    [[nodiscard]] static Error refusedSecret();
    // Enrollment answered 409: the server already has a device under this ledger's id.
    [[nodiscard]] static Error alreadyEnrolled();

private:
    QString state(const char *key);
    // An answer larger than `maxAnswer` is abandoned unread (replylimits.h).
    Result<QByteArray> post(const QNetworkRequest &request, const QByteArray &body, SyncReport &report,
        qsizetype maxAnswer = wire::kMaxBody);
    // post() to this ledger's server with the access token, getting a new one first when it is
    // due, and once more if the server refuses the one shown (ended early by `admin rotate`).
    Result<QByteArray> postWithAccess(const QString &path, const QByteArray &body, SyncReport &report,
        qsizetype maxAnswer = wire::kMaxBody);
    Status refreshAccess(SyncReport &report);

    Ledger &m_ledger;
    int m_timeoutMs = 60000;
    int m_lastStatus = 0; // of the last post()
};

} // namespace tz
