// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QString>

namespace tz {

class Ledger;

struct CaseHit
{
    QString id;
    QString number;
    QString title;
    QString residentName;
    int state = 0;
    qint64 registeredAt = 0;
};

// Finds cases by what people remember: words of the request (Chinese of any length), the
// resident's name or pinyin initials, the last digits of a phone or ID number, the case number.
class SearchService
{
public:
    explicit SearchService(Ledger &ledger);

    // Newest first.
    [[nodiscard]] QList<CaseHit> searchCases(const QString &query, int limit = 50);

    // What a query is read as: a whole case number; digits (the end of a phone or ID number, or
    // the date a case number starts with); Latin letters (a resident's pinyin initials); or text
    // (words of the request or a name, through the full-text indexes).
    enum class QueryKind { Number, Digits, Latin, Text };
    static QueryKind classify(const QString &simplifiedQuery);

    // How a text query reads the full-text indexes, which keep no positions: the index to
    // join as `f`, a MATCH expression asking for every token of the query, and a condition on
    // the cases row `c` that confirms the text holds the query as written.
    struct TextQuery
    {
        QString table; // case_fts (3+ characters) or case_fts_chars
        QString match; // empty when the query has nothing to look for
        [[nodiscard]] QString confirm(const QString &placeholder) const;
        // `match`, or one that finds nothing (a query of only punctuation).
        [[nodiscard]] QString matchOrNothing() const;
        // The WHERE term for `f` straight from the index.
        [[nodiscard]] QString matchTerm(const QString &placeholder) const;
        // The candidates joined as `f` to the cases `c`: the index itself (its MATCH then goes in
        // WHERE through matchTerm) when `matchPlaceholder` is empty; otherwise the index's
        // matches together with every case still waiting to be indexed (textbacklog.h), which
        // the confirm condition then sorts out.
        [[nodiscard]] QString source(const QString &matchPlaceholder) const;
    };
    static TextQuery textQuery(const QString &text);

private:
    QList<CaseHit> run(const QString &sql, const QStringList &arguments, int limit);
    Ledger &m_ledger;
};

} // namespace tz
