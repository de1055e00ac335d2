// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace tz {

class Ledger;

// Works off the cases waiting for the text index (textbacklog.h) in the background of a window:
// a small transaction at a time, sized to take a few tens of milliseconds, with the window's
// events handled in between. Search finds the waiting cases meanwhile, only more slowly.
class TextIndexer : public QObject
{
    Q_OBJECT
public:
    explicit TextIndexer(Ledger &ledger, QObject *parent = nullptr);

    // Starts working when anything waits. `busy` says when the ledger's connection is taken by
    // other work (a long task): the indexer then waits a moment.
    void start(std::function<bool()> busy = {});
    // New events may have left cases waiting (after a sync).
    void wake();
    [[nodiscard]] qint64 remaining() const { return m_remaining; }

signals:
    // After each step; 0 when the index has caught up.
    void progressed(qint64 remaining);

private:
    void step();

    Ledger &m_ledger;
    QTimer m_timer;
    std::function<bool()> m_busy;
    qint64 m_remaining = 0;
    int m_chunk = 64;
};

} // namespace tz
