// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace tz::bench {

// A bench's command line, checked before any work starts: `--help` prints the usage and exits 0;
// an unknown option, a missing or malformed value, or a word that is no option prints what is
// wrong and the usage to stderr and exits 2.
class BenchOptions
{
public:
    struct Option
    {
        QString name; // without the dashes
        QString valueName; // empty: a flag that takes no value
        QString help;
        QString fallback = {}; // the value when the option is not given
    };

    BenchOptions(const QString &summary, const QList<Option> &options);
    // Returns only when `arguments` (the program's, its name first) are fine.
    void parse(const QStringList &arguments);
    [[nodiscard]] QString value(const QString &name) const;
    // The value as a whole number ≥ 0; anything else fails as a wrong command line does.
    [[nodiscard]] int number(const QString &name) const;
    [[nodiscard]] bool isSet(const QString &name) const;
    // Says `message` and the usage on stderr and exits 2.
    [[noreturn]] void fail(const QString &message) const;

private:
    QCommandLineParser m_parser;
};

} // namespace tz::bench
