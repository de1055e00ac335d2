// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Reports handed upward: the xlsx workbook against golden files, sheet by sheet.
#include "support/catchqt.h"
#include "support/scopedlanguage.h"
#include "support/templedger.h"
#include "support/zipentry.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/reports/reportexport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

using namespace tz;
using tz::test::registerAt;
using tz::test::resolveAt;
using tz::test::ScopedLanguage;
using tz::test::TempLedger;
using tz::test::zipEntry;

namespace {

const QString kTownship = QStringLiteral("451202107000"); // 五圩镇
const QString kWuxu = QStringLiteral("451202107001");
const QString kSanjing = QStringLiteral("451202107201");

// A sheet's XML as stored in the workbook, case numbers (they carry the ledger's own device
// code) replaced by a mark.
QString sheetXml(const QString &xlsx, int sheet)
{
    QString xml = zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
    REQUIRE_FALSE(xml.isEmpty());
    xml.replace(
        QRegularExpression(QStringLiteral("\\d{8}-[0-9A-Z]{5}-\\d{4}")), QStringLiteral("CASE-NUMBER"));
    return xml;
}

// The golden file's text; TZ_UPDATE_GOLDEN=1 writes it from what the test made instead.
QString golden(const QString &name, const QString &made)
{
    const QString path = QStringLiteral(TZ_SOURCE_DIR "/tests/core/reports/golden/") + name;
    if (qEnvironmentVariableIsSet("TZ_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(made.toUtf8());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("a township's report for March goes out as an xlsx with Chinese sheets equal to the golden files",
    "[reports][export]")
{
    const ScopedLanguage chinese(QStringLiteral("zh_CN"));
    TempLedger t;
    t.setNow(QStringLiteral("2026-03-02T09:00:00"));
    const QString fixed = registerAt(t, kWuxu, Handling::Fast, QStringLiteral("村道破损"));
    registerAt(t, kWuxu, Handling::Immediate, QStringLiteral("代办社保缴费"));
    registerAt(t, kSanjing, Handling::Joint, QStringLiteral("灌溉水渠堵塞"));
    DispatchInput to;
    to.lead.orgCode = kWuxu;
    REQUIRE(t.ws().cases().dispatch(t.admin(), fixed, to).ok());
    t.setNow(QStringLiteral("2026-03-04T10:00:00"));
    REQUIRE(t.ws().cases().accept(t.admin(), fixed).ok());
    REQUIRE(t.ws().cases().resolve(t.admin(), fixed, QStringLiteral("已修好")).ok());
    REQUIRE(t.ws().cases().followUp(t.admin(), fixed, Satisfaction::MostlySatisfied, {}).ok());

    const MeasureQuery march {QDate(2026, 3, 1), QDate(2026, 3, 31), kTownship, {}};
    Result<ReportContent> report = ReportExport::build(
        t.ws().ledger(), t.ws().org(), march, QDate(2026, 3, 20), &AssessmentRuleSet::shipped());
    REQUIRE(report.ok());
    CHECK(ReportExport::suggestedName(*report) == QStringLiteral("统计_五圩镇_2026-03-01_2026-03-31"));
    const QString file = t.dir() + QStringLiteral("/report.xlsx");
    Result<qint64> listed = ReportExport::toXlsx(t.ws().ledger().path(), *report, file,
        QDateTime(QDate(2026, 3, 20), QTime(9, 0), QTimeZone(8 * 3600)));
    REQUIRE(listed.ok());
    CHECK(*listed == 3);
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".part")));

    const QString workbook = zipEntry(file, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"指标\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"各单位\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"考评\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"事项清单\"")));
    const QStringList names {QStringLiteral("measures.xml"), QStringLiteral("units.xml"),
        QStringLiteral("assessment.xml"), QStringLiteral("cases.xml")};
    for (int sheet = 1; sheet <= 4; ++sheet) {
        INFO(names.at(sheet - 1).toStdString());
        const QString made = sheetXml(file, sheet);
        CHECK(made == golden(names.at(sheet - 1), made));
    }
    // The figures are numbers in the sheet (a rate as a share, shown as a percentage).
    CHECK(sheetXml(file, 1).contains(QStringLiteral("s=\"3\"><v>0.3333333333333333</v>")));

    // The same report for print and PDF: every figure with its rule and version.
    const QString html = ReportExport::html(*report);
    CHECK(html.contains(QStringLiteral("33.33%")));
    CHECK(html.contains(report->data.figures.first().definition.rule.toHtmlEscaped()));
    CHECK(html.contains(report->rulesTitle.toHtmlEscaped()));
}

TEST_CASE("an export that cannot be written says so and leaves no file behind", "[reports][export]")
{
    TempLedger t;
    const MeasureQuery march {QDate(2026, 3, 1), QDate(2026, 3, 31), kTownship, {}};
    Result<ReportContent> report
        = ReportExport::build(t.ws().ledger(), t.ws().org(), march, QDate(2026, 3, 20), nullptr);
    REQUIRE(report.ok());
    const QString file = t.dir() + QStringLiteral("/no-such-folder/report.xlsx");
    Result<qint64> written = ReportExport::toXlsx(t.ws().ledger().path(), *report, file);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().kind == ErrorKind::Io);
    CHECK_FALSE(QFile::exists(file));
}
