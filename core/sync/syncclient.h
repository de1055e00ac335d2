// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace tz {

class Ledger;

struct SyncReport
{
    int pushed = 0; // own events the server acknowledged
    int pulled = 0; // events received that were new here
    int requests = 0;
    qint64 bytesSent = 0; // request bodies, compressed
    qint64 bytesReceived = 0; // response bodies, compressed
    qint64 cursor = 0; // the feed position now applied
};

// The device side of sync: enrollment with a one-time code, then push and pull of events
// against taizhang-server, one request per batch each way (a request carries the events this
// device has not pushed yet and asks for what it has not seen). Runs on the calling thread and
// blocks it: call it from a worker thread (the desktop) or a command-line tool. Every pulled
// batch is applied in one transaction with the cursor, so a cut at any moment loses nothing and
// applies nothing twice.
class SyncClient
{
public:
    explicit SyncClient(Ledger &ledger);

    // Binds this ledger to the server with a one-time code from its administrator.
    [[nodiscard]] Status enroll(const QUrl &server, const QString &code, const QString &label);
    [[nodiscard]] bool isEnrolled();
    [[nodiscard]] QString scope();
    [[nodiscard]] QUrl server();
    // When the last sync ended well (milliseconds since the epoch), if ever.
    [[nodiscard]] std::optional<qint64> lastSyncMs();
    // How many of this device's events the server has not acknowledged yet.
    [[nodiscard]] qint64 waitingEvents();

    // Pushes and pulls until both sides are level. `progress` hears the events pulled so far (no
    // total is known) and may stop between batches; what was applied stays.
    [[nodiscard]] Result<SyncReport> sync(const Progress &progress = {});

    // Milliseconds a request may take before it is given up (tests shorten it).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    QString state(const char *key);
    Result<QByteArray> post(
        const QString &path, const QByteArray &body, const QString &token, SyncReport &report);

    Ledger &m_ledger;
    int m_timeoutMs = 60000;
};

} // namespace tz
