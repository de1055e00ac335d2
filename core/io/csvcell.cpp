// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/io/csvcell.h"

namespace tz::csvcell {
namespace {

bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

// Begins with a formula sign, after any number of quotes.
bool needsQuote(QStringView text)
{
    qsizetype quotes = 0;
    while (quotes < text.size() && text.at(quotes) == QLatin1Char('\''))
        ++quotes;
    return startsFormula(text.mid(quotes));
}

} // namespace

QString neutralised(const QString &text)
{
    return needsQuote(text) ? QLatin1Char('\'') + text : text;
}

QString restored(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && needsQuote(QStringView(cell).mid(1)) ? cell.mid(1) : cell;
}

} // namespace tz::csvcell
