// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/search/textindexer.h"

#include "core/ledger/ledger.h"
#include "core/ledger/textindexbacklog.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tz {
namespace {

constexpr qint64 kStepTargetMs = 40; // short enough that typing never waits on it
constexpr int kBusyRetryMs = 500;
constexpr int kFailureRetryMs = 30 * 1000;

} // namespace

TextIndexer::TextIndexer(Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TextIndexer::step);
}

void TextIndexer::start(std::function<bool()> busy)
{
    m_busy = std::move(busy);
    wake();
}

void TextIndexer::wake()
{
    m_remaining = TextIndexBacklog(m_ledger).size();
    emit progressed(m_remaining);
    if (m_remaining > 0 && !m_timer.isActive())
        m_timer.start(0);
}

void TextIndexer::step()
{
    if (m_busy && m_busy()) {
        m_timer.start(kBusyRetryMs);
        return;
    }
    QElapsedTimer took;
    took.start();
    const Result<qint64> left = TextIndexBacklog(m_ledger).index(m_chunk);
    if (!left) {
        // The disk or the file refused; search still finds the waiting cases. Later, again.
        m_timer.start(kFailureRetryMs);
        return;
    }
    // Aim the next step at the target time from what this one took.
    const qint64 ms = std::max<qint64>(1, took.elapsed());
    m_chunk = static_cast<int>(std::clamp<qint64>(m_chunk * kStepTargetMs / ms, 8, 4096));
    m_remaining = *left;
    emit progressed(m_remaining);
    if (m_remaining > 0)
        m_timer.start(0);
}

} // namespace tz
