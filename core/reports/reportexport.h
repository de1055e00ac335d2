// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/reports/assessment.h"
#include "core/reports/dashboard.h"

#include <QDateTime>

namespace tz {

class Ledger;
class OrgService;

// A report handed upward: the figures of a unit and period with their rules and versions, the
// units below, the 考评 sheet under a named version of the rules, and the cases behind it all
// (those registered in the period).
struct ReportContent
{
    DashboardData data;
    QString unitPath; // "河池市 / 金城江区 / 五圩镇", or "whole ledger"
    QString rulesTitle; // the 考评 rules' name and version; "" without a 考评 sheet
    AssessmentRuleSet rules;
    QList<UnitAssessment> assessment;
};

// Builds reports and writes them: an xlsx workbook (a sheet each for the figures, the units,
// 考评 and the case list) and the HTML that the print preview and the PDF writer lay out.
class ReportExport
{
public:
    // `rules`: the 考评 rules to rate the units with; none: no 考评 sheet.
    [[nodiscard]] static Result<ReportContent> build(Ledger &ledger, OrgService &org,
        const MeasureQuery &query, const QDate &today, const AssessmentRuleSet *rules);
    // Returns the number of cases listed. `created` fixes the file's creation time (tests).
    [[nodiscard]] static Result<qint64> toXlsx(const QString &ledgerPath, const ReportContent &report,
        const QString &file, const QDateTime &created = {});
    // The report as HTML for QTextDocument; `images` adds, after the tables, an <img> for each
    // resource name ("chart:0") under its caption.
    [[nodiscard]] static QString html(
        const ReportContent &report, const QList<QPair<QString, QString>> &images = {});
    // The file name offered for a report: "统计_五圩镇_2026-01-01_2026-12-31".
    [[nodiscard]] static QString suggestedName(const ReportContent &report);
};

} // namespace tz
