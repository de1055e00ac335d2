// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QLatin1String>
#include <QList>
#include <QMetaType>
#include <QStringView>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace tz {

// A table of settings, one row per key of the enum `Key`, in the enum's order: the name the
// value is stored under, its type and its default (as KeePassXC's Config does it). Settings
// (the ledger's) and localsettings (this computer's) each hold one.
template<typename Key>
class SettingTable
{
public:
    struct Row
    {
        Key key;
        QLatin1String storedName; // never renamed: what is stored stays under it
        QMetaType::Type type;
        QVariant defaultValue;
    };

    SettingTable(std::initializer_list<Row> rows)
        : m_rows(rows)
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            Q_ASSERT(m_rows.at(i).key == static_cast<Key>(i));
    }

    const Row &operator[](Key key) const { return m_rows.at(static_cast<qsizetype>(key)); }

    [[nodiscard]] QList<Key> keys() const
    {
        QList<Key> all;
        for (const Row &row : m_rows)
            all.append(row.key);
        return all;
    }

    // The key stored under `name`; none for a name the table does not hold.
    [[nodiscard]] std::optional<Key> keyNamed(QStringView name) const
    {
        for (const Row &row : m_rows) {
            if (name == row.storedName)
                return row.key;
        }
        return std::nullopt;
    }

private:
    QList<Row> m_rows;
};

} // namespace tz
