// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/reports/assessment.h"

#include "core/calendar/calendarprojection.h"
#include "core/cases/casepredicates.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/orglevel.h"
#include "core/org/orgservice.h"
#include "core/reports/measureservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace tz {
namespace {

const QStringList kStages {
    QStringLiteral("response"), QStringLiteral("handling"), QStringLiteral("feedback")};

Error wrong(const QString &what)
{
    return Error::invalid(
        QCoreApplication::translate("tz::Assessment", "The assessment rules are not right: %1").arg(what));
}

AssessmentRuleSet loadShipped()
{
    QFile file(QStringLiteral(":/data/reports/assessment-default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default assessment rules are missing from the program");
    Result<AssessmentRuleSet> rules
        = AssessmentRuleSet::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!rules)
        qFatal("the default assessment rules are wrong: %s", qPrintable(rules.error().message));
    rules->id = QStringLiteral("default");
    return *rules;
}

} // namespace

namespace assessmentrule {

QList<AssessmentRule> kinds()
{
    const auto kind = [](const char *stage, const char *date, const char *count, const char *minus,
                          const QString &label, double points, double cap) {
        return AssessmentRule {QLatin1String(stage), label, QLatin1String(date), QLatin1String(count),
            QLatin1String(minus), points, cap};
    };
    return {kind("response", "dispatched_at", "all", "acceptedWithin24h",
                QCoreApplication::translate("tz::Assessment", "Not accepted within 24 hours of dispatch"),
                -0.5, 10),
        kind("handling", "resolved_at", "all", "resolvedByDeadline",
            QCoreApplication::translate("tz::Assessment", "Resolved after the deadline"), -0.5, 20),
        kind("handling", "registered_at", "all", "resolvedNow",
            QCoreApplication::translate("tz::Assessment", "Registered in the period and not resolved"), -0.5,
            20),
        kind("handling", "resolved_at", "townshipOrBelow", "",
            QCoreApplication::translate("tz::Assessment", "Resolved at township level or below"), 0.05, 5),
        kind("handling", "resolved_at", "village", "",
            QCoreApplication::translate("tz::Assessment", "Resolved in the village"), 0.05, 5),
        kind("feedback", "followed_up_at", "satisfaction3", "",
            QCoreApplication::translate("tz::Assessment", "Unsatisfied at the follow-up"), -2, 20),
        kind("feedback", "followed_up_at", "satisfaction1", "",
            QCoreApplication::translate("tz::Assessment", "Satisfied at the follow-up"), 0.05, 5),
        kind("feedback", "followed_up_at", "reopened", "",
            QCoreApplication::translate("tz::Assessment", "Reopened after the follow-up"), -1, 10)};
}

QString describe(const AssessmentRule &rule)
{
    for (const AssessmentRule &kind : kinds()) {
        if (kind.cohortDate == rule.cohortDate && kind.count == rule.count && kind.minus == rule.minus)
            return kind.label;
    }
    return QStringLiteral("%1: %2%3")
        .arg(rule.cohortDate, rule.count,
            rule.minus.isEmpty() ? QString() : QStringLiteral(" − ") + rule.minus);
}

QString stageLabel(const QString &stage)
{
    if (stage == QLatin1String("response"))
        //: The response stage of a case (响应: accepting what was dispatched)
        return QCoreApplication::translate("tz::Assessment", "Response");
    if (stage == QLatin1String("handling"))
        //: The handling stage (办理)
        return QCoreApplication::translate("tz::Assessment", "Handling");
    //: The feedback stage (反馈: the citizen's answer)
    return QCoreApplication::translate("tz::Assessment", "Feedback");
}

} // namespace assessmentrule

namespace rating {

QString key(Rating value)
{
    switch (value) {
    case Rating::Good:
        return QStringLiteral("good");
    case Rating::FairlyGood:
        return QStringLiteral("fairly_good");
    case Rating::Average:
        break;
    }
    return QStringLiteral("average");
}

QString label(Rating value)
{
    switch (value) {
    case Rating::Good:
        //: Unit rating 好
        return QCoreApplication::translate("tz::Assessment", "Good");
    case Rating::FairlyGood:
        //: Unit rating 较好
        return QCoreApplication::translate("tz::Assessment", "Fairly good");
    case Rating::Average:
        break;
    }
    //: Unit rating 一般
    return QCoreApplication::translate("tz::Assessment", "Average");
}

} // namespace rating

Rating AssessmentRuleSet::ratingOf(double score) const
{
    if (score >= good)
        return Rating::Good;
    if (score >= fairlyGood)
        return Rating::FairlyGood;
    return Rating::Average;
}

