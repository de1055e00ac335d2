// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

namespace tz {

class Ledger;

// "The ledger changed": the one signal every count and row on screen listens to. It fires after a
// commit on the ledger's writer connection that appended events (a write made here, through any
// service, or events a sync ingested), and after notify() (what a sync changed without new
// events: cases that left this device's scope, a starting copy taken in). A burst of commits
// within a short window fires it once.
//
// It learns of commits from SQLite's commit hook on the writer connection, so no write path can be
// missed; the ledger's version (its last event's number) tells a commit that added events from
// one that only moved a sync cursor or indexed text.
//
// It lives on the application's main thread whichever thread made it (a ledger is opened on a
// worker thread while a progress window shows), so `changed` is always heard there.
class LedgerChanges : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 40;

    explicit LedgerChanges(Ledger &ledger, QObject *parent = nullptr);
    ~LedgerChanges() override;
    LedgerChanges(const LedgerChanges &) = delete;
    LedgerChanges &operator=(const LedgerChanges &) = delete;

    // `busy` says when another thread holds the ledger's connection (a long task): the signal then
    // waits, since the screens read through that connection when they hear it.
    void setBusy(std::function<bool()> busy);
    // Something changed that appended no event: the signal fires (after the window) even so.
    void notify();
    // Fires the signal now when a change is waiting, instead of at the end of the window: a person
    // just acted and watches the screen.
    void flush();
    // The ledger's version as last seen: the number of its newest event.
    [[nodiscard]] qint64 version() const { return m_version; }

signals:
    void changed();

private:
    static int onCommit(void *self);
    void installHook();
    void schedule();
    void check();

    Ledger &m_ledger;
    QTimer m_window; // a child: it moves with this object
    std::function<bool()> m_busy;
    std::atomic<bool> m_posted {false}; // a commit was heard and not yet scheduled
    bool m_forced = false;
    qint64 m_version = 0;
};

} // namespace tz
