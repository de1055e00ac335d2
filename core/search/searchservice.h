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

    // The FTS5 MATCH expression for a text query: a quoted phrase, quotes doubled.
    static QString phrase(const QString &text);

private:
    QList<CaseHit> run(const QString &sql, const QStringList &arguments, int limit);
    Ledger &m_ledger;
};

} // namespace tz
