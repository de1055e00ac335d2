// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The published measures on constructed ledgers with known answers.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/reports/measureservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace tz;
using tz::test::TempLedger;

namespace {

const QString kVillage = QStringLiteral("451202107001"); // 五圩社区
const QString kOtherTownshipVillage = QStringLiteral("451202100001");
const QString kTownship = QStringLiteral("451202107000");

MeasureFigure figureOf(TempLedger &t, const QString &code, const MeasureQuery &query)
{
    Result<MeasureFigure> figure
        = MeasureService(t.ws().ledger().db()).figure(*MeasureDefinition::find(code), query);
    REQUIRE(figure.ok());
    return *figure;
}

MeasureQuery month(int year, int monthNumber, const QString &org = {})
{
    const QDate first(year, monthNumber, 1);
    return {first, first.addMonths(1).addDays(-1), org, {}};
}

} // namespace

TEST_CASE("5,872 cases registered and 5,836 resolved give 河池's 办结率 of 99.39%", "[reports]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    t.setNow(QStringLiteral("2025-06-10T09:00"));
    REQUIRE(t.ws()
                .ledger()
                .write(clerk.userId,
                    [&](LedgerTransaction &) {
                        for (int i = 0; i < 5872; ++i) {
                            RegisterCaseInput input;
                            input.orgCode = kVillage;
                            input.handling = Handling::Immediate;
                            input.title = QStringLiteral("代办社保缴费 %1").arg(i);
                            input.resolveNow = i < 5836;
                            input.resolution = QStringLiteral("已当场办理");
                            if (!input.resolveNow)
                                input.handling = Handling::Fast;
                            REQUIRE(t.ws().cases().registerCase(clerk, input).ok());
                        }
                    })
                .ok());
    const MeasureFigure completion = figureOf(t, QStringLiteral("completion_rate"), month(2025, 6));
    CHECK(completion.numerator == 5836);
    CHECK(completion.denominator == 5872);
    CHECK(MeasureService::display(completion) == QStringLiteral("99.39%"));
    CHECK(figureOf(t, QStringLiteral("intake_count"), month(2025, 6)).numerator == 5872);
    // Resolved on the spot in the village: all of it local, and in the village.
    CHECK(figureOf(t, QStringLiteral("local_resolution_rate"), month(2025, 6)).value
        == std::optional<double>(1.0));
    CHECK(figureOf(t, QStringLiteral("village_resolution_rate"), month(2025, 6)).numerator == 5836);
    // Every figure opens on its cases.
    Result<QStringList> open = MeasureService(t.ws().ledger().db())
                                   .caseNumbers(*MeasureDefinition::find(QStringLiteral("completion_rate")),
                                       MeasureService::Part::Denominator, month(2025, 6));
    REQUIRE(open.ok());
    CHECK(open->size() == 5872);
}

TEST_CASE(
    "a case registered in one month and resolved in the next counts for each month's own cohort", "[reports]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    const Actor handler = t.user(Role::Handler, kVillage, QStringLiteral("handler"));
    t.setNow(QStringLiteral("2025-05-31T23:30"));
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Fast;
    input.title = QStringLiteral("路灯不亮");
    Result<CaseRecord> registered = t.ws().cases().registerCase(clerk, input);
    REQUIRE(registered.ok());
    DispatchInput to;
    to.lead.orgCode = kVillage;
    REQUIRE(t.ws().cases().dispatch(clerk, registered->number, to).ok());

    // Still open at the end of May: May's rate is 0 of 1; June registered nothing ("—").
    CHECK(figureOf(t, QStringLiteral("completion_rate"), month(2025, 5)).numerator == 0);
    CHECK(MeasureService::display(figureOf(t, QStringLiteral("completion_rate"), month(2025, 6)))
        == QStringLiteral("—"));

    // Accepted after 25 hours, resolved on 2 June (due 2025-06-04): it lifts May's 办结率,
    // counts as resolved on time in June, and missed the response window.
    t.setNow(QStringLiteral("2025-06-02T00:31"));
    REQUIRE(t.ws().cases().accept(handler, registered->number).ok());
    REQUIRE(t.ws().cases().resolve(handler, registered->number, QStringLiteral("已修复")).ok());
    CHECK(figureOf(t, QStringLiteral("completion_rate"), month(2025, 5)).value == std::optional<double>(1.0));
    CHECK(figureOf(t, QStringLiteral("completion_rate"), month(2025, 6)).denominator == 0);
    const MeasureFigure onTime = figureOf(t, QStringLiteral("on_time_rate"), month(2025, 6));
    CHECK(onTime.numerator == 1);
    CHECK(onTime.denominator == 1);
    const MeasureFigure response = figureOf(t, QStringLiteral("response_rate"), month(2025, 5));
    CHECK(response.denominator == 1);
    CHECK(response.numerator == 0);

    // Another township's view of the same month holds none of it.
    CHECK(figureOf(t, QStringLiteral("intake_count"), month(2025, 5, kTownship)).numerator == 1);
    CHECK(
        figureOf(t, QStringLiteral("intake_count"), month(2025, 5, QStringLiteral("451202100000"))).numerator
        == 0);
}

TEST_CASE("taizhang-cli report measures prints every measure with its numerator and denominator", "[reports]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    t.setNow(QStringLiteral("2025-06-10T09:00"));
    RegisterCaseInput input;
    input.orgCode = kVillage;
    input.handling = Handling::Immediate;
    input.title = QStringLiteral("开具居住证明");
    input.resolveNow = true;
    input.resolution = QStringLiteral("已开具");
    REQUIRE(t.ws().cases().registerCase(clerk, input).ok());
    const QString ledger = t.path();
    t.close();
    QProcess cli;
    cli.start(QStringLiteral(TZ_CLI_PATH),
        {QStringLiteral("--ledger"), ledger, QStringLiteral("--json"), QStringLiteral("report"),
            QStringLiteral("measures"), QStringLiteral("--from"), QStringLiteral("2025-06-01"),
            QStringLiteral("--to"), QStringLiteral("2025-06-30"), QStringLiteral("--org"), kTownship});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    for (const QString &code : {QStringLiteral("completion_rate"), QStringLiteral("response_rate"),
             QStringLiteral("on_time_rate"), QStringLiteral("satisfaction_rate"),
             QStringLiteral("local_resolution_rate"), QStringLiteral("reopen_rate")})
        CHECK(json.contains(code));
    const QJsonObject completion = json.value(QStringLiteral("completion_rate")).toObject();
    CHECK(completion.value(QStringLiteral("numerator")).toInt() == 1);
    CHECK(completion.value(QStringLiteral("denominator")).toInt() == 1);
    CHECK(completion.value(QStringLiteral("value")).toDouble() == 1.0);
    // Nothing followed up: no division by zero, no value.
    CHECK(json.value(QStringLiteral("satisfaction_rate")).toObject().value(QStringLiteral("value")).isNull());
}
