// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/search/searchservice.h"

#include "core/cases/casenumber.h"
#include "core/ledger/charstokenizer.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textbacklog.h"

#include <algorithm>

namespace tz {
namespace {

constexpr const char *kHitColumns
    = "tz_key_text(c.id), c.number, c.title, IFNULL(c.resident_name, ''), c.state, c.registered_at";

} // namespace

SearchService::QueryKind SearchService::classify(const QString &q)
{
    if (CaseNumber::looksLikeNumber(q.toUpper()))
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

SearchService::SearchService(Ledger &ledger)
    : m_ledger(ledger)
{
}

namespace {

QString quoted(QString token)
{
    token.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + token + QLatin1Char('"');
}

} // namespace

SearchService::TextQuery SearchService::textQuery(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    const auto span = [&codePoints](qsizetype from, qsizetype count) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + from), count);
    };
    TextQuery query;
    QStringList tokens;
    if (codePoints.size() >= 3) {
        query.table = QStringLiteral("case_fts");
        // Trigrams that cover every character: the first of each three, and the last one.
        for (qsizetype i = 0; i + 3 <= codePoints.size(); i += 3)
            tokens.append(span(i, 3));
        if (codePoints.size() % 3 != 0)
            tokens.append(span(codePoints.size() - 3, 3));
    } else {
        query.table = QStringLiteral("case_fts_chars");
        tokens = charsTokens(text);
    }
    tokens.removeDuplicates();
    for (QString &token : tokens)
        token = quoted(token);
    query.match = tokens.join(QStringLiteral(" AND "));
    return query;
}

QString SearchService::TextQuery::confirm(const QString &p) const
{
    return QStringLiteral(
        "(instr(lower(c.title), lower(%1)) > 0 OR instr(lower(c.description), lower(%1)) > 0 "
        "OR instr(lower(IFNULL(c.resident_name, '')), lower(%1)) > 0)")
        .arg(p);
}

QString SearchService::TextQuery::matchOrNothing() const
{
    // FTS5 finds nothing for an empty phrase, as a query with nothing to look for should.
    return match.isEmpty() ? QStringLiteral("\"\"") : match;
}

QString SearchService::TextQuery::matchTerm(const QString &placeholder) const
{
    return QStringLiteral("f.%1 MATCH %2").arg(table, placeholder);
}

QString SearchService::TextQuery::source(const QString &matchPlaceholder) const
{
    if (matchPlaceholder.isEmpty())
        return QStringLiteral("%1 f JOIN cases c ON c.rid = f.rowid").arg(table);
    return QStringLiteral(
        "(SELECT rowid FROM %1 WHERE %1 MATCH %2 UNION SELECT rid FROM case_text_backlog) f "
        "JOIN cases c ON c.rid = f.rowid")
        .arg(table, matchPlaceholder);
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
        // Residents by their initials, their cases newest first: the inner query reads only
        // the two indexes (initials -> id, resident -> time) and sorts small records; the
        // outer one reads the 50 rows it shows.
        const QString low = q.toLower();
        return run(QStringLiteral(
                       "SELECT %1 FROM cases c WHERE c.rid IN (SELECT rid FROM cases WHERE resident_id IN "
                       "(SELECT id FROM residents WHERE initials >= ?1 AND initials < ?2) ORDER BY "
                       "+registered_at DESC LIMIT ?3) ORDER BY c.registered_at DESC")
                       .arg(columns),
            {low, low + QChar(0xFFFF)}, limit);
    }
    case QueryKind::Text:
        break;
    }
    // Chinese (or mixed) text: trigram for 3+ characters, one token per character below.
    const TextQuery text = textQuery(q);
    if (text.match.isEmpty())
        return {};
    // Newest first by arrival (rowid): FTS5 walks its index backwards and stops at the limit,
    // where sorting by registration time would first fetch every match.
    const bool backlog = textbacklog::any(m_ledger.db());
    const QString where
        = backlog ? QString() : text.matchTerm(QStringLiteral("?1")) + QStringLiteral(" AND ");
    return run(QStringLiteral("SELECT %1 FROM %2 WHERE %3%4 ORDER BY f.rowid DESC LIMIT ?3")
                   .arg(columns, text.source(backlog ? QStringLiteral("?1") : QString()), where,
                       text.confirm(QStringLiteral("?2"))),
        {text.match, q}, limit);
}

} // namespace tz
