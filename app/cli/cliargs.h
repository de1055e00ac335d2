// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QMultiMap>
#include <QSet>
#include <QStringList>

namespace tz::cli {

// "--key value", "--key=value" and "--flag" options plus positional words, in any order.
class Args
{
public:
    // Options listed in `flags` take no value.
    Args(const QStringList &words, const QSet<QString> &flags);

    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] QStringList values(const QString &key) const;
    [[nodiscard]] bool has(const QString &key) const;
    [[nodiscard]] const QStringList &positional() const { return m_positional; }
    [[nodiscard]] QString positional(int index) const { return m_positional.value(index); }
    // Options given but not in `known`: a typo should not pass silently.
    [[nodiscard]] QStringList unknown(const QSet<QString> &known) const;
    [[nodiscard]] QString error() const { return m_error; }

private:
    QMultiMap<QString, QString> m_options;
    QStringList m_positional;
    QString m_error;
};

} // namespace tz::cli