Result<AssessmentRuleSet> AssessmentRuleSet::fromJson(const QJsonObject &json)
{
    AssessmentRuleSet set;
    set.name = json.value(QLatin1String("name")).toString().trimmed();
    set.base = json.value(QLatin1String("base")).toDouble(100);
    set.good = json.value(QLatin1String("good")).toDouble(-1);
    set.fairlyGood = json.value(QLatin1String("fairlyGood")).toDouble(-1);
    if (set.name.isEmpty() || set.name.size() > 80)
        return wrong(
            QCoreApplication::translate("tz::Assessment", "a name of 1 to 80 characters is needed."));
    if (!(set.base > 0 && set.base <= 1000))
        return wrong(QCoreApplication::translate(
            "tz::Assessment", "the full score must be above 0 and at most 1,000."));
    if (!(set.fairlyGood >= 0 && set.fairlyGood <= set.good && set.good <= set.base))
        return wrong(QCoreApplication::translate("tz::Assessment",
            "the lowest score for 较好 must not be above the one for 好, nor that above the full score."));
    const QJsonArray rules = json.value(QLatin1String("rules")).toArray();
    if (rules.isEmpty() || rules.size() > 50)
        return wrong(QCoreApplication::translate("tz::Assessment", "1 to 50 rules are needed."));
    for (const QJsonValue &value : rules) {
        const QJsonObject r = value.toObject();
        AssessmentRule rule;
        rule.stage = r.value(QLatin1String("stage")).toString();
        rule.label = r.value(QLatin1String("label")).toString().trimmed();
        rule.cohortDate = r.value(QLatin1String("cohortDate")).toString();
        rule.count = r.value(QLatin1String("count")).toString();
        rule.minus = r.value(QLatin1String("minus")).toString();
        rule.points = r.value(QLatin1String("points")).toDouble();
        rule.cap = r.value(QLatin1String("cap")).toDouble();
        const QString which = rule.label.isEmpty() ? QString::number(set.rules.size() + 1) : rule.label;
        if (rule.label.isEmpty() || rule.label.size() > 60)
            return wrong(QCoreApplication::translate(
                "tz::Assessment", "rule %1 needs a description of 1 to 60 characters.")
                             .arg(which));
        if (!kStages.contains(rule.stage) || !casepredicates::isCohortDate(rule.cohortDate)
            || tallies::indexOf(rule.count) < 0 || (!rule.minus.isEmpty() && tallies::indexOf(rule.minus) < 0)
            || (!rule.minus.isEmpty() && rule.count != QLatin1String("all")))
            return wrong(QCoreApplication::translate(
                "tz::Assessment", "rule \"%1\" counts something this program does not know.")
                             .arg(which));
        if (!std::isfinite(rule.points) || std::abs(rule.points) > 100 || rule.cap < 0 || rule.cap > 1000)
            return wrong(QCoreApplication::translate("tz::Assessment",
                "rule \"%1\" needs points between -100 and 100 per case and a limit of 0 to 1,000.")
                             .arg(which));
        set.rules.append(rule);
    }
    return set;
}

QJsonObject AssessmentRuleSet::toJson() const
{
    QJsonArray list;
    for (const AssessmentRule &rule : rules) {
        QJsonObject r {{QStringLiteral("stage"), rule.stage}, {QStringLiteral("label"), rule.label},
            {QStringLiteral("cohortDate"), rule.cohortDate}, {QStringLiteral("count"), rule.count},
            {QStringLiteral("points"), rule.points}, {QStringLiteral("cap"), rule.cap}};
        if (!rule.minus.isEmpty())
            r.insert(QStringLiteral("minus"), rule.minus);
        list.append(r);
    }
    return {{QStringLiteral("name"), name}, {QStringLiteral("base"), base}, {QStringLiteral("good"), good},
        {QStringLiteral("fairlyGood"), fairlyGood}, {QStringLiteral("rules"), list}};
}

const AssessmentRuleSet &AssessmentRuleSet::shipped()
{
    static const AssessmentRuleSet rules = loadShipped();
    return rules;
}

AssessmentService::AssessmentService(Ledger &ledger, OrgService &org)
    : m_ledger(ledger)
    , m_org(org)
{
}

