// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/recurring/recurringissues.h"

#include "core/cases/casetypes.h"
#include "core/catalog/catalogservice.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/divisioncode.h"
#include "core/org/orgservice.h"

#include <QHash>
#include <QSet>

namespace tz {

RecurringIssues::RecurringIssues(SqlDatabase &db, OrgService &org, CatalogService &catalog)
    : m_db(db)
    , m_org(org)
    , m_catalog(catalog)
{
}

namespace {

// The range of unit codes under `orgCode` (everything for the whole ledger).
subtree::Range subtreeRange(const QString &orgCode)
{
    return orgCode.isEmpty() ? subtree::Range {QString(), QStringLiteral("~")} : subtree::range(orgCode);
}

// The statements that name the open states, written once from casestate::openStatesSql().
const QByteArray &confirmedSql()
{
    static const QByteArray sql
        = QStringLiteral("SELECT i.number, i.title, i.root_cause, i.state, i.registered_at, "
                         "(SELECT count(*) FROM cases m WHERE m.issue_number = i.number), "
                         "(SELECT count(*) FROM cases m WHERE m.issue_number = i.number AND m.state IN (%1)) "
                         "FROM cases i WHERE i.root_cause IS NOT NULL AND i.origin_org BETWEEN ?1 AND ?2 "
                         "ORDER BY i.registered_at DESC LIMIT ?3")
              .arg(casestate::openStatesSql())
              .toUtf8();
    return sql;
}

const QByteArray &candidatesSql()
{
    // Open cases through the state index, recent ones through the registration index; a case in
    // both is read once. Two parts, each through its index (one OR would read the whole
    // registration index).
    static const QByteArray sql = QStringLiteral(
        "SELECT number, title, description, IFNULL(catalog_id, ''), origin_org, state, registered_at "
        "FROM cases WHERE state IN (%1) AND root_cause IS NULL AND issue_number IS NULL "
        "AND origin_org BETWEEN ?2 AND ?3 "
        "UNION SELECT number, title, description, IFNULL(catalog_id, ''), origin_org, state, "
        "registered_at "
        "FROM cases WHERE registered_at >= ?1 AND state <> %2 AND root_cause IS NULL AND issue_number IS "
        "NULL "
        "AND origin_org BETWEEN ?2 AND ?3 ORDER BY 7, 1")
                                      .arg(casestate::openStatesSql())
                                      .arg(static_cast<int>(CaseState::Closed))
                                      .toUtf8();
    return sql;
}

} // namespace

Result<QList<ConfirmedIssue>> RecurringIssues::confirmed(const QString &orgCode, int limit)
{
    QList<ConfirmedIssue> issues;
    try {
        const auto [from, to] = subtreeRange(orgCode);
        SqlStatement &read = m_db.cached("RecurringIssues::confirmed", confirmedSql().constData());
        read.bind(1, from).bind(2, to).bind(3, limit);
        while (read.next())
            issues.append({read.text(0), read.text(1), read.text(2), static_cast<CaseState>(read.int32(3)),
                read.int64(4), read.int32(5), read.int32(6)});
        read.reset();
    } catch (const ErrorException &e) {
        return e.error();
    }
    return issues;
}

Result<QList<RecurringProposal>> RecurringIssues::find(
    const QString &orgCode, qint64 nowMs, const RecurringOptions &options)
{
    const qint64 since = nowMs - qint64(options.windowDays) * 24 * 60 * 60 * 1000;
    QList<RecurringCase> cases;
    QList<RecurringCandidate> candidates;
    try {
        const auto [from, to] = subtreeRange(orgCode);
        SqlStatement &read = m_db.cached("RecurringIssues::find", candidatesSql().constData());
        read.bind(1, since).bind(2, from).bind(3, to);
        while (read.next()) {
            RecurringCase c {read.text(0), read.text(1), read.text(2), read.text(4),
                static_cast<CaseState>(read.int32(5)), read.int64(6)};
            candidates.append({c.title, c.description, read.text(3), c.place, c.registeredAt});
            cases.append(std::move(c));
        }
        read.reset();
    } catch (const ErrorException &e) {
        return e.error();
    }

    const QList<RecurringGroup> groups = RecurringFinder(options).find(candidates);
    QList<RecurringProposal> proposals;
    QHash<QString, QString> catalogNames;
    for (const RecurringGroup &group : groups) {
        RecurringProposal proposal;
        const RecurringCandidate &first = candidates.at(group.members.constFirst());
        proposal.place = first.place;
        proposal.placeName = m_org.pathName(first.place);
        proposal.catalogId = first.catalogId;
        if (!first.catalogId.isEmpty()) {
            auto name = catalogNames.constFind(first.catalogId);
            if (name == catalogNames.constEnd()) {
                const std::optional<CatalogItem> item = m_catalog.byId(first.catalogId);
                name = catalogNames.insert(first.catalogId, item ? item->name : first.catalogId);
            }
            proposal.catalogName = *name;
        }
        proposal.cohesion = group.cohesion;
        proposal.sharedTerms = group.sharedTerms;
        for (int member : group.members)
            proposal.cases.append(cases.at(member));
        proposals.append(std::move(proposal));
    }
    return proposals;
}

} // namespace tz
