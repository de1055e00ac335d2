// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// 考评: scores and ratings of units from rules over the response, handling and feedback stages.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caselist.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/reports/assessment.h"

#include <QJsonArray>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
const QString kWuxu = QStringLiteral("451202107001");
const QString kSanjing = QStringLiteral("451202107201");

QString sentTo(TempLedger &t, const QString &village)
{
    RegisterCaseInput input;
    input.orgCode = village;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("村道破损");
    Result<CaseRecord> c = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(c.ok());
    DispatchInput to;
    to.lead.orgCode = village;
    REQUIRE(t.ws().cases().dispatch(t.admin(), c->number, to).ok());
    return c->number;
}

// Late acceptance -5 a case; late resolution -3 (at most 5); unsatisfied -10; resolved at
// township level or below +1 (at most 1). 好 from 95, 较好 from 85.
AssessmentRuleSet rules()
{
    const auto rule = [](const char *stage, const char *label, const char *date, const char *count,
                          const char *minus, double points, double cap) {
        QJsonObject r {{QStringLiteral("stage"), QLatin1String(stage)},
            {QStringLiteral("label"), QString::fromUtf8(label)},
            {QStringLiteral("cohortDate"), QLatin1String(date)},
            {QStringLiteral("count"), QLatin1String(count)}, {QStringLiteral("points"), points},
            {QStringLiteral("cap"), cap}};
        if (*minus)
            r.insert(QStringLiteral("minus"), QLatin1String(minus));
        return r;
    };
    const QJsonObject json {{QStringLiteral("name"), QStringLiteral("五圩镇考评办法（试行）")},
        {QStringLiteral("base"), 100}, {QStringLiteral("good"), 95}, {QStringLiteral("fairlyGood"), 85},
        {QStringLiteral("rules"),
            QJsonArray {rule("response", "超时接单", "dispatched_at", "all", "acceptedWithin24h", -5, 0),
                rule("handling", "超期办结", "resolved_at", "all", "resolvedByDeadline", -3, 5),
                rule("feedback", "不满意", "followed_up_at", "satisfaction3", "", -10, 0),
                rule("handling", "属地解决", "resolved_at", "townshipOrBelow", "", 1, 1)}}};
    Result<AssessmentRuleSet> set = AssessmentRuleSet::fromJson(json);
    REQUIRE(set.ok());
    return *set;
}

const UnitAssessment *unitOf(const QList<UnitAssessment> &sheet, const QString &code)
{
    for (const UnitAssessment &unit : sheet)
        if (unit.code == code)
            return &unit;
    return nullptr;
}

} // namespace

