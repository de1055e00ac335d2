// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "search/searchservice.h"

#include "cases/casenumber.h"
#include "ledger/ledger.h"
#include "ledger/sqldatabase.h"

#include <algorithm>

namespace tz {
namespace {

constexpr const char *kHitColumns
    = "c.id, c.number, c.title, IFNULL(c.resident_name, ''), c.state, c.registered_at";

enum class QueryKind { Number, Digits, Latin, Text };

QueryKind classify(const QString &q)
{
    if (CaseNumber::looksLikeNumber(q))
        return QueryKind::Number;
    bool digits = true;
    bool latin = true;
    for (qsizetype i = 0; i < q.size(); ++i) {
        const QChar c = q.at(i);
        // An ID number's check digit may be X: "002X" is still a suffix of digits.
        const bool checkX = i == q.size() - 1 && i > 0 && (c == QLatin1Char('X') || c == QLatin1Char('x'));
        digits = digits && (c.isDigit() || checkX);
        latin = latin && c.unicode() < 128 && c.isLetter();
    }
    if (digits)
        return QueryKind::Digits;
    if (latin)
        return QueryKind::Latin;
    return QueryKind::Text;
}

} // namespace

SearchService::SearchService(Ledger &ledger)
    : m_ledger(ledger)
{
}

QString SearchService::phrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<CaseHit> SearchService::run(const QString &sql, const QStringList &arguments, int limit)
{
    SqlStatement statement = m_ledger.db().prepare(sql);
    for (int i = 0; i < arguments.size(); ++i)
        statement.bind(i + 1, arguments.at(i));
    statement.bind(static_cast<int>(arguments.size()) + 1, limit);
    QList<CaseHit> hits;
    while (statement.next()) {
        hits.append({statement.text(0), statement.text(1), statement.text(2), statement.text(3),
            statement.int32(4), statement.int64(5)});
    }
    return hits;
}

QList<CaseHit> SearchService::searchCases(const QString &query, int limit)
{
    const QString q = query.simplified();
    if (q.isEmpty())
        return {};
    const QString columns = QLatin1String(kHitColumns);
    switch (classify(q)) {
    case QueryKind::Number:
        return run(QStringLiteral("SELECT %1 FROM cases c WHERE c.number = ?1 LIMIT ?2").arg(columns),
            {q.toUpper()}, limit);
    case QueryKind::Digits: {
        if (q.size() < 4)
            return {};
        QString reversed = q.toUpper();
        std::reverse(reversed.begin(), reversed.end());
        // A phone or ID suffix names residents; a date prefix (20260109) names case numbers.
        return run(
            QStringLiteral("SELECT %1 FROM cases c WHERE c.resident_id IN (SELECT id FROM residents WHERE "
                           "(phone_reversed >= ?1 AND phone_reversed < ?2) OR (id_reversed >= ?1 AND "
                           "id_reversed < ?2)) OR (c.number >= ?3 AND c.number < ?4) "
                           "ORDER BY c.registered_at DESC LIMIT ?5")
                .arg(columns),
            {reversed, reversed + QChar(0xFFFF), q, q + QLatin1Char('~')}, limit);
    }
    case QueryKind::Latin: {
        const QString low = q.toLower();
        return run(
            QStringLiteral("SELECT %1 FROM cases c WHERE c.resident_id IN (SELECT id FROM residents WHERE "
                           "initials >= ?1 AND initials < ?2) ORDER BY c.registered_at DESC LIMIT ?3")
                .arg(columns),
            {low, low + QChar(0xFFFF)}, limit);
    }
    case QueryKind::Text:
        break;
    }
    // Chinese (or mixed) text: trigram for 3+ characters, one token per character below.
    const bool shortQuery = q.size() < 3;
    const QString table = shortQuery ? QStringLiteral("case_fts_chars") : QStringLiteral("case_fts");
    // Newest first by arrival (rowid): FTS5 walks its index backwards and stops at the limit,
    // where sorting by registration time would first fetch every match.
    return run(QStringLiteral("SELECT %1 FROM %2 f JOIN cases c ON c.rid = f.rowid WHERE %2 MATCH ?1 "
                              "ORDER BY f.rowid DESC LIMIT ?2")
                   .arg(columns, table),
        {phrase(q)}, limit);
}

} // namespace tz
