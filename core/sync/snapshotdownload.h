// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QString>

namespace tz {

class Ledger;

// A new device's first sync starts from the server's copy of its scope's ledger instead of folding
// the scope's whole history event by event: the copy comes in chunks into a file beside the
// ledger (a cut resumes at the next chunk, even after a restart), then the ledger takes it in
// (SnapshotAdoption) in one transaction with the sync cursor, and events after the copy
// follow as usual.
class SnapshotDownload
{
public:
    explicit SnapshotDownload(Ledger &ledger);

    // True while the ledger holds no events, has never pulled and has refused no copy.
    [[nodiscard]] bool wanted();
    // The body of the next POST /v1/snapshot.
    [[nodiscard]] QByteArray nextRequest();

    enum class Step {
        More, // ask again (nextRequest)
        Done, // the copy is in the ledger: sync on from its cursor
        Skipped, // not taken (something was recorded here meanwhile): sync event by event
        Refused, // the copy failed its check: not taken, and no copy is asked for again; sync
                 // event by event (refusal() says why; the log too)
    };
    // Takes one answer in. An error leaves what was downloaded for the next attempt, unless
    // the copy itself proved bad: then it is thrown away and the next attempt starts over. A
    // whole copy that fails the ledger's check is thrown away too, and never asked for again.
    [[nodiscard]] Result<Step> take(const QByteArray &answer);
    // The server has no copy for this scope: forget any partial download.
    void abandon();

    // Why the copy was refused (Step::Refused), in the user's language.
    [[nodiscard]] QString refusal() const { return m_refusal; }
    [[nodiscard]] qint64 receivedBytes() const { return m_received; }
    [[nodiscard]] qint64 totalBytes() const { return m_total; }
    [[nodiscard]] QString partPath() const;

private:
    Ledger &m_ledger;
    qint64 m_received = 0;
    qint64 m_total = 0;
    QString m_refusal;
};

} // namespace tz
