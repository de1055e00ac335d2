// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "cliargs.h"

namespace tz::cli {

Args::Args(const QStringList &words, const QSet<QString> &flags)
{
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            m_positional.append(word);
            continue;
        }
        QString key = word.mid(2);
        const qsizetype equals = key.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            m_options.insert(key.left(equals), key.mid(equals + 1));
        } else if (flags.contains(key)) {
            m_options.insert(key, QStringLiteral("1"));
        } else if (i + 1 < words.size()) {
            m_options.insert(key, words.at(++i));
        } else {
            m_error = QStringLiteral("--%1 needs a value").arg(key);
        }
    }
}

QString Args::value(const QString &key, const QString &fallback) const
{
    const QStringList all = values(key);
    return all.isEmpty() ? fallback : all.constLast();
}

QStringList Args::values(const QString &key) const
{
    QStringList result = m_options.values(key);
    std::reverse(result.begin(), result.end()); // QMultiMap returns the newest first
    return result;
}

bool Args::has(const QString &key) const
{
    return m_options.contains(key);
}

QStringList Args::unknown(const QSet<QString> &known) const
{
    QStringList result;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (!known.contains(it.key()) && !result.contains(it.key()))
            result.append(it.key());
    }
    return result;
}

} // namespace tz::cli
