// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/hlc.h"

#include <QDateTime>

namespace tz {

HybridClock::HybridClock(WallClock wall)
    : m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

HlcTimestamp HybridClock::now()
{
    const qint64 physical = m_wall();
    if (physical > m_last.millis())
        m_last = HlcTimestamp::make(physical, 0);
    else if (m_last.counter() < 0xFFFF)
        m_last = HlcTimestamp::make(m_last.millis(), m_last.counter() + 1);
    else
        m_last = HlcTimestamp::make(m_last.millis() + 1, 0);
    return m_last;
}

void HybridClock::observe(HlcTimestamp remote)
{
    const HlcTimestamp limit = HlcTimestamp::make(m_wall() + kMaxAheadMs, 0);
    const HlcTimestamp taken = remote > limit ? limit : remote;
    if (taken > m_last)
        m_last = taken;
}

} // namespace tz
