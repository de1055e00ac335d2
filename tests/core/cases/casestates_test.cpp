// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "core/cases/casefields.h"
#include "core/cases/caselist.h"
#include "core/cases/caserecord.h"
#include "core/cases/overdue.h"
#include "core/common/businesstime.h"
#include "core/ledger/sqldatabase.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tz;

namespace {

constexpr CaseState kAllStates[]
    = {CaseState::Registered, CaseState::Dispatched, CaseState::Accepted, CaseState::InProgress,
        CaseState::Resolved, CaseState::FollowedUp, CaseState::Closed, CaseState::Reopened};

} // namespace

TEST_CASE("the open states are one list for C++ and SQL", "[cases][rules]")
{
    QTemporaryDir dir;
    SqlDatabase db(dir.filePath(QStringLiteral("rules.db")), SqlDatabase::Mode::Create);
    SqlStatement inSql = db.prepare(QStringLiteral("SELECT ?1 IN (%1)").arg(casestate::openStatesSql()));
    for (const CaseState state : kAllStates) {
        CAPTURE(casestate::key(state));
        inSql.bind(1, static_cast<int>(state));
        REQUIRE(inSql.next());
        CHECK((inSql.int64(0) == 1) == casestate::isOpen(state));
        CHECK(casestate::openStates().contains(state) == casestate::isOpen(state));
        inSql.reset();
    }
    CHECK(casestate::isOpen(CaseState::Reopened));
    CHECK_FALSE(casestate::isOpen(CaseState::Resolved));
}

TEST_CASE("overdue is one rule for a case, a list row and the SQL filter", "[cases][rules]")
{
    QTemporaryDir dir;
    SqlDatabase db(dir.filePath(QStringLiteral("rules.db")), SqlDatabase::Mode::Create);
    db.exec("CREATE TABLE cases (state INTEGER, paused_since TEXT, deadline TEXT)");
    const QDate today(2026, 4, 10);
    SqlStatement check = db.prepare(QStringLiteral("SELECT count(*) FROM cases c WHERE %1")
                                        .arg(overdue::sqlCondition(QStringLiteral("?1"))));
    for (const CaseState state : kAllStates) {
        for (const bool paused : {false, true}) {
            for (const QDate deadline : {QDate(), today.addDays(-1), today, today.addDays(1)}) {
                CAPTURE(casestate::key(state), paused, deadline);
                const bool expected
                    = casestate::isOpen(state) && !paused && deadline.isValid() && deadline < today;
                CHECK(overdue::isOverdue(state, paused, deadline, today) == expected);

                CaseRecord record;
                record.state = state;
                record.deadline = deadline;
                if (paused)
                    record.pausedSince = QDate(2026, 4, 1);
                CHECK(record.isOverdue(today) == expected);

                CaseRow row;
                row.state = state;
                row.paused = paused;
                row.deadline = deadline;
                CHECK(casefield::isOverdue(row, today) == expected);

                SqlStatement insert = db.prepare("INSERT INTO cases VALUES (?1, ?2, ?3)");
                insert.bind(1, static_cast<int>(state));
                insert.bind(2, paused ? std::optional<QString>(QStringLiteral("2026-04-01")) : std::nullopt);
                insert.bind(3,
                    deadline.isValid() ? std::optional<QString>(deadline.toString(Qt::ISODate))
                                       : std::nullopt);
                insert.next();
                check.bind(1, today.toString(Qt::ISODate));
                REQUIRE(check.next());
                CHECK((check.int64(0) == 1) == expected);
                check.reset();
                db.exec("DELETE FROM cases");
            }
        }
    }
}

TEST_CASE("a resolved case was late only when resolved after its deadline", "[cases][rules]")
{
    const QDate deadline(2026, 4, 10);
    const auto at = [](QDate day, int hour) {
        return QDateTime(day, QTime(hour, 0), businesstime::zone()).toMSecsSinceEpoch();
    };
    const qint64 onTheDay = at(deadline, 23);
    CHECK_FALSE(overdue::resolvedLate(deadline, onTheDay));
    CHECK(overdue::resolvedLate(deadline, at(deadline.addDays(1), 0)));
    CHECK_FALSE(overdue::resolvedLate(QDate(), onTheDay));
    CHECK_FALSE(overdue::resolvedLate(deadline, 0));

    CaseRecord record;
    record.state = CaseState::Closed;
    record.deadline = deadline;
    record.resolvedAt = at(deadline.addDays(2), 9);
    CHECK(record.wasResolvedLate());
    CHECK_FALSE(record.isOverdue(deadline.addDays(5))); // closed: not overdue any more
}
