// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casetypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tz {

class SqlDatabase;

// The order of a case list. A text search always lists its matches newest first.
enum class CaseOrder { Newest, Oldest, DeadlineFirst };

// What a case list shows and filters on.
struct CaseFilter
{
    std::optional<CaseState> state;
    QList<CaseState> states; // any of these (with `state`, both must hold)
    std::optional<Handling> handling;
    std::optional<Channel> channel;
    QString orgCode; // a unit: its whole subtree (only the unit itself with exactOrg)
    bool exactOrg = false;
    QString originOrg; // registered at this unit (and its subtree with originSubtree)
    bool originSubtree = false;
    QString departmentId; // dispatched to this department
    std::optional<QDate> deadlineOn;
    bool returnedOnly = false; // sent back by a unit it was dispatched to
    QString gridId;
    bool gridSubtree = false; // the grid and the grids under it
    QString catalogId;
    bool overdueOnly = false; // past the deadline on `today` (default: the date now, China time)
    QDate today;
    bool supervisedOnly = false;
    bool conflictOnly = false; // a decision on it lost to another, not yet reviewed
    QDate from; // registered on or after
    QDate to; // registered on or before
    QString residentId;
    QDate followedUpFrom; // followed up on or after
    QDate followedUpTo; // followed up on or before
    std::optional<Satisfaction> satisfaction;
    // A measure's cohort (统计's drill-down): cases whose cohortDate (registered_at,
    // dispatched_at, resolved_at or followed_up_at) falls on cohortFrom..cohortTo, China's days,
    // and that meet every named condition of core/cases/casepredicates.
    QString cohortDate;
    QDate cohortFrom;
    QDate cohortTo;
    QStringList conditions;
    QStringList excludedConditions; // and meet none of these
    QString text; // the search box
    CaseOrder order = CaseOrder::Newest;
};

struct CaseRow
{
    qint64 rid = 0;
    QString number;
    QString title;
    QString residentName;
    QString orgCode;
    Handling handling = Handling::Routed;
    CaseState state = CaseState::Registered;
    Channel channel = Channel::Counter;
    qint64 registeredAt = 0;
    QDate deadline;
    bool supervised = false;
    bool paused = false;
    bool conflict = false;
};

// Pages of cases, newest first, for lists over a million cases: each page starts after the
// last row of the one before (keyset paging), so page 500 costs what page 1 costs.
class CaseList
{
public:
    explicit CaseList(SqlDatabase &db);

    [[nodiscard]] QList<CaseRow> page(const CaseFilter &filter, const CaseRow *after, int limit);
    [[nodiscard]] qint64 count(const CaseFilter &filter);
    // The cases of the filter by unit: the key is the first `prefixLength` digits of the unit
    // responsible (4 city, 6 county, 9 township, 12 village), counted in one pass.
    [[nodiscard]] QHash<QString, qint64> countByUnit(const CaseFilter &filter, int prefixLength);

private:
    // `forPage`: a township or higher is read newest first along the time index (a page of
    // 200 stops early); a count reads the unit index instead.
    // `backlog`: the text's MATCH is in the FROM part (see fromClause).
    QString whereClause(const CaseFilter &filter, QStringList &arguments, bool forPage, bool backlog) const;
    // Whether a text search must also read the cases waiting for the index (textbacklog.h).
    bool readsBacklog(const CaseFilter &filter);
    // " FROM cases c", or the text index joined as `f`; with `backlog`, the index's matches and
    // the waiting cases (binding the MATCH before the WHERE part's arguments).
    static QString fromClause(const CaseFilter &filter, QStringList &arguments, bool backlog);
    // True when the filter's text goes through the full-text index (words, not a number).
    static bool usesTextIndex(const CaseFilter &filter);
    SqlDatabase &m_db;
};

} // namespace tz
