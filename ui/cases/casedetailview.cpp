// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The words shown here were the cases page's and keep its translation context (tz::CasesPage).
#include "ui/cases/casedetailview.h"

#include "core/cases/caseservice.h"
#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/residents/masking.h"
#include "core/workspace/workspace.h"
#include "ui/cases/caseactions.h"
#include "ui/residents/revealdialog.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>

namespace tz {
namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

// 举一反三: a row of links to the cases named.
QString caseLinks(const QString &label, const QStringList &numbers)
{
    QStringList links;
    for (const QString &n : numbers)
        links.append(QStringLiteral("<a href=\"case:%1\">%1</a>").arg(escape(n)));
    return QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>")
        .arg(escape(label), links.join(QStringLiteral(" ")));
}

} // namespace

CaseDetailView::CaseDetailView(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QTextBrowser(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("caseDetail"));
    setOpenLinks(false);
    viewport()->setAcceptDrops(true);
    viewport()->installEventFilter(this);
    setToolTip(QCoreApplication::translate(
        "tz::CasesPage", "Drop photos or scans here to attach them to this case."));
    connect(this, &QTextBrowser::anchorClicked, this, &CaseDetailView::follow);
}

void CaseDetailView::showCase(const std::optional<CaseRecord> &record)
{
    m_number = record ? record->number : QString();
    m_residentId = record ? record->residentId : QString();
    if (!record) {
        clear();
        return;
    }
    setHtml(html(*record));
    viewport()->setAcceptDrops(true); // a read-only text view turns drops off
}

void CaseDetailView::showNote(const QString &text)
{
    showCase(std::nullopt);
    setHtml(QStringLiteral("<p style=\"color:#777\">%1</p>").arg(escape(text)));
}

void CaseDetailView::follow(const QUrl &url)
{
    if (url.scheme() == QLatin1String("case")) { // a linked case: 举一反三
        emit caseLinkClicked(url.path());
        return;
    }
    if (url.scheme() != QLatin1String("reveal") || m_residentId.isEmpty())
        return;
    const ResidentField field
        = url.path() == QLatin1String("phone") ? ResidentField::Phone : ResidentField::IdNumber;
    RevealDialog dialog(m_workspace.residents(), m_actor, m_residentId, field, this);
    dialog.exec();
}

bool CaseDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls() && !m_number.isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList files;
            for (const QUrl &url : drop->mimeData()->urls())
                if (url.isLocalFile())
                    files.append(url.toLocalFile());
            if (!files.isEmpty() && !m_number.isEmpty()) {
                drop->acceptProposedAction();
                emit filesDropped(files);
                return true;
            }
        }
    }
    return QTextBrowser::eventFilter(watched, event);
}

QString CaseDetailView::html(const CaseRecord &record)
{
    QString html
        = QStringLiteral("<h3>%1</h3><p><b>%2</b></p>").arg(escape(record.title), escape(record.number));
    html += QStringLiteral("<p>%1</p>").arg(escape(record.description));
    if (!record.conflict.isEmpty()) {
        // Two computers decided this case at the same time: the first decision stands, the rest
        // wait for a supervisor to look at them (核对冲突).
        html += QStringLiteral("<div style=\"background:#fdecea; color:#8a1c1c; padding:4px\"><b>%1</b><ul>")
                    .arg(escape(QCoreApplication::translate(
                        "tz::CasesPage", "Conflicting decisions, not applied (a supervisor reviews them):")));
        for (const Event &event : m_workspace.cases().losingDecisions(record))
            html += QStringLiteral("<li>%1</li>").arg(escape(describeDecision(m_workspace, event)));
        html += QStringLiteral("</ul></div>");
    }
    html += QStringLiteral("<table cellspacing=4>");
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html
                += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(escape(label), escape(value));
    };
    const QDate today = businesstime::dateOf(m_workspace.ledger().wallMs());
    row(QCoreApplication::translate("tz::CasesPage", "State"),
        record.isOverdue(today)
            ? QCoreApplication::translate("tz::CasesPage", "%1 (overdue)").arg(casestate::label(record.state))
            : casestate::label(record.state));
    row(QCoreApplication::translate("tz::CasesPage", "Class"), handling::label(record.handling));
    row(QCoreApplication::translate("tz::CasesPage", "Channel"), channel::label(record.channel));
    row(QCoreApplication::translate("tz::CasesPage", "Unit"), m_workspace.org().pathName(record.orgCode));
    row(QCoreApplication::translate("tz::CasesPage", "Resident"), masking::name(record.residentName));
    row(QCoreApplication::translate("tz::CasesPage", "Phone"), masking::phone(record.phone));
    if (!record.residentId.isEmpty())
        html += QStringLiteral(
            "<tr><td></td><td><a href=\"reveal:idNumber\">%1</a> · <a href=\"reveal:phone\">%2</a></td></tr>")
                    .arg(escape(QCoreApplication::translate("tz::CasesPage", "Full ID number…")),
                        escape(QCoreApplication::translate("tz::CasesPage", "Full phone…")));
    row(QCoreApplication::translate("tz::CasesPage", "Registered"),
        businesstime::displayOf(record.registeredAt));
    row(QCoreApplication::translate("tz::CasesPage", "Deadline"), record.deadline.toString(Qt::ISODate));
    // 举一反三: the case that fixes the cause, or the cases it fixes.
    if (!record.rootCause.isEmpty()) {
        row(QCoreApplication::translate("tz::CasesPage", "Root cause"), record.rootCause);
        QStringList members;
        for (const CaseRecord &member : m_workspace.cases().issueMembers(record.number))
            members.append(member.number);
        html += caseLinks(QCoreApplication::translate("tz::CasesPage", "Cases it fixes"), members);
    }
    if (!record.issueNumber.isEmpty())
        html
            += caseLinks(QCoreApplication::translate("tz::CasesPage", "举一反三 case"), {record.issueNumber});
    if (record.resolvedAt > 0) {
        row(QCoreApplication::translate("tz::CasesPage", "Resolved"),
            businesstime::displayOf(record.resolvedAt));
        row(QCoreApplication::translate("tz::CasesPage", "Result"), record.resolution);
    }
    if (record.satisfaction)
        row(QCoreApplication::translate("tz::CasesPage", "Satisfaction"),
            satisfaction::label(*record.satisfaction));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4>%1</h4><ul>").arg(QCoreApplication::translate("tz::CasesPage", "Timeline"));
    for (const Event &event : m_workspace.ledger().events(AggregateType::Case, record.id))
        html += QStringLiteral("<li>%1</li>").arg(escape(describeDecision(m_workspace, event)));
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace tz
