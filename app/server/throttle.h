// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <list>

namespace tz::server {

// Failed attempts by key (an address, or an address and a device id), each key backing off on
// its own: after `free` failures in a row it waits `firstMs`, then twice as long after each
// further failure, up to `mostMs`. Keys that stop failing are forgotten first once the table
// holds `capacity` of them, so made-up keys cannot grow it.
class Throttle
{
public:
    struct Policy
    {
        int free = 5;
        qint64 firstMs = 1000;
        qint64 mostMs = 15 * 60 * 1000;
        int capacity = 10000;
    };

    Throttle(); // the defaults of Policy
    explicit Throttle(Policy policy);

    // How long `key` must still wait before it may try (0: it may now).
    [[nodiscard]] qint64 waitMs(const QString &key) const;
    // Counts a failure of `key`; answers how long it must now wait (0: not at all).
    qint64 failed(const QString &key);
    // A success: the key's failures are forgotten.
    void succeeded(const QString &key);
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    // Failures of `key` in a row.
    [[nodiscard]] int failures(const QString &key) const;

private:
    struct Entry
    {
        int failures = 0;
        qint64 untilMs = 0; // on m_clock
        std::list<QString>::iterator order;
    };

    Policy m_policy;
    QHash<QString, Entry> m_entries;
    std::list<QString> m_order; // the key that failed longest ago first
    QElapsedTimer m_clock;
};

} // namespace tz::server
