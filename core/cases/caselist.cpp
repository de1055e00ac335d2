// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caselist.h"

#include "core/cases/casepredicates.h"
#include "core/cases/overdue.h"
#include "core/common/businesstime.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textbacklog.h"
#include "core/org/divisioncode.h"
#include "core/search/searchservice.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace tz {
namespace {

// The first millisecond of a day in China.
qint64 startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), businesstime::zone()).toMSecsSinceEpoch();
}

} // namespace

CaseList::CaseList(SqlDatabase &db)
    : m_db(db)
{
}

QString CaseList::whereClause(const CaseFilter &f, QStringList &args, bool forPage, bool backlog) const
{
    QStringList terms;
    const auto arg = [&args](const QString &value) {
        args.append(value);
        return QStringLiteral("?%1").arg(args.size());
    };
    if (f.state)
        terms.append(QStringLiteral("c.state = %1").arg(static_cast<int>(*f.state)));
    if (f.handling)
        terms.append(QStringLiteral("c.handling = %1").arg(static_cast<int>(*f.handling)));
    if (f.channel)
        terms.append(QStringLiteral("c.channel = %1").arg(static_cast<int>(*f.channel)));
    if (f.conflictOnly)
        terms.append(QStringLiteral("c.conflict IS NOT NULL"));
    if (!f.states.isEmpty()) {
        QStringList numbers;
        for (CaseState st : f.states)
            numbers.append(QString::number(static_cast<int>(st)));
        terms.append(QStringLiteral("c.state IN (%1)").arg(numbers.join(QLatin1Char(','))));
    }
    // Open cases are a small share of a ledger that has run for years, while one unit may hold a
    // hundred thousand: a list of open cases (a queue, overdue, 督办) reads the state indexes, and
    // "+c.org_code" keeps SQLite from walking the unit's every case instead.
    bool openOnly = f.overdueOnly || (f.state && casestate::isOpen(*f.state));
    if (!f.states.isEmpty() && !f.state)
        openOnly
            = std::all_of(f.states.begin(), f.states.end(), [](CaseState s) { return casestate::isOpen(s); });
    const QString orgColumn = openOnly ? QStringLiteral("+c.org_code") : QStringLiteral("c.org_code");
    if (f.exactOrg && !f.orgCode.isEmpty())
        terms.append(QStringLiteral("%1 = %2").arg(orgColumn, arg(f.orgCode)));
    if (!f.originOrg.isEmpty()) {
        const subtree::Range origins
            = f.originSubtree ? subtree::range(f.originOrg) : subtree::Range {f.originOrg, f.originOrg};
        const QString match = origins.low == origins.high
            ? QStringLiteral("origin_org = %1").arg(arg(f.originOrg))
            : QStringLiteral("origin_org BETWEEN %1 AND %2").arg(arg(origins.low), arg(origins.high));
        if (f.state == CaseState::Resolved) {
            // Follow-ups owed: the partial index of resolved cases by registering center. Without
            // statistics SQLite prefers the state index and reads every resolved case of the
            // ledger (0.35 s at 1M for a township; 0.02 s this way).
            terms.append(QStringLiteral(
                "c.rid IN (SELECT rowid FROM cases INDEXED BY cases_awaiting_follow_up WHERE state = 5 "
                "AND %1)")
                             .arg(match));
        } else {
            terms.append(QStringLiteral("c.%1").arg(match));
        }
    }
    if (!f.departmentId.isEmpty())
        terms.append(QStringLiteral("c.target_department = %1").arg(arg(f.departmentId)));
    if (f.deadlineOn)
        terms.append(QStringLiteral("c.deadline = %1").arg(arg(f.deadlineOn->toString(Qt::ISODate))));
    if (f.returnedOnly)
        terms.append(QStringLiteral("c.returned > 0"));
    if (!f.exactOrg && f.orgCode.size() == 12) {
        const subtree::Range units = subtree::range(f.orgCode);
        if (units.low == units.high) {
            // A village has no units under it: one value of the (org_code, registered_at) index,
            // read newest first, so a page stops after 200 rows however many the village holds.
            terms.append(QStringLiteral("%1 = %2").arg(orgColumn, arg(f.orgCode)));
        } else {
            // A township or more: a page walks the newest-first index and keeps the subtree's rows
            // ("+c.org_code" keeps SQLite from reading the whole range by the org index and
            // sorting it); a count reads the range.
            const bool skipOrgIndex = openOnly || forPage;
            terms.append(QStringLiteral("%1 BETWEEN %2 AND %3")
                             .arg(skipOrgIndex ? QStringLiteral("+c.org_code") : QStringLiteral("c.org_code"),
                                 arg(units.low), arg(units.high)));
        }
    }
    if (!f.gridId.isEmpty() && f.gridSubtree)
        terms.append(
            QStringLiteral("c.grid_id IN (WITH RECURSIVE sub (id) AS (SELECT %1 UNION SELECT g.id FROM "
                           "grids g JOIN sub ON g.parent_grid_id = sub.id) SELECT id FROM sub)")
                .arg(arg(f.gridId)));
    else if (!f.gridId.isEmpty())
        terms.append(QStringLiteral("c.grid_id = %1").arg(arg(f.gridId)));
    if (!f.catalogId.isEmpty())
        terms.append(QStringLiteral("c.catalog_id = %1").arg(arg(f.catalogId)));
    if (f.supervisedOnly) // of open cases: by the state index (the flag stays on closed cases)
        terms.append(openOnly ? QStringLiteral("+c.supervised = 1") : QStringLiteral("c.supervised = 1"));
    if (f.overdueOnly) {
        const QDate day
            = f.today.isValid() ? f.today : businesstime::dateOf(QDateTime::currentMSecsSinceEpoch());
        const QString today = day.toString(Qt::ISODate);
        terms.append(overdue::sqlCondition(arg(today)));
    }
    if (casepredicates::isCohortDate(f.cohortDate) && f.cohortFrom.isValid() && f.cohortTo.isValid())
        terms.append(QStringLiteral("c.%1 >= %2 AND c.%1 < %3")
                         .arg(f.cohortDate)
                         .arg(startOf(f.cohortFrom))
                         .arg(startOf(f.cohortTo.addDays(1))));
    for (const QString &condition : f.conditions) // an unknown name matches nothing
        terms.append(
            QStringLiteral("(%1)").arg(casepredicates::sql(condition).value_or(QStringLiteral("0"))));
    for (const QString &condition : f.excludedConditions) // what a tally counts as "not": NULL too
        terms.append(QStringLiteral("NOT COALESCE((%1), 0)")
                         .arg(casepredicates::sql(condition).value_or(QStringLiteral("1"))));
    if (f.from.isValid())
        terms.append(QStringLiteral("c.registered_at >= %1").arg(startOf(f.from)));
    if (f.to.isValid())
        terms.append(QStringLiteral("c.registered_at < %1").arg(startOf(f.to.addDays(1))));
    if (!f.residentId.isEmpty())
        terms.append(QStringLiteral("c.resident_id = %1").arg(arg(f.residentId)));
    if (f.followedUpFrom.isValid())
        terms.append(QStringLiteral("c.followed_up_at >= %1").arg(startOf(f.followedUpFrom)));
    if (f.followedUpTo.isValid())
        terms.append(QStringLiteral("c.followed_up_at < %1").arg(startOf(f.followedUpTo.addDays(1))));
    if (f.satisfaction)
        terms.append(QStringLiteral("c.satisfaction = %1").arg(static_cast<int>(*f.satisfaction)));
    const QString text = f.text.simplified();
    // The search box, read as the command line's search reads it.
    switch (text.isEmpty() ? SearchService::QueryKind::Text : SearchService::classify(text)) {
    case SearchService::QueryKind::Number:
        terms.append(QStringLiteral("c.number = %1").arg(arg(text.toUpper())));
        break;
    case SearchService::QueryKind::Digits:
        if (text.size() < 4) {
            terms.append(QStringLiteral("0")); // too few digits to mean anything
        } else {
            // The end of a resident's phone or ID number, or the date a case number starts with.
            QString reversed = text.toUpper();
            std::reverse(reversed.begin(), reversed.end());
            const QString low = arg(reversed);
            const QString high = arg(reversed + QChar(0xFFFF));
            terms.append(
                QStringLiteral("(c.resident_id IN (SELECT id FROM residents WHERE (phone_reversed >= %1 AND "
                               "phone_reversed < %2) OR (id_reversed >= %1 AND id_reversed < %2)) OR "
                               "(c.number >= %3 AND c.number < %4))")
                    .arg(low, high, arg(text), arg(text + QLatin1Char('~'))));
        }
        break;
    case SearchService::QueryKind::Latin: {
        const QString low = text.toLower();
        terms.append(QStringLiteral(
            "c.resident_id IN (SELECT id FROM residents WHERE initials >= %1 AND initials < %2)")
                         .arg(arg(low), arg(low + QChar(0xFFFF))));
        break;
    }
    case SearchService::QueryKind::Text:
        if (!text.isEmpty()) {
            // The join with the full-text index comes from page()/count(); here its MATCH and the check.
            const SearchService::TextQuery query = SearchService::textQuery(text);
            if (!backlog)
                terms.append(query.matchTerm(arg(query.matchOrNothing())));
            terms.append(query.confirm(arg(text)));
        }
        break;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

bool CaseList::usesTextIndex(const CaseFilter &filter)
{
    const QString text = filter.text.simplified();
    return !text.isEmpty() && SearchService::classify(text) == SearchService::QueryKind::Text;
}

bool CaseList::readsBacklog(const CaseFilter &filter)
{
    return usesTextIndex(filter) && textbacklog::any(m_db);
}

QString CaseList::fromClause(const CaseFilter &filter, QStringList &args, bool backlog)
{
    if (!usesTextIndex(filter))
        return QStringLiteral(" FROM cases c");
    // FROM the index, so FTS5 hands rows over newest-first and stops at the limit.
    const SearchService::TextQuery query = SearchService::textQuery(filter.text.simplified());
    QString match;
    if (backlog) {
        args.append(query.matchOrNothing());
        match = QStringLiteral("?%1").arg(args.size());
    }
    return QStringLiteral(" FROM ") + query.source(match);
}

QList<CaseRow> CaseList::page(const CaseFilter &filter, const CaseRow *after, int limit)
{
    QStringList args;
    const bool backlog = readsBacklog(filter);
    const QString from = fromClause(filter, args, backlog);
    QString where = whereClause(filter, args, true, backlog);
    const bool byText = usesTextIndex(filter);
    const CaseOrder order = byText ? CaseOrder::Newest : filter.order;
    if (after) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        if (byText) {
            where += QStringLiteral("f.rowid < %1").arg(after->rid);
        } else if (order == CaseOrder::DeadlineFirst) {
            args.append(after->deadline.toString(Qt::ISODate));
            where += QStringLiteral("(c.deadline, c.rid) > (?%1, %2)").arg(args.size()).arg(after->rid);
        } else {
            where += QStringLiteral("(c.registered_at, c.rid) %1 (%2, %3)")
                         .arg(order == CaseOrder::Oldest ? QLatin1Char('>') : QLatin1Char('<'))
                         .arg(after->registeredAt)
                         .arg(after->rid);
        }
    }
    // A text search lists matches in arrival order (newest first); other lists as asked.
    QString orderBy;
    if (byText)
        orderBy = QStringLiteral("f.rowid DESC");
    else if (order == CaseOrder::DeadlineFirst)
        orderBy = QStringLiteral("c.deadline, c.rid");
    else if (order == CaseOrder::Oldest)
        orderBy = QStringLiteral("c.registered_at, c.rid");
    else
        orderBy = QStringLiteral("c.registered_at DESC, c.rid DESC");
    const QString sql = QStringLiteral(
        "SELECT c.rid, c.number, c.title, IFNULL(c.resident_name, ''), c.org_code, c.handling, "
        "c.state, c.channel, c.registered_at, c.deadline, c.supervised, c.paused_since IS NOT NULL, "
        "c.conflict IS NOT NULL%1%2 ORDER BY %3 LIMIT %4")
                            .arg(from, where, orderBy)
                            .arg(limit);
    SqlStatement statement = m_db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        statement.bind(i + 1, args.at(i));
    QList<CaseRow> rows;
    while (statement.next()) {
        CaseRow row;
        row.rid = statement.int64(0);
        row.number = statement.text(1);
        row.title = statement.text(2);
        row.residentName = statement.text(3);
        row.orgCode = statement.text(4);
        row.handling = static_cast<Handling>(statement.int32(5));
        row.state = static_cast<CaseState>(statement.int32(6));
        row.channel = static_cast<Channel>(statement.int32(7));
        row.registeredAt = statement.int64(8);
        row.deadline = QDate::fromString(statement.text(9), Qt::ISODate);
        row.supervised = statement.int64(10) != 0;
        row.paused = statement.int64(11) != 0;
        row.conflict = statement.int64(12) != 0;
        rows.append(row);
    }
    return rows;
}

qint64 CaseList::count(const CaseFilter &filter)
{
    QStringList args;
    const bool backlog = readsBacklog(filter);
    const QString from = fromClause(filter, args, backlog);
    SqlStatement statement
        = m_db.prepare(QStringLiteral("SELECT COUNT(*)") + from + whereClause(filter, args, false, backlog));
    for (int i = 0; i < args.size(); ++i)
        statement.bind(i + 1, args.at(i));
    return statement.next() ? statement.int64(0) : 0;
}

QHash<QString, qint64> CaseList::countByUnit(const CaseFilter &filter, int prefixLength)
{
    QStringList args;
    const bool backlog = readsBacklog(filter);
    const QString from = fromClause(filter, args, backlog);
    SqlStatement statement
        = m_db.prepare(QStringLiteral("SELECT substr(c.org_code, 1, %1), COUNT(*)").arg(prefixLength) + from
            + whereClause(filter, args, false, backlog) + QStringLiteral(" GROUP BY 1"));
    for (int i = 0; i < args.size(); ++i)
        statement.bind(i + 1, args.at(i));
    QHash<QString, qint64> counts;
    while (statement.next())
        counts.insert(statement.text(0), statement.int64(1));
    return counts;
}

} // namespace tz
