// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "benchoptions.h"

#include <QTextStream>

#include <cstdlib>

namespace tz::bench {

BenchOptions::BenchOptions(const QString &summary, const QList<Option> &options)
{
    m_parser.setApplicationDescription(summary);
    m_parser.addHelpOption();
    for (const Option &option : options) {
        QCommandLineOption parsed(option.name, option.help, option.valueName, option.fallback);
        if (!option.fallback.isEmpty())
            parsed.setDescription(option.help + QStringLiteral(" (default: %1)").arg(option.fallback));
        m_parser.addOption(parsed);
    }
}

void BenchOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(0);
    if (!m_parser.positionalArguments().isEmpty())
        fail(QStringLiteral("Unexpected argument '%1'.").arg(m_parser.positionalArguments().constFirst()));
}

QString BenchOptions::value(const QString &name) const
{
    return m_parser.value(name);
}

int BenchOptions::number(const QString &name) const
{
    bool ok = false;
    const int n = m_parser.value(name).toInt(&ok);
    if (!ok || n < 0)
        fail(QStringLiteral("--%1 takes a whole number, not '%2'.").arg(name, m_parser.value(name)));
    return n;
}

bool BenchOptions::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

void BenchOptions::fail(const QString &message) const
{
    QTextStream err(stderr);
    err << message << "\n\n" << m_parser.helpText();
    err.flush();
    std::exit(2);
}

} // namespace tz::bench
