// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/casetypes.h"
#include "core/common/error.h"
#include "core/recurring/recurringfinder.h"

#include <QList>
#include <QString>

namespace tz {

class CatalogService;
class OrgService;
class SqlDatabase;

// A case of a proposed group, with what the supervisor reads to judge it.
struct RecurringCase
{
    QString number;
    QString title;
    QString description;
    QString place; // the unit's code where it arose
    CaseState state = CaseState::Registered;
    qint64 registeredAt = 0;
};

// Cases the finder takes for one problem, not yet confirmed by anyone.
struct RecurringProposal
{
    QList<RecurringCase> cases; // oldest first
    QString place; // the unit where they arose
    QString placeName; // its path ("东江镇 / 永兴村")
    QString catalogId;
    QString catalogName; // empty: outside the catalog
    double cohesion = 0;
    QStringList sharedTerms;
};

// A 举一反三 case already registered, and how far its members are.
struct ConfirmedIssue
{
    QString number;
    QString title;
    QString rootCause;
    CaseState state = CaseState::Registered;
    qint64 registeredAt = 0;
    int members = 0;
    int membersOpen = 0;
};

// 举一反三 over the ledger: the open cases and those registered in the window before today (but
// not closed: archived cases are not linked), under one unit, not yet part of a recurring issue
// and not 举一反三 cases themselves.
class RecurringIssues
{
public:
    RecurringIssues(SqlDatabase &db, OrgService &org, CatalogService &catalog);

    [[nodiscard]] Result<QList<RecurringProposal>> find(
        const QString &orgCode, qint64 nowMs, const RecurringOptions &options = {});
    // The 举一反三 cases registered under the unit, newest first.
    [[nodiscard]] Result<QList<ConfirmedIssue>> confirmed(const QString &orgCode, int limit = 500);

private:
    SqlDatabase &m_db;
    OrgService &m_org;
    CatalogService &m_catalog;
};

} // namespace tz
