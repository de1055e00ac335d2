// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// CaseService's steps of a recurring issue (举一反三): the open cases a supervisor found to share
// one cause are linked to the case that fixes it, and are resolved when that case is. Kept apart
// from caseservice.cpp, which records the steps of one case.
#include "core/cases/caseservice.h"

#include "core/cases/caseevents.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/orgservice.h"

#include <QCoreApplication>
#include <QSet>

namespace tz {

void CaseService::linkIssueMembers(
    LedgerTransaction &t, const Actor &actor, const QString &issue, const QStringList &members, qint64 at)
{
    QSet<QString> seen;
    for (const QString &given : members) {
        const QString number = given.trimmed().toUpper();
        if (seen.contains(number))
            continue;
        seen.insert(number);
        const std::optional<CaseRecord> member = byNumber(number);
        if (!member)
            throw ErrorException(Error::notFound(
                QCoreApplication::translate("tz::Cases", "There is no case numbered %1.").arg(number)));
        if (!member->rootCause.isEmpty())
            throw ErrorException(Error::conflict(
                QCoreApplication::translate("tz::Cases", "Case %1 is itself a 举一反三 case.").arg(number)));
        if (!member->issueNumber.isEmpty())
            throw ErrorException(Error::conflict(
                QCoreApplication::translate("tz::Cases", "Case %1 already belongs to the 举一反三 case %2.")
                    .arg(number, member->issueNumber)));
        if (const std::optional<Error> refused = refusal(actor, *member, CaseAction::LinkToIssue)) {
            Error error = *refused;
            //: %1 is a case number, %2 why it cannot be linked
            error.message
                = QCoreApplication::translate("tz::Cases", "Case %1: %2").arg(number, error.message);
            throw ErrorException(error);
        }
        t.append(AggregateType::Case, member->id, caseevents::linkedToIssue,
            {{QStringLiteral("issue"), issue}, {QStringLiteral("at"), at}});
    }
}

void CaseService::resolveIssueMembers(
    LedgerTransaction &t, const Actor &actor, const CaseRecord &issue, const QString &result, qint64 at)
{
    for (const CaseRecord &member : issueMembers(issue.number)) {
        // Members already resolved are left as they are; one outside the resolver's part of the
        // tree stays open for its own unit (the 举一反三 case's page lists it as open).
        if (refusal(actor, member, CaseAction::ResolveWithIssue))
            continue;
        // Resolved where it stands (the unit responsible for it now), so that it stays in the
        // part of the tree it belongs to; the 举一反三 case names who fixed the cause.
        const std::optional<OrgUnit> unit = m_org.unit(member.orgCode);
        t.append(AggregateType::Case, member.id, caseevents::resolvedWithIssue,
            {{QStringLiteral("issue"), issue.number}, {QStringLiteral("result"), result},
                {QStringLiteral("org"), member.orgCode},
                {QStringLiteral("level"), unit ? static_cast<int>(unit->level) : 0},
                {QStringLiteral("at"), at}});
    }
}

QList<CaseRecord> CaseService::issueMembers(const QString &issueNumber)
{
    QStringList numbers;
    SqlStatement &s = m_ledger.db().cached("CaseService::issueMembers",
        "SELECT number FROM cases WHERE issue_number = ?1 ORDER BY registered_at, number");
    s.bind(1, issueNumber.trimmed().toUpper());
    while (s.next())
        numbers.append(s.text(0));
    s.reset();
    QList<CaseRecord> members;
    for (const QString &number : std::as_const(numbers))
        if (std::optional<CaseRecord> member = byNumber(number))
            members.append(std::move(*member));
    return members;
}

} // namespace tz
