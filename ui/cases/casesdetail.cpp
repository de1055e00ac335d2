// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// CasesPage's case detail: the selected case, its conflicts, links, attachments and timeline as
// HTML. Kept apart from casespage.cpp, which builds the page, filters the list and keeps it current.
#include "ui/cases/casespage.h"

#include "core/cases/attachmentstore.h"
#include "core/cases/caseservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/residents/masking.h"
#include "core/workspace/workspace.h"
#include "ui/cases/caseactions.h"

namespace tz {

QString CasesPage::detailHtml(const CaseRecord &record)
{
    const auto escape = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html
        = QStringLiteral("<h3>%1</h3><p><b>%2</b></p>").arg(escape(record.title), escape(record.number));
    html += QStringLiteral("<p>%1</p>").arg(escape(record.description));
    if (!record.conflict.isEmpty()) {
        // Two computers decided this case at the same time: the first decision stands, the rest
        // wait for a supervisor to look at them (核对冲突).
        html += QStringLiteral("<div style=\"background:#fdecea; color:#8a1c1c; padding:4px\"><b>%1</b><ul>")
                    .arg(escape(tr("Conflicting decisions, not applied (a supervisor reviews them):")));
        for (const Event &event : m_workspace.cases().losingDecisions(record))
            html += QStringLiteral("<li>%1</li>").arg(escape(describeDecision(m_workspace, event)));
        html += QStringLiteral("</ul></div>");
    }
    html += QStringLiteral("<table cellspacing=4>");
    const auto row = [&html, &escape](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html
                += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(escape(label), escape(value));
    };
    const QDate today = businesstime::dateOf(m_workspace.ledger().wallMs());
    row(tr("State"),
        record.isOverdue(today) && casestate::isOpen(record.state)
            ? tr("%1 (overdue)").arg(casestate::label(record.state))
            : casestate::label(record.state));
    row(tr("Class"), handling::label(record.handling));
    row(tr("Channel"), channel::label(record.channel));
    row(tr("Unit"), m_workspace.org().pathName(record.orgCode));
    row(tr("Resident"), masking::name(record.residentName));
    row(tr("Phone"), masking::phone(record.phone));
    if (!record.residentId.isEmpty())
        html += QStringLiteral(
            "<tr><td></td><td><a href=\"reveal:idNumber\">%1</a> · <a href=\"reveal:phone\">%2</a></td></tr>")
                    .arg(escape(tr("Full ID number…")), escape(tr("Full phone…")));
    row(tr("Registered"), businesstime::displayOf(record.registeredAt));
    row(tr("Deadline"), record.deadline.toString(Qt::ISODate));
    // 举一反三: the case that fixes the cause, or the cases it fixes.
    const auto caseLinks = [&escape](const QString &label, const QStringList &numbers) {
        QStringList links;
        for (const QString &n : numbers)
            links.append(QStringLiteral("<a href=\"case:%1\">%1</a>").arg(escape(n)));
        return QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>")
            .arg(escape(label), links.join(QStringLiteral(" ")));
    };
    if (!record.rootCause.isEmpty()) {
        row(tr("Root cause"), record.rootCause);
        QStringList members;
        for (const CaseRecord &member : m_workspace.cases().issueMembers(record.number))
            members.append(member.number);
        html += caseLinks(tr("Cases it fixes"), members);
    }
    if (!record.issueNumber.isEmpty())
        html += caseLinks(tr("举一反三 case"), {record.issueNumber});
    if (record.resolvedAt > 0) {
        row(tr("Resolved"), businesstime::displayOf(record.resolvedAt));
        row(tr("Result"), record.resolution);
    }
    if (record.satisfaction)
        row(tr("Satisfaction"), satisfaction::label(*record.satisfaction));
    html += QStringLiteral("</table>");
    if (!record.attachments.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Attachments"));
        const AttachmentStore files(m_workspace.ledger().path());
        for (const CaseAttachment &a : record.attachments) {
            const bool here = !files.pathOf(a.ref).isEmpty();
            html += QStringLiteral("<li><a href=\"attachment:%1\">%2</a>%3</li>")
                        .arg(escape(a.ref), escape(a.name),
                            here ? QString()
                                 : QStringLiteral(" <span style=\"color:#777\">%1</span>")
                                       .arg(escape(tr("(on the server: fetched when opened)"))));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Timeline"));
    for (const Event &event : m_workspace.ledger().events(AggregateType::Case, record.id)) {
        html += QStringLiteral("<li>%1</li>").arg(escape(describeDecision(m_workspace, event)));
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace tz
