// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// CaseService's reads: one case by its number or id, its row and its handlers and attachments
// mapped into a CaseRecord. Kept apart from caseservice.cpp, which checks and records the steps.
#include "core/cases/caseservice.h"

#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"

namespace tz {

std::optional<CaseRecord> CaseService::byNumber(const QString &number)
{
    return read("number", number.trimmed().toUpper());
}

std::optional<CaseRecord> CaseService::byId(const QString &id)
{
    return read("id", id);
}

std::optional<CaseRecord> CaseService::read(const char *where, const QString &key)
{
#define TZ_CASE_SELECT                                                                                       \
    "SELECT tz_key_text(id), number, title, description, channel, IFNULL(catalog_id, ''), "                  \
    "IFNULL(resident_id, ''), "                                                                              \
    "IFNULL(resident_name, ''), IFNULL(phone, ''), origin_org, org_code, IFNULL(grid_id, ''), handling, "    \
    "state, "                                                                                                \
    "registered_at, registered_by, IFNULL(entered_at, registered_at), IFNULL(entered_by, registered_by), "   \
    "backfilled, deadline, IFNULL(target_department, "                                                       \
    "''), "                                                                                                  \
    "IFNULL(target_handler, ''), IFNULL(dispatched_at, 0), IFNULL(accepted_at, 0), IFNULL(resolved_at, 0), " \
    "IFNULL(resolved_org, ''), IFNULL(resolved_level, 0), IFNULL(resolution, ''), IFNULL(satisfaction, 0), " \
    "IFNULL(followed_up_at, 0), IFNULL(closed_at, 0), IFNULL(paused_since, ''), supervised, escalations, "   \
    "reopen_count, returned, IFNULL(conflict, ''), IFNULL(root_cause, ''), IFNULL(issue_number, ''), "       \
    "version FROM cases WHERE "
    SqlStatement &statement = qstrcmp(where, "id") == 0
        ? m_ledger.db().cached("CaseService: case by id", TZ_CASE_SELECT "id = tz_key(?1)")
        : m_ledger.db().cached("CaseService: case by number", TZ_CASE_SELECT "number = ?1");
#undef TZ_CASE_SELECT
    statement.bind(1, key);
    if (!statement.next()) {
        statement.reset();
        return std::nullopt;
    }
    CaseRecord r;
    int c = 0;
    r.id = statement.text(c++);
    r.number = statement.text(c++);
    r.title = statement.text(c++);
    r.description = statement.text(c++);
    r.channel = static_cast<Channel>(statement.int32(c++));
    r.catalogId = statement.text(c++);
    r.residentId = statement.text(c++);
    r.residentName = statement.text(c++);
    r.phone = statement.text(c++);
    r.originOrg = statement.text(c++);
    r.orgCode = statement.text(c++);
    r.gridId = statement.text(c++);
    r.handling = static_cast<Handling>(statement.int32(c++));
    r.state = static_cast<CaseState>(statement.int32(c++));
    r.registeredAt = statement.int64(c++);
    r.registeredBy = statement.text(c++);
    r.enteredAt = statement.int64(c++);
    r.enteredBy = statement.text(c++);
    r.backfilled = statement.int64(c++) != 0;
    r.deadline = QDate::fromString(statement.text(c++), Qt::ISODate);
    r.targetDepartment = statement.text(c++);
    r.targetHandler = statement.text(c++);
    r.dispatchedAt = statement.int64(c++);
    r.acceptedAt = statement.int64(c++);
    r.resolvedAt = statement.int64(c++);
    r.resolvedOrg = statement.text(c++);
    r.resolvedLevel = statement.int32(c++);
    r.resolution = statement.text(c++);
    const int satisfaction = statement.int32(c++);
    if (satisfaction > 0)
        r.satisfaction = static_cast<Satisfaction>(satisfaction);
    r.followedUpAt = statement.int64(c++);
    r.closedAt = statement.int64(c++);
    r.pausedSince = QDate::fromString(statement.text(c++), Qt::ISODate);
    r.supervised = statement.int64(c++) != 0;
    r.escalations = statement.int32(c++);
    r.reopenCount = statement.int32(c++);
    r.returned = statement.int32(c++);
    r.conflict = statement.text(c++);
    r.rootCause = statement.text(c++);
    r.issueNumber = statement.text(c++);
    r.version = statement.int32(c++);
    statement.reset();

    SqlStatement &h = m_ledger.db().cached("CaseService: handlers of a case",
        "SELECT org_code, department_id, IFNULL(handler_id, ''), is_lead, IFNULL(answer, ''), "
        "IFNULL(answered_at, 0) "
        "FROM case_handlers WHERE case_id = ?1 ORDER BY is_lead DESC, org_code, department_id");
    storedform::bindId(h, 1, r.id);
    while (h.next())
        r.handlers.append({h.text(0), h.text(1), h.text(2), h.int64(3) != 0, h.text(4), h.int64(5)});
    h.reset();
    SqlStatement &a = m_ledger.db().cached("CaseService: attachments of a case",
        "SELECT ref, name FROM case_attachments WHERE case_id = ?1 ORDER BY name");
    a.bind(1, r.id);
    while (a.next())
        r.attachments.append({a.text(0), a.text(1)});
    a.reset();
    return r;
}

} // namespace tz
