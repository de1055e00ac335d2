// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QtGlobal>

#include <functional>

namespace tz {

// A hybrid logical clock timestamp: physical milliseconds in the high 48 bits, a counter in the
// low 16. It orders events across devices even when their wall clocks disagree a little; it is
// never a sync cursor.
struct HlcTimestamp
{
    qint64 value = 0;

    static HlcTimestamp make(qint64 ms, int counter) { return {(ms << 16) | (counter & 0xFFFF)}; }
    [[nodiscard]] qint64 millis() const { return value >> 16; }
    [[nodiscard]] int counter() const { return static_cast<int>(value & 0xFFFF); }
    auto operator<=>(const HlcTimestamp &) const = default;
};

class HybridClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HybridClock(WallClock wall = {});

    // A timestamp later than every one this clock has issued or observed.
    HlcTimestamp now();
    // Takes in a timestamp from elsewhere (an event from another device). One further ahead of
    // this computer's wall clock than kMaxAheadMs is taken only that far: a laptop whose clock
    // runs a day fast must not drag every other device's clock a day ahead. (Order within one
    // case stays causal: Ledger stamps an event after its aggregate's last.)
    void observe(HlcTimestamp remote);
    static constexpr qint64 kMaxAheadMs = 10 * 60 * 1000;
    [[nodiscard]] HlcTimestamp last() const { return m_last; }
    void setWallClock(WallClock wall) { m_wall = std::move(wall); }

private:
    WallClock m_wall;
    HlcTimestamp m_last;
};

} // namespace tz
