// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/sync/syncclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkReply;
class QThread;

namespace tz {

class Ledger;

// Sync in the background of a window, on the window's own thread and never blocking it: the
// requests go out asynchronously and each answer is applied between two events of the window
// (one transaction per batch). Runs on its own every few minutes and on demand; after a failure
// it waits longer each time (30 s up to 10 min), and it tries again at once when asked.
class SyncService : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotEnrolled, // no server set up on this computer
        Idle, // enrolled; the last sync went well (or none yet)
        Syncing,
        Failed, // the last attempt failed; see message(), retried at nextAttempt()
    };

    explicit SyncService(Ledger &ledger, QObject *parent = nullptr);
    ~SyncService() override;

    // Starts the timer (when enrolled). `busy` says when the ledger's connection is taken by
    // other work (a long task): an answer then waits a moment before it is applied.
    void start(std::function<bool()> busy = {});
    void syncNow();
    // Enrolls asynchronously; enrolled() or failed() follows.
    void enroll(const QUrl &server, const QString &code, const QString &label);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] const SyncReport &lastReport() const { return m_report; }
    [[nodiscard]] qint64 nextAttemptMs() const { return m_nextAttemptMs; }
    // While a new device downloads its starting copy: bytes so far and in all (0: not now).
    [[nodiscard]] qint64 snapshotReceived() const { return m_snapshotReceived; }
    [[nodiscard]] qint64 snapshotTotal() const { return m_snapshotTotal; }
    // Why the last transfer of attachments stopped (empty: it went well); retried after each sync.
    [[nodiscard]] QString filesMessage() const { return m_filesMessage; }
    SyncClient &client() { return m_client; }
    void setIntervalMs(int ms) { m_intervalMs = ms; }

signals:
    void stateChanged();
    // Events from elsewhere were applied: screens showing cases should refresh.
    void applied(int newEvents);
    void enrolled();
    void enrollFailed(const QString &message);
    // Attachments arrived in the background: a case shown may now open them.
    void filesArrived();

private:
    // Runs `then` once this device holds an access token that is not about to end.
    void withAccess(const std::function<void()> &then);
    void renewAccess(const std::function<void()> &then);
    // A request refused for its access token: renews it and retries, once per sync.
    bool renewedAfterRefusal(int status, const std::function<void()> &retry);
    void sendBatch();
    void resendBatch(); // m_batch as it is
    void sendSnapshotRequest();
    void onSnapshotAnswer(QNetworkReply *reply);
    void onAnswer(QNetworkReply *reply);
    void apply(const QByteArray &answer);
    void fail(const Error &error);
    void setState(State state, const QString &message = {});
    void scheduleNext(int delayMs);
    // After a good sync: attachments up and down on a worker thread (FileSync).
    void startFileTransfers();

    SyncClient m_client;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    std::function<bool()> m_busy;
    State m_state = State::NotEnrolled;
    QString m_message;
    SyncReport m_report;
    SyncClient::Batch m_batch;
    bool m_accessRenewed = false; // in this sync
    int m_pulledBefore = 0;
    int m_intervalMs = 5 * 60 * 1000;
    int m_backoffMs = 0;
    qint64 m_nextAttemptMs = 0;
    qint64 m_snapshotReceived = 0;
    qint64 m_snapshotTotal = 0;
    std::unique_ptr<QThread> m_files;
    std::atomic<bool> m_stopFiles = false;
    QString m_filesMessage;
};

} // namespace tz
