// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tz {

class SqlDatabase;

// A period (China's days, both ends included) and a part of the org tree: the cases that arose
// there (registered in the unit or below), or in a grid and the grids under it. An empty org:
// the whole ledger.
struct MeasureQuery
{
    QDate from;
    QDate to;
    QString orgCode;
    QString gridId;
};

// The date that puts a case in a period: the measures' cohorts. Stored as numbers in
// case_tallies (migration 0011): never renumber.
enum class Cohort : int { Registered = 1, Dispatched = 2, Resolved = 3, FollowedUp = 4 };

// A condition over a case that the tallies count: the name measure definitions use, its column
// in case_tallies, and the same condition over the cases table.
struct TallyColumn
{
    QString predicate;
    QString column;
    QString sql;
    QString implies; // a case that meets this one also meets that one ("" for none but "all")
};

namespace tallies {
// Every counted condition; the first is "all" (every case of the cohort).
const QList<TallyColumn> &columns();
int indexOf(const QString &predicate); // -1 when unknown
int indexOf(const QString &predicate, const QList<TallyColumn> &list);
std::optional<Cohort> cohortOf(const QString &dateColumn);
QString dateColumn(Cohort cohort);
// The column counting cases of a handling class, a channel or an answer to the follow-up.
int handlingIndex(int handling);
int channelIndex(int channel);
int satisfactionIndex(int satisfaction);
} // namespace tallies

// How sums are split: not at all, by the unit below a level (the first prefixLength digits of
// the code where cases arose), by month ("2026-11") or by day ("2026-11-05").
struct TallyGrouping
{
    enum class Kind { None, Unit, Month, Day };
    Kind kind = Kind::None;
    int prefixLength = 0;
};

// One sum per column of tallies::columns().
using TallySums = QList<qint64>;

// The counts behind every measure for a period, part of the org tree and cohort, from
// case_tallies (kept by triggers in the same transaction as the cases): the whole months of the
// period from its month rows, the days around them from its day rows. A grid's from the cases
// by the grid's index. Counting every case gives the same numbers: the tests compare them.
class MeasureTallies
{
public:
    explicit MeasureTallies(SqlDatabase &db);

    // Keyed by group: "" when not grouped, a 12-digit unit code, "YYYY-MM" or "YYYY-MM-DD".
    [[nodiscard]] Result<QMap<QString, TallySums>> sums(
        Cohort cohort, const MeasureQuery &query, const TallyGrouping &grouping = {});
    // The same, every day counted from the cases: the reference the tallies must agree with.
    [[nodiscard]] Result<QMap<QString, TallySums>> sumsFromCases(
        Cohort cohort, const MeasureQuery &query, const TallyGrouping &grouping = {});

    // The SQL condition selecting a cohort's cases in a query, over the cases table aliased c,
    // with ?1/?2 the period's first and past-the-end instants, ?3/?4 the org's code range and ?5
    // the grid; bind them with bindCohort.
    [[nodiscard]] static Result<QString> cohortWhere(Cohort cohort, const MeasureQuery &query);
    static void bindCohort(class SqlStatement &statement, const MeasureQuery &query);

private:
    Result<QMap<QString, TallySums>> fromCases(Cohort cohort, const MeasureQuery &query,
        const TallyGrouping &grouping, QMap<QString, TallySums> into);
    // From case_tallies: the months (or the days) from `first` to `last`.
    Result<QMap<QString, TallySums>> fromTallies(Cohort cohort, const MeasureQuery &query, const QDate &first,
        const QDate &last, bool months, const TallyGrouping &grouping, QMap<QString, TallySums> into);

    SqlDatabase &m_db;
};

} // namespace tz
