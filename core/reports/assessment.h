// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caselist.h"
#include "core/common/error.h"
#include "core/reports/measuretallies.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tz {

class Ledger;
class OrgService;

// One scoring rule of 考评: the cases of a unit in the period (by the cohort date) that meet
// `count` and not `minus`, each worth `points` (negative: lost), at most `cap` points either way.
struct AssessmentRule
{
    QString stage; // response, handling, feedback
    QString label; // what the rule counts, in the rule set's own words
    QString cohortDate; // registered_at, dispatched_at, resolved_at, followed_up_at
    QString count; // a condition of cases/casepredicates
    QString minus; // "" or a condition; only with count "all" (the cases that miss it)
    double points = 0;
    double cap = 0; // 0: no limit
};

namespace assessmentrule {
// What a rule may count, each with its stage and a label to start from: late acceptance, late
// resolution, resolved locally or in the village, unresolved, the follow-up's answers, reopens.
QList<AssessmentRule> kinds();
// The words for what a rule counts ("派单后 24 小时内未接单"), whatever its own label says.
QString describe(const AssessmentRule &rule);
QString stageLabel(const QString &stage); // 响应 / 办理 / 反馈
} // namespace assessmentrule

enum class Rating { Good, FairlyGood, Average };

namespace rating {
QString key(Rating value); // good, fairly_good, average
QString label(Rating value); // 好 / 较好 / 一般
} // namespace rating

// A version of the rules: the example shipped with the program ("default", never changed) or
// one an administrator saved (each save a new version; a rating names the version it used).
struct AssessmentRuleSet
{
    QString id;
    int number = 0; // 1, 2 … in the order saved; 0 for the shipped example
    QString name;
    double base = 100;
    double good = 90; // the lowest score rated 好
    double fairlyGood = 75; // the lowest rated 较好
    QList<AssessmentRule> rules;
    qint64 savedMs = 0;
    QString savedBy;

    [[nodiscard]] bool isDefault() const { return id == QLatin1String("default"); }
    [[nodiscard]] Rating ratingOf(double score) const;
    // Checks every number and condition; the message names what is wrong.
    [[nodiscard]] static Result<AssessmentRuleSet> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    static const AssessmentRuleSet &shipped();
};

// One rule's line on a unit's score sheet.
struct AssessmentLine
{
    qint64 cases = 0;
    double points = 0; // after the cap
};

struct UnitAssessment
{
    QString code;
    QString name;
    double score = 0;
    Rating rating = Rating::Average;
    QList<AssessmentLine> lines; // one per rule, in the rule set's order
};

// 考评: scores and rates the units one level below a unit for a period, from the month and day
// tallies (a unit answers for the cases that arose in it and below: 属地责任), and keeps the
// versions of the rules.
class AssessmentService
{
public:
    AssessmentService(Ledger &ledger, OrgService &org);

    // The shipped example first, then the saved versions, oldest first.
    [[nodiscard]] QList<AssessmentRuleSet> ruleSets();
    // Saves `rules` as a new version (administrators only); returns it with its id and number.
    [[nodiscard]] Result<AssessmentRuleSet> save(const Actor &actor, const AssessmentRuleSet &rules);
    // The units below query.orgCode (or the unit alone when nothing is below), in code order.
    [[nodiscard]] Result<QList<UnitAssessment>> assess(
        const AssessmentRuleSet &rules, const MeasureQuery &query);
    // The cases behind one line of a unit's sheet (query.orgCode: the unit).
    [[nodiscard]] static CaseFilter casesOf(const AssessmentRule &rule, const MeasureQuery &query);

private:
    Ledger &m_ledger;
    OrgService &m_org;
};

} // namespace tz