QList<AssessmentRuleSet> AssessmentService::ruleSets()
{
    QList<AssessmentRuleSet> sets {AssessmentRuleSet::shipped()};
    // Only an administrator's versions count (the server refuses others; an older server or a
    // tampered ledger could still bring one).
    SqlStatement statement = m_ledger.db().prepare("SELECT a.id, a.body, a.saved_ms, a.saved_by FROM "
                                                   "assessment_rule_sets a JOIN users u ON u.id = a.saved_by "
                                                   "AND u.role = 5 ORDER BY a.saved_ms, a.id");
    while (statement.next()) {
        Result<AssessmentRuleSet> set
            = AssessmentRuleSet::fromJson(QJsonDocument::fromJson(statement.text(1).toUtf8()).object());
        if (!set)
            continue; // written by a newer program that knows more conditions
        set->id = statement.text(0);
        set->number = int(sets.size());
        set->savedMs = statement.int64(2);
        set->savedBy = statement.text(3);
        sets.append(*set);
    }
    return sets;
}

Result<AssessmentRuleSet> AssessmentService::save(const Actor &actor, const AssessmentRuleSet &rules)
{
    if (actor.role != Role::Admin)
        return Error::forbidden(QCoreApplication::translate(
            "tz::Assessment", "Only an administrator may change the assessment rules."));
    Result<AssessmentRuleSet> checked = AssessmentRuleSet::fromJson(rules.toJson());
    if (!checked)
        return checked.error();
    const QString id = Uuid7::toString(Uuid7::generate());
    const QString body = QString::fromUtf8(QJsonDocument(checked->toJson()).toJson(QJsonDocument::Compact));
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Setting, QStringLiteral("assessment/") + id,
            settingevents::assessmentSaved,
            {{QStringLiteral("name"), checked->name}, {QStringLiteral("body"), body}});
    });
    if (!written)
        return written.error();
    for (const AssessmentRuleSet &set : ruleSets()) {
        if (set.id == id)
            return set;
    }
    return Error::notFound(
        QCoreApplication::translate("tz::Assessment", "The saved rules cannot be read back."));
}

CaseFilter AssessmentService::casesOf(const AssessmentRule &rule, const MeasureQuery &query)
{
    CaseFilter filter = MeasureService::cohortCases(*tallies::cohortOf(rule.cohortDate), query, {rule.count});
    if (!rule.minus.isEmpty())
        filter.excludedConditions = {rule.minus};
    return filter;
}

Result<QList<UnitAssessment>> AssessmentService::assess(
    const AssessmentRuleSet &rules, const MeasureQuery &query)
{
    QList<OrgUnit> units = query.orgCode.isEmpty() ? m_org.roots() : m_org.children(query.orgCode);
    if (units.isEmpty()) {
        if (std::optional<OrgUnit> own = m_org.unit(query.orgCode))
            units = {*own};
    }
    if (units.isEmpty())
        return QList<UnitAssessment> {};
    const TallyGrouping grouping {TallyGrouping::Kind::Unit, orglevel::prefixLength(units.first().level)};
    // Each cohort the rules name, once, by unit.
    MeasureTallies tallies(m_ledger.db());
    QMap<Cohort, QMap<QString, TallySums>> sums;
    for (const AssessmentRule &rule : rules.rules) {
        const Cohort cohort = *tallies::cohortOf(rule.cohortDate);
        if (sums.contains(cohort))
            continue;
        Result<QMap<QString, TallySums>> read = tallies.sums(cohort, query, grouping);
        if (!read)
            return read.error();
        sums.insert(cohort, *read);
    }
    QList<UnitAssessment> sheet;
    for (const OrgUnit &unit : std::as_const(units)) {
        UnitAssessment row;
        row.code = unit.code;
        row.name = unit.name;
        double score = rules.base;
        for (const AssessmentRule &rule : rules.rules) {
            const TallySums counts = sums.value(*tallies::cohortOf(rule.cohortDate)).value(unit.code);
            AssessmentLine line;
            line.cases = counts.value(tallies::indexOf(rule.count));
            if (!rule.minus.isEmpty())
                line.cases -= counts.value(tallies::indexOf(rule.minus));
            line.points = rule.points * double(line.cases);
            if (rule.cap > 0)
                line.points = std::clamp(line.points, -rule.cap, rule.cap);
            // Hundredths, so that the sheet's lines add up to its score.
            line.points = std::round(line.points * 100) / 100;
            score += line.points;
            row.lines.append(line);
        }
        // In hundredths, like the lines: 89.999999… must not rate below a threshold of 90.
        row.score = std::clamp(std::round(score * 100) / 100, 0.0, rules.base);
        row.rating = rules.ratingOf(row.score);
        sheet.append(row);
    }
    return sheet;
}

} // namespace tz