TEST_CASE("units are scored by the rules over the response, handling and feedback stages and rated 好 / 较好 "
          "/ 一般",
    "[reports][assessment]")
{
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00")); // Monday: Fast cases are due Thursday 5 March
    const QString onTime = sentTo(t, kWuxu);
    const QString late = sentTo(t, kWuxu);
    const QString elsewhere = sentTo(t, kSanjing);
    t.setNow(QStringLiteral("2026-03-02T10:00:00"));
    REQUIRE(t.ws().cases().accept(t.admin(), onTime).ok());
    REQUIRE(t.ws().cases().resolve(t.admin(), onTime, QStringLiteral("已修好")).ok());
    t.setNow(QStringLiteral("2026-03-03T11:00:00")); // 26 hours after dispatch
    REQUIRE(t.ws().cases().accept(t.admin(), late).ok());
    REQUIRE(t.ws().cases().accept(t.admin(), elsewhere).ok());
    t.setNow(QStringLiteral("2026-03-09T10:00:00"));
    REQUIRE(t.ws().cases().resolve(t.admin(), late, QStringLiteral("已修好")).ok());
    REQUIRE(t.ws().cases().resolve(t.admin(), elsewhere, QStringLiteral("已修好")).ok());
    // Unsatisfied: the case is reopened, so it no longer counts as resolved.
    REQUIRE(t.ws()
                .cases()
                .followUp(t.admin(), onTime, Satisfaction::Unsatisfied, QStringLiteral("路面仍不平"))
                .ok());
    REQUIRE(t.ws().cases().followUp(t.admin(), late, Satisfaction::Satisfied, {}).ok());

    AssessmentService service(t.ws().ledger(), t.ws().org());
    const MeasureQuery march {QDate(2026, 3, 1), QDate(2026, 3, 31), kTownship, {}};
    Result<QList<UnitAssessment>> sheet = service.assess(rules(), march);
    REQUIRE(sheet.ok());
    const UnitAssessment *wuxu = unitOf(*sheet, kWuxu);
    const UnitAssessment *sanjing = unitOf(*sheet, kSanjing);
    REQUIRE(wuxu);
    REQUIRE(sanjing);
    // 五圩社区: one late acceptance -5, one late resolution -3, one unsatisfied -10, one
    // resolved locally +1 (the other was reopened): 83, 一般.
    REQUIRE(wuxu->lines.size() == 4);
    CHECK(wuxu->lines.at(0).cases == 1);
    CHECK(wuxu->lines.at(0).points == -5);
    CHECK(wuxu->lines.at(1).points == -3);
    CHECK(wuxu->lines.at(2).points == -10);
    CHECK(wuxu->lines.at(3).cases == 1);
    CHECK(wuxu->lines.at(3).points == 1);
    CHECK(wuxu->score == 83);
    CHECK(wuxu->rating == Rating::Average);
    // 三境村: late twice (-5, -3), resolved locally (+1): 93, 较好.
    CHECK(sanjing->score == 93);
    CHECK(sanjing->rating == Rating::FairlyGood);

    // Each line opens on the cases it counted.
    CaseList list(t.ws().ledger().db());
    MeasureQuery ofWuxu = march;
    ofWuxu.orgCode = kWuxu;
    const AssessmentRuleSet set = rules();
    for (int i = 0; i < set.rules.size(); ++i) {
        INFO(set.rules.at(i).label.toStdString());
        CHECK(list.count(AssessmentService::casesOf(set.rules.at(i), ofWuxu)) == wuxu->lines.at(i).cases);
    }
    // February had nothing to lose points on.
    Result<QList<UnitAssessment>> february
        = service.assess(rules(), {QDate(2026, 2, 1), QDate(2026, 2, 28), kTownship, {}});
    REQUIRE(february.ok());
    CHECK(unitOf(*february, kWuxu)->score == 100);
    CHECK(unitOf(*february, kWuxu)->rating == Rating::Good);

    // The caps: late resolutions held to -5 however many.
    AssessmentRuleSet strict = rules();
    strict.rules[1].points = -30;
    Result<QList<UnitAssessment>> capped = service.assess(strict, march);
    REQUIRE(capped.ok());
    CHECK(unitOf(*capped, kWuxu)->lines.at(1).points == -5);
}

TEST_CASE("assessment rules are versioned: the example stays, an administrator's edits are new versions",
    "[reports][assessment]")
{
    TempLedger t;
    AssessmentService service(t.ws().ledger(), t.ws().org());
    QList<AssessmentRuleSet> sets = service.ruleSets();
    REQUIRE(sets.size() == 1);
    CHECK(sets.first().isDefault());
    CHECK(sets.first().number == 0);
    CHECK(sets.first().name.contains(QStringLiteral("示例")));
    CHECK(sets.first().rules.size() == 5);

    const Actor clerk = t.user(Role::Clerk, kWuxu, QStringLiteral("clerk"));
    CHECK(service.save(clerk, rules()).error().kind == ErrorKind::Forbidden);

    Result<AssessmentRuleSet> first = service.save(t.admin(), rules());
    REQUIRE(first.ok());
    CHECK(first->number == 1);
    AssessmentRuleSet edited = *first;
    edited.rules[0].points = -2;
    edited.name = QStringLiteral("五圩镇考评办法（修订）");
    Result<AssessmentRuleSet> second = service.save(t.admin(), edited);
    REQUIRE(second.ok());
    CHECK(second->number == 2);
    CHECK(second->id != first->id);

    // Wrong rules are refused with what is wrong, and nothing is saved.
    AssessmentRuleSet wrong = edited;
    wrong.good = 50;
    wrong.fairlyGood = 80;
    CHECK_FALSE(service.save(t.admin(), wrong).ok());
    wrong = edited;
    wrong.rules[1].count = QStringLiteral("resolvedNow; DROP TABLE cases");
    Result<AssessmentRuleSet> refused = service.save(t.admin(), wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(wrong.rules[1].label));

    t.reopen();
    AssessmentService again(t.ws().ledger(), t.ws().org());
    sets = again.ruleSets();
    REQUIRE(sets.size() == 3);
    CHECK(sets.at(1).rules.at(0).points == -5); // version 1 as it was saved
    CHECK(sets.at(2).rules.at(0).points == -2);
    CHECK(sets.at(2).name == QStringLiteral("五圩镇考评办法（修订）"));
    Result<VerifyReport> verified = LedgerVerifier(t.ws().ledger()).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);
}
