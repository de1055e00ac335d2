// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "throttle.h"

#include <algorithm>

namespace tz::server {

Throttle::Throttle()
    : Throttle(Policy {})
{
}

Throttle::Throttle(Policy policy)
    : m_policy(policy)
{
    m_clock.start();
}

qint64 Throttle::waitMs(const QString &key) const
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.cend())
        return 0;
    return std::max<qint64>(0, found->untilMs - m_clock.elapsed());
}

int Throttle::failures(const QString &key) const
{
    return m_entries.value(key).failures;
}

qint64 Throttle::failed(const QString &key)
{
    auto found = m_entries.find(key);
    if (found == m_entries.end()) {
        if (m_entries.size() >= m_policy.capacity) {
            m_entries.remove(m_order.front());
            m_order.pop_front();
        }
        m_order.push_back(key);
        found = m_entries.insert(key, Entry {0, 0, std::prev(m_order.end())});
    } else {
        m_order.splice(m_order.end(), m_order, found->order);
    }
    const int beyond = ++found->failures - m_policy.free;
    if (beyond < 0)
        return 0;
    // Doubling from firstMs; the shift stops well before it could overflow.
    const qint64 wait = std::min(m_policy.mostMs, m_policy.firstMs << std::min(beyond, 30));
    found->untilMs = m_clock.elapsed() + wait;
    return wait;
}

void Throttle::succeeded(const QString &key)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return;
    m_order.erase(found->order);
    m_entries.erase(found);
}

} // namespace tz::server
