// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caseprojection.h"

#include "core/cases/caseevents.h"
#include "core/cases/casepolicy.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"

#include <QJsonArray>

#include <optional>

namespace tz {
namespace {

struct Current
{
    CaseFacts facts;
    QString conflict;
};

std::optional<Current> current(SqlDatabase &db, const QString &id)
{
    SqlStatement &statement = db.cached("CaseProjection: current state",
        "SELECT state, handling, paused_since, conflict FROM cases WHERE id = tz_key(?1)");
    statement.bind(1, id);
    std::optional<Current> result;
    if (statement.next()) {
        result
            = Current {{static_cast<CaseState>(statement.int32(0)), static_cast<Handling>(statement.int32(1)),
                           !statement.isNull(2), !statement.isNull(3)},
                statement.text(3)};
    }
    statement.reset();
    return result;
}

QString str(const QJsonObject &p, const char *key)
{
    return p.value(QLatin1String(key)).toString();
}

qint64 at(const QJsonObject &p)
{
    return static_cast<qint64>(p.value(QLatin1String("at")).toDouble());
}

void deleteHandlers(SqlDatabase &db, const QString &caseId)
{
    SqlStatement &remove
        = db.cached("CaseProjection: delete handlers", "DELETE FROM case_handlers WHERE case_id = ?1");
    storedform::bindId(remove, 1, caseId);
    remove.run();
}

void insertHandler(SqlDatabase &db, const QString &caseId, const QJsonObject &h, bool lead)
{
    SqlStatement &insert = db.cached("CaseProjection: insert handler",
        "INSERT OR REPLACE INTO case_handlers (case_id, org_code, department_id, "
        "handler_id, is_lead) VALUES (?1, ?2, ?3, ?4, ?5)");
    storedform::bindId(insert, 1, caseId); // 16 bytes, as in the events
    insert.bind(2, str(h, "org"))
        .bind(3, str(h, "department"))
        .bindText(4, str(h, "handler"))
        .bind(5, lead)
        .run();
}

// The case holding `number`, if any.
std::optional<QString> holderOf(SqlDatabase &db, const QString &number)
{
    SqlStatement &holder
        = db.cached("CaseProjection: case by number", "SELECT id FROM cases WHERE number = ?1");
    holder.bind(1, number);
    std::optional<QString> id;
    if (holder.next())
        id = storedform::readId(holder, 0);
    holder.reset();
    return id;
}

// A number for case `caseId` registered under `number`, which an earlier case holds: the number
// with the end of the case's id, the same on every ledger. (Only a registration made up to meet
// such a number, never a device's own numbering, can take it first; then the next free one.)
QString numberApart(SqlDatabase &db, const QString &number, const QString &caseId)
{
    // Upper case, as numbers are typed and looked up.
    const QString hex = QString(caseId).remove(QLatin1Char('-')).toUpper();
    QString apart = number + QLatin1Char('-') + hex.right(12);
    if (holderOf(db, apart))
        apart = number + QLatin1Char('-') + hex;
    for (int n = 2; holderOf(db, apart); ++n)
        apart = number + QLatin1Char('-') + hex + QLatin1Char('-') + QString::number(n);
    return apart;
}

// Flags case `caseId` for a supervisor: its registration's number was taken. The flag names the
// case, not its event: whichever registration of the two a ledger folds first, every ledger
// flags the same case the same way. A registration is a case's first event, so its flag leads.
QString withNumberFlag(const QString &conflict, const QString &caseId)
{
    const QString flag = caseevents::decisionFlag(caseevents::registered, caseId, 0);
    return conflict.isEmpty() ? flag : flag + QLatin1Char(';') + conflict;
}

void registerCase(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    // Two cases registered under one number (a device's code drawn twice, or a hostile device):
    // the case with the smaller id (UUIDv7: the older) keeps it, whatever the order the two
    // arrive in; the other keeps a number apart and waits in 冲突待核. Never a refused fold, which
    // would stop every sync of the ledger at this event.
    QString number = str(p, "number");
    QString conflict;
    if (const std::optional<QString> holder = holderOf(db, number)) {
        if (event.aggregateId < *holder) {
            const std::optional<Current> held = current(db, *holder);
            db.cached("CaseProjection: number apart",
                  "UPDATE cases SET number = ?2, conflict = ?3 WHERE id = tz_key(?1)")
                .bind(1, *holder)
                .bind(2, numberApart(db, number, *holder))
                .bind(3, withNumberFlag(held ? held->conflict : QString(), *holder))
                .run();
        } else {
            number = numberApart(db, number, event.aggregateId);
            conflict = withNumberFlag({}, event.aggregateId);
        }
    }
    SqlStatement &insert = db.cached("CaseProjection: register",
        "INSERT INTO cases (id, number, title, description, channel, "
        "catalog_id, resident_id, resident_name, phone, "
        "origin_org, org_code, grid_id, handling, state, registered_at, "
        "registered_by, entered_at, entered_by, "
        "backfilled, deadline, root_cause, version, updated_hlc, conflict) VALUES (tz_key(?1), ?2, ?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, "
        "?12, 1, ?13, ?14, NULLIF(?15, ?13), NULLIF(?16, ?14), ?17, ?18, ?20, 1, ?19, ?21)");
    insert.bind(1, event.aggregateId)
        .bind(2, number)
        .bind(3, str(p, "title"))
        .bind(4, str(p, "description"))
        .bind(5, p.value(QLatin1String("channel")).toInt())
        .bindText(6, str(p, "catalog"))
        .bindText(7, str(p, "resident"))
        .bindText(8, str(p, "residentName"))
        .bindText(9, str(p, "phone"))
        .bind(10, str(p, "org"))
        .bindText(11, str(p, "grid"))
        .bind(12, p.value(QLatin1String("handling")).toInt())
        .bind(13, at(p))
        .bind(14, str(p, "by"))
        .bind(15, static_cast<qint64>(p.value(QLatin1String("enteredAt")).toDouble()))
        .bind(16, event.actor)
        .bind(17, p.value(QLatin1String("backfilled")).toBool())
        .bind(18, str(p, "deadline"))
        .bind(19, event.hlc.value)
        .bindText(20, str(p, "rootCause"))
        .bindText(21, conflict);
    insert.run();
    if (p.contains(QLatin1String("resolvedAt"))) {
        // 补录 of a case the paper shows resolved.
        db.cached("CaseProjection: resolve on the spot",
              "UPDATE cases SET state = 5, resolved_at = ?2, resolved_org = ?3, resolved_level = ?4, "
              "resolution = ?5 WHERE id = tz_key(?1)")
            .bind(1, event.aggregateId)
            .bind(2, static_cast<qint64>(p.value(QLatin1String("resolvedAt")).toDouble()))
            .bind(3, str(p, "org"))
            .bind(4, p.value(QLatin1String("level")).toInt())
            .bind(5, str(p, "result"))
            .run();
    }
    const QJsonArray attachments = p.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &a : attachments) {
        db.cached("CaseProjection: attach",
              "INSERT OR REPLACE INTO case_attachments (case_id, ref, name) VALUES (?1, ?2, ?3)")
            .bind(1, event.aggregateId)
            .bind(2, str(a.toObject(), "ref"))
            .bind(3, str(a.toObject(), "name"))
            .run();
    }
}

void replaceHandlers(SqlDatabase &db, const QString &caseId, const QJsonObject &lead, const QJsonArray &co)
{
    deleteHandlers(db, caseId);
    insertHandler(db, caseId, lead, true);
    for (const QJsonValue &h : co)
        insertHandler(db, caseId, h.toObject(), false);
}

void applyChange(SqlDatabase &db, const Event &event, CaseAction action)
{
    const QJsonObject &p = event.payload;
    const QString &id = event.aggregateId;
    switch (action) {
    case CaseAction::Dispatch:
        db.cached("CaseProjection: dispatch",
              "UPDATE cases SET state = 2, org_code = ?2, target_department = ?3, target_handler = ?4, "
              "dispatched_at = ?5, accepted_at = NULL, deadline = ?6 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, str(p, "org"))
            .bindText(3, str(p, "department"))
            .bindText(4, str(p, "handler"))
            .bind(5, at(p))
            .bind(6, str(p, "deadline"))
            .run();
        replaceHandlers(db, id, p, p.value(QLatin1String("coHandlers")).toArray());
        break;
    case CaseAction::Accept:
        db.cached(
              "CaseProjection: accept", "UPDATE cases SET state = 3, accepted_at = ?2 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, at(p))
            .run();
        break;
    case CaseAction::Return:
        db.cached("CaseProjection: return",
              "UPDATE cases SET state = 1, org_code = ?2, target_department = NULL, target_handler = NULL, "
              "returned = returned + 1 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, str(p, "org"))
            .run();
        deleteHandlers(db, id);
        break;
    case CaseAction::RequestMaterials:
        db.cached(
              "CaseProjection: request materials", "UPDATE cases SET paused_since = ?2 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, str(p, "on"))
            .run();
        break;
    case CaseAction::ReceiveMaterials:
        db.cached("CaseProjection: receive materials",
              "UPDATE cases SET paused_since = NULL, deadline = ?2 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, str(p, "deadline"))
            .run();
        break;
    case CaseAction::Escalate: {
        db.cached("CaseProjection: escalate",
              "UPDATE cases SET state = 2, org_code = ?2, target_department = NULL, target_handler = NULL, "
              "dispatched_at = ?3, accepted_at = NULL, deadline = ?4, escalations = escalations + 1 "
              "WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, str(p, "to"))
            .bind(3, at(p))
            .bind(4, str(p, "deadline"))
            .run();
        replaceHandlers(db, id, {{QStringLiteral("org"), str(p, "to")}}, {});
        break;
    }
    case CaseAction::Resolve:
    case CaseAction::ResolveOnTheSpot:
    case CaseAction::ResolveWithIssue: // names its 举一反三 case, which the member is linked to
        db.cached("CaseProjection: resolve",
              "UPDATE cases SET state = 5, resolved_at = ?2, resolved_org = ?3, resolved_level = ?4, "
              "resolution = ?5, paused_since = NULL, issue_number = IFNULL(?6, issue_number) "
              "WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, at(p))
            .bind(3, str(p, "org"))
            .bind(4, p.value(QLatin1String("level")).toInt())
            .bind(5, str(p, "result"))
            .bindText(6, str(p, "issue"))
            .run();
        break;
    case CaseAction::AnswerAsCoHandler: {
        SqlStatement &answer = db.cached("CaseProjection: co-handler answer",
            "UPDATE case_handlers SET answer = ?4, answered_at = ?5 WHERE "
            "case_id = ?1 AND org_code = ?2 AND department_id = ?3");
        storedform::bindId(answer, 1, id);
        answer.bind(2, str(p, "org"))
            .bind(3, str(p, "department"))
            .bind(4, str(p, "answer"))
            .bind(5, at(p))
            .run();
        break;
    }
    case CaseAction::FollowUp:
        db.cached("CaseProjection: follow up",
              "UPDATE cases SET state = 6, satisfaction = ?2, followed_up_at = ?3 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, p.value(QLatin1String("satisfaction")).toInt())
            .bind(3, at(p))
            .run();
        break;
    case CaseAction::Reopen:
        db.cached("CaseProjection: reopen",
              "UPDATE cases SET state = 8, reopen_count = reopen_count + 1, resolved_at = NULL, "
              "resolved_org = NULL, resolved_level = NULL, resolution = NULL WHERE id = tz_key(?1)")
            .bind(1, id)
            .run();
        break;
    case CaseAction::Close:
        db.cached("CaseProjection: close", "UPDATE cases SET state = 7, closed_at = ?2 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, at(p))
            .run();
        break;
    case CaseAction::ReviewConflict: // folded apart: see apply()
        break;
    case CaseAction::LinkToIssue:
        db.cached("CaseProjection: link to issue", "UPDATE cases SET issue_number = ?2 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, str(p, "issue"))
            .run();
        break;
    case CaseAction::Supervise:
        db.cached("CaseProjection: supervise", "UPDATE cases SET supervised = ?2 WHERE id = tz_key(?1)")
            .bind(1, id)
            .bind(2, p.value(QLatin1String("on")).toBool())
            .run();
        break;
    case CaseAction::Note:
        if (event.type == caseevents::attachmentAdded) {
            db.cached("CaseProjection: attach",
                  "INSERT OR REPLACE INTO case_attachments (case_id, ref, name) VALUES (?1, ?2, ?3)")
                .bind(1, id)
                .bind(2, str(p, "ref"))
                .bind(3, str(p, "name"))
                .run();
        }
        break;
    case CaseAction::Register:
        break;
    }
}

} // namespace

void CaseProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("CaseProjection: clear case", "DELETE FROM cases WHERE id = tz_key(?1)")
        .bind(1, aggregateId)
        .run();
    deleteHandlers(db, aggregateId);
    db.cached("CaseProjection: clear attachments", "DELETE FROM case_attachments WHERE case_id = ?1")
        .bind(1, aggregateId)
        .run();
}

void CaseProjection::apply(SqlDatabase &db, const Event &event)
{
    const std::optional<Current> now = current(db, event.aggregateId);
    if (event.type == caseevents::registered) {
        if (!now)
            registerCase(db, event);
        return;
    }
    if (!now)
        return; // its registration has not arrived yet; a re-fold brings it in order
    if (event.type == caseevents::conflictReviewed) {
        // Exactly the flags the supervisor saw stop being flagged: one that reached this ledger
        // later, even if it sorts earlier, stays until someone has looked at it too. Two
        // supervisors reviewing at once is no conflict.
        const QStringList seen = str(event.payload, "reviewed").split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QStringList left = now->conflict.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        left.removeIf([&seen](const QString &flag) { return seen.contains(flag); });
        db.cached("CaseProjection: set conflict", "UPDATE cases SET conflict = ?2 WHERE id = tz_key(?1)")
            .bind(1, event.aggregateId)
            .bindText(2, left.join(QLatin1Char(';')))
            .run();
    } else if (event.type == caseevents::started) {
        if (now->facts.state == CaseState::Accepted)
            db.cached("CaseProjection: in progress", "UPDATE cases SET state = 4 WHERE id = tz_key(?1)")
                .bind(1, event.aggregateId)
                .run();
    } else if (const std::optional<CaseAction> action = caseevents::actionOf(event)) {
        if (casepolicy::refusalForState(now->facts, *action)) {
            // A decision that lost to an earlier one: flag it, do not apply it.
            QString conflict = now->conflict;
            if (!conflict.isEmpty())
                conflict += QLatin1Char(';');
            conflict += caseevents::decisionFlag(event.type, event.device, event.deviceSeq);
            db.cached("CaseProjection: set conflict", "UPDATE cases SET conflict = ?2 WHERE id = tz_key(?1)")
                .bind(1, event.aggregateId)
                .bind(2, conflict)
                .run();
        } else {
            applyChange(db, event, *action);
        }
    }
    db.cached("CaseProjection: version",
          "UPDATE cases SET version = version + 1, updated_hlc = ?2 WHERE id = tz_key(?1)")
        .bind(1, event.aggregateId)
        .bind(2, event.hlc.value)
        .run();
}

} // namespace tz
