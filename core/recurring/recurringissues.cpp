// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "recurring/recurringissues.h"

#include "cases/caselist.h"
#include "catalog/catalogservice.h"
#include "ledger/sqldatabase.h"
#include "org/orgservice.h"

#include <QHash>
#include <QSet>

namespace tz {

RecurringIssues::RecurringIssues(SqlDatabase &db, OrgService &org, CatalogService &catalog)
    : m_db(db)
    , m_org(org)
    , m_catalog(catalog)
{
}

Result<QList<RecurringProposal>> RecurringIssues::find(
    const QString &orgCode, qint64 nowMs, const RecurringOptions &options)
{
    const qint64 since = nowMs - qint64(options.windowDays) * 24 * 60 * 60 * 1000;
    QList<RecurringCase> cases;
    QList<RecurringCandidate> candidates;
    try {
        // Open cases through the state index, recent ones through the registration index; a case
        // in both is read once. A whole ledger ("") has the empty prefix.
        const QString prefix = orgCode.isEmpty() ? QString() : CaseList::subtreePrefix(orgCode);
        SqlStatement &read = m_db.cached(
            "SELECT number, title, description, IFNULL(catalog_id, ''), origin_org, state, registered_at "
            "FROM cases WHERE ((state IN (1, 2, 3, 4, 8)) OR registered_at >= ?1) "
            "AND root_cause IS NULL AND issue_number IS NULL "
            "AND origin_org >= ?2 AND origin_org < ?3 ORDER BY registered_at, number");
        read.bind(1, since).bind(2, prefix).bind(3, prefix + QLatin1Char('~'));
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
