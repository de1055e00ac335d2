// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caseservice.h"

#include "core/auth/userservice.h"
#include "core/calendar/calendarservice.h"
#include "core/cases/casechecks.h"
#include "core/cases/caseevents.h"
#include "core/cases/casenumber.h"
#include "core/cases/casepolicy.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/storedform.h"
#include "core/org/orgservice.h"
#include "core/residents/phonenumber.h"
#include "core/residents/residentservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tz {
namespace {

using namespace casechecks;

QJsonObject targetJson(const DispatchTarget &t)
{
    return {{QStringLiteral("org"), t.orgCode}, {QStringLiteral("department"), t.departmentId},
        {QStringLiteral("handler"), t.handlerId}};
}

} // namespace

CaseService::CaseService(Ledger &ledger, OrgService &org, CalendarService &calendar, CatalogService &catalog,
    ResidentService &residents, UserService &users)
    : m_ledger(ledger)
    , m_org(org)
    , m_calendar(calendar)
    , m_catalog(catalog)
    , m_residents(residents)
    , m_users(users)
{
}

void CaseService::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 CaseService::now() const
{
    return m_clock ? m_clock() : m_ledger.wallMs();
}

QString CaseService::nextNumber(QDate day)
{
    const QString prefix = CaseNumber::dayPrefix(day, m_ledger.device().code);
    SqlDatabase &db = m_ledger.db();
    const auto taken = [&db, &day, this](int counter) {
        SqlStatement &exists
            = db.cached("CaseService::nextNumber: taken", "SELECT 1 FROM cases WHERE number = ?1");
        exists.bind(1, CaseNumber::format(day, m_ledger.device().code, counter));
        return exists.first([](const SqlStatement &) { return true; }).value_or(false);
    };
    // Only this device makes numbers with its code: after the one handed out last (if it was
    // kept, not rolled back, and nothing came after it, say from taizhang-cli) comes the next.
    if (m_lastPrefix == prefix && taken(m_lastCounter) && !taken(m_lastCounter + 1))
        return CaseNumber::format(day, m_ledger.device().code, ++m_lastCounter);
    // Counters run 0001, 0002 … in four digits up to 9999: the greatest is then the last in the
    // index. Past 9999 (five digits) the order is by length first, which sorts the day's numbers.
    SqlStatement &s = taken(10000)
        ? db.cached("CaseService::nextNumber: last, five digits",
            "SELECT number FROM cases WHERE number >= ?1 AND number < ?2 "
            "ORDER BY length(number) DESC, number DESC LIMIT 1")
        : db.cached("CaseService::nextNumber: last",
            "SELECT number FROM cases WHERE number >= ?1 AND number < ?2 ORDER BY number DESC LIMIT 1");
    s.bind(1, prefix).bind(2, prefix + QLatin1Char('~'));
    int counter = 0;
    if (s.next())
        counter = CaseNumber::counterOf(s.text(0)).value_or(0);
    s.reset();
    m_lastPrefix = prefix;
    m_lastCounter = counter + 1;
    return CaseNumber::format(day, m_ledger.device().code, m_lastCounter);
}

std::optional<Error> CaseService::refusal(const Actor &actor, const CaseRecord &record, CaseAction action)
{
    if (const std::optional<QString> refused = casepolicy::refusalForRole(actor.role, action))
        return Error::forbidden(*refused);
    if (const std::optional<QString> refused = casepolicy::refusalForState(
            {record.state, record.handling, record.isPaused(), !record.conflict.isEmpty()}, action))
        return Error::conflict(*refused);
    // Scope: the unit responsible now; a follow-up may also come from where it was registered;
    // a co-handler answers for its own unit.
    bool inScope = actor.covers(record.orgCode);
    if (action == CaseAction::FollowUp || action == CaseAction::Close || action == CaseAction::Note
        || action == CaseAction::ReviewConflict || action == CaseAction::LinkToIssue
        || action == CaseAction::ResolveWithIssue)
        inScope = inScope || actor.covers(record.originOrg);
    if (action == CaseAction::AnswerAsCoHandler) {
        inScope = false;
        for (const CaseHandler &h : record.handlers)
            inScope = inScope || (!h.lead && actor.covers(h.orgCode));
    }
    if (!inScope)
        return Error::forbidden(QCoreApplication::translate(
            "tz::Cases", "Case %1 is handled by %2, outside your part of the org tree.")
                                    .arg(record.number, m_org.pathName(record.orgCode)));
    if ((action == CaseAction::Accept || action == CaseAction::Resolve || action == CaseAction::Return)
        && !actor.departmentId.isEmpty() && !record.targetDepartment.isEmpty()
        && actor.departmentId != record.targetDepartment)
        return Error::forbidden(
            QCoreApplication::translate("tz::Cases", "Case %1 was dispatched to another department.")
                .arg(record.number));
    return std::nullopt;
}

QList<CaseAction> CaseService::availableActions(const Actor &actor, const CaseRecord &record)
{
    QList<CaseAction> result;
    for (CaseAction action : casepolicy::available(
             actor.role, {record.state, record.handling, record.isPaused(), !record.conflict.isEmpty()})) {
        if (!refusal(actor, record, action))
            result.append(action);
    }
    return result;
}

Result<CaseRecord> CaseService::act(
    const Actor &actor, const QString &number, CaseAction action, const Emit &emitEvents)
{
    QString id;
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        const std::optional<CaseRecord> record = byNumber(number);
        if (!record)
            throw ErrorException(Error::notFound(
                QCoreApplication::translate("tz::Cases", "There is no case numbered %1.").arg(number)));
        throwIf(refusal(actor, *record, action));
        id = record->id;
        emitEvents(transaction, *record);
    });
    if (!written)
        return written.error();
    return *byId(id);
}

Result<CaseRecord> CaseService::dispatch(
    const Actor &actor, const QString &number, const DispatchInput &input)
{
    const qint64 at = now();
    return act(actor, number, CaseAction::Dispatch, [&](LedgerTransaction &t, const CaseRecord &record) {
        QList<DispatchTarget> all {input.lead};
        all += input.coHandlers;
        if (record.handling == Handling::Joint && input.coHandlers.isEmpty())
            throw ErrorException(
                Error::invalid(QCoreApplication::translate("tz::Cases",
                                   "A Joint (联办) case needs at least one co-handler besides the "
                                   "lead unit."),
                    QStringLiteral("coHandlers")));
        if (record.handling != Handling::Joint && !input.coHandlers.isEmpty())
            throw ErrorException(Error::invalid(
                QCoreApplication::translate("tz::Cases", "Only a Joint (联办) case has co-handlers."),
                QStringLiteral("coHandlers")));
        for (const DispatchTarget &target : std::as_const(all)) {
            const std::optional<OrgUnit> unit = m_org.unit(target.orgCode);
            if (!unit)
                throw ErrorException(
                    Error::invalid(QCoreApplication::translate("tz::Cases", "There is no unit with code %1.")
                                       .arg(target.orgCode),
                        QStringLiteral("org")));
            if (!actor.covers(target.orgCode))
                throw ErrorException(Error::forbidden(QCoreApplication::translate(
                    "tz::Cases", "%1 is outside your part of the org tree: escalate the case instead.")
                                                          .arg(unit->name)));
            if (!target.departmentId.isEmpty()) {
                const std::optional<Department> department = m_org.department(target.departmentId);
                if (!department || department->orgCode != target.orgCode)
                    throw ErrorException(Error::invalid(
                        QCoreApplication::translate("tz::Cases", "That department does not belong to %1.")
                            .arg(unit->name),
                        QStringLiteral("department")));
            }
            if (!target.handlerId.isEmpty()) {
                const std::optional<User> handler = m_users.byId(target.handlerId);
                if (!handler || !handler->active || handler->role != Role::Handler
                    || handler->orgCode != target.orgCode)
                    throw ErrorException(Error::invalid(QCoreApplication::translate("tz::Cases",
                                                            "The handler must be an active handler of %1.")
                                                            .arg(unit->name),
                        QStringLiteral("handler")));
            }
        }
        const int days
            = input.deadlineDays.value_or(m_calendar.deadlineDays(input.lead.orgCode, record.handling));
        const QDate deadline = m_calendar.deadlineFrom(businesstime::dateOf(at), days);
        QJsonObject payload = targetJson(input.lead);
        QJsonArray co;
        for (const DispatchTarget &target : input.coHandlers)
            co.append(targetJson(target));
        payload.insert(QStringLiteral("coHandlers"), co);
        payload.insert(QStringLiteral("from"), record.orgCode);
        payload.insert(QStringLiteral("deadline"), deadline.toString(Qt::ISODate));
        payload.insert(QStringLiteral("at"), at);
        t.append(AggregateType::Case, record.id, caseevents::dispatched, payload);
    });
}

Result<CaseRecord> CaseService::accept(const Actor &actor, const QString &number)
{
    const qint64 at = now();
    return act(actor, number, CaseAction::Accept, [&](LedgerTransaction &t, const CaseRecord &record) {
        t.append(AggregateType::Case, record.id, caseevents::accepted, {{QStringLiteral("at"), at}});
    });
}

Result<CaseRecord> CaseService::returnCase(const Actor &actor, const QString &number, const QString &reason)
{
    if (auto e = checkText(reason, QStringLiteral("reason"),
            QCoreApplication::translate("tz::Cases", "The reason"), kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(actor, number, CaseAction::Return, [&](LedgerTransaction &t, const CaseRecord &record) {
        QString backTo = record.originOrg;
        const QList<Event> history = m_ledger.events(AggregateType::Case, record.id);
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->type == caseevents::dispatched) {
                backTo = it->payload.value(QLatin1String("from")).toString(record.originOrg);
                break;
            }
        }
        t.append(AggregateType::Case, record.id, caseevents::returned,
            {{QStringLiteral("org"), backTo}, {QStringLiteral("reason"), reason.trimmed()},
                {QStringLiteral("at"), at}});
    });
}

Result<CaseRecord> CaseService::note(const Actor &actor, const QString &number, const QString &text)
{
    if (auto e = checkText(text, QStringLiteral("text"), QCoreApplication::translate("tz::Cases", "The note"),
            kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(actor, number, CaseAction::Note, [&](LedgerTransaction &t, const CaseRecord &record) {
        if (record.state == CaseState::Accepted && actor.role == Role::Handler)
            t.append(AggregateType::Case, record.id, caseevents::started, {{QStringLiteral("at"), at}});
        t.append(AggregateType::Case, record.id, caseevents::noted,
            {{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("at"), at}});
    });
}

Result<CaseRecord> CaseService::requestMaterials(
    const Actor &actor, const QString &number, const QString &what)
{
    if (auto e = checkText(what, QStringLiteral("what"),
            QCoreApplication::translate("tz::Cases", "The materials needed"), kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(
        actor, number, CaseAction::RequestMaterials, [&](LedgerTransaction &t, const CaseRecord &record) {
            if (record.state == CaseState::Accepted && actor.role == Role::Handler)
                t.append(AggregateType::Case, record.id, caseevents::started, {{QStringLiteral("at"), at}});
            t.append(AggregateType::Case, record.id, caseevents::materialsRequested,
                {{QStringLiteral("what"), what.trimmed()},
                    {QStringLiteral("on"), businesstime::dateOf(at).toString(Qt::ISODate)},
                    {QStringLiteral("at"), at}});
        });
}

Result<CaseRecord> CaseService::receiveMaterials(const Actor &actor, const QString &number)
{
    const qint64 at = now();
    return act(
        actor, number, CaseAction::ReceiveMaterials, [&](LedgerTransaction &t, const CaseRecord &record) {
            const QDate today = businesstime::dateOf(at);
            const QDate deadline
                = m_calendar.calendar().extendForPause(record.deadline, record.pausedSince, today);
            t.append(AggregateType::Case, record.id, caseevents::materialsReceived,
                {{QStringLiteral("on"), today.toString(Qt::ISODate)},
                    {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)},
                    {QStringLiteral("at"), at}});
        });
}

Result<CaseRecord> CaseService::escalate(const Actor &actor, const QString &number, const QString &reason)
{
    if (auto e = checkText(reason, QStringLiteral("reason"),
            QCoreApplication::translate("tz::Cases", "The reason"), kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(actor, number, CaseAction::Escalate, [&](LedgerTransaction &t, const CaseRecord &record) {
        const std::optional<OrgUnit> unit = m_org.unit(record.orgCode);
        if (!unit || unit->level == OrgLevel::City)
            throw ErrorException(Error::conflict(
                QCoreApplication::translate("tz::Cases", "The case is already at the top of the org tree.")));
        const std::optional<OrgUnit> parent = m_org.unit(unit->parentCode);
        if (!parent)
            throw ErrorException(Error::notFound(
                QCoreApplication::translate("tz::Cases", "The unit above %1 is not in the ledger.")
                    .arg(unit->name)));
        const int days = m_calendar.deadlineDays(parent->code, record.handling);
        const QDate deadline = m_calendar.deadlineFrom(businesstime::dateOf(at), days);
        t.append(AggregateType::Case, record.id, caseevents::escalated,
            {{QStringLiteral("from"), unit->code}, {QStringLiteral("to"), parent->code},
                {QStringLiteral("level"), static_cast<int>(parent->level)},
                {QStringLiteral("reason"), reason.trimmed()},
                {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)}, {QStringLiteral("at"), at}});
    });
}

Result<CaseRecord> CaseService::resolveOnTheSpot(
    const Actor &actor, const QString &number, const QString &result)
{
    if (auto e = checkText(result, QStringLiteral("result"),
            QCoreApplication::translate("tz::Cases", "The result"), kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(
        actor, number, CaseAction::ResolveOnTheSpot, [&](LedgerTransaction &t, const CaseRecord &record) {
            const std::optional<OrgUnit> unit = m_org.unit(record.orgCode);
            t.append(AggregateType::Case, record.id, caseevents::resolved,
                {{QStringLiteral("result"), result.trimmed()}, {QStringLiteral("org"), record.orgCode},
                    {QStringLiteral("level"), unit ? static_cast<int>(unit->level) : 0},
                    {QStringLiteral("onTheSpot"), true}, {QStringLiteral("at"), at}});
        });
}

Result<CaseRecord> CaseService::resolve(const Actor &actor, const QString &number, const QString &result)
{
    if (auto e = checkText(result, QStringLiteral("result"),
            QCoreApplication::translate("tz::Cases", "The result"), kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(actor, number, CaseAction::Resolve, [&](LedgerTransaction &t, const CaseRecord &record) {
        for (const CaseHandler &h : record.handlers) {
            if (!h.lead && h.answer.isEmpty())
                throw ErrorException(Error::conflict(QCoreApplication::translate("tz::Cases",
                    "Co-handler %1 has not answered yet; the lead resolves a Joint case after every "
                    "co-handler's answer.")
                                                         .arg(m_org.pathName(h.orgCode))));
        }
        const std::optional<OrgUnit> unit = m_org.unit(record.orgCode);
        const int level = unit ? static_cast<int>(unit->level) : 0;
        t.append(AggregateType::Case, record.id, caseevents::resolved,
            {{QStringLiteral("result"), result.trimmed()}, {QStringLiteral("org"), record.orgCode},
                {QStringLiteral("level"), level}, {QStringLiteral("at"), at}});
        if (!record.rootCause.isEmpty())
            resolveIssueMembers(t, actor, record, result.trimmed(), at);
    });
}

Result<CaseRecord> CaseService::answerAsCoHandler(
    const Actor &actor, const QString &number, const QString &answer)
{
    if (auto e = checkText(answer, QStringLiteral("answer"),
            QCoreApplication::translate("tz::Cases", "The answer"), kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(
        actor, number, CaseAction::AnswerAsCoHandler, [&](LedgerTransaction &t, const CaseRecord &record) {
            for (const CaseHandler &h : record.handlers) {
                if (!h.lead && actor.covers(h.orgCode)
                    && (actor.departmentId.isEmpty() || h.departmentId.isEmpty()
                        || h.departmentId == actor.departmentId)) {
                    t.append(AggregateType::Case, record.id, caseevents::coAnswered,
                        {{QStringLiteral("org"), h.orgCode}, {QStringLiteral("department"), h.departmentId},
                            {QStringLiteral("answer"), answer.trimmed()}, {QStringLiteral("at"), at}});
                    return;
                }
            }
            throw ErrorException(Error::forbidden(
                QCoreApplication::translate("tz::Cases", "You are not a co-handler of case %1.")
                    .arg(record.number)));
        });
}

Result<CaseRecord> CaseService::followUp(
    const Actor &actor, const QString &number, Satisfaction satisfaction, const QString &remark)
{
    if (auto e = checkText(remark, QStringLiteral("remark"),
            QCoreApplication::translate("tz::Cases", "The remark"), kTextMax, false))
        return *e;
    const qint64 at = now();
    return act(actor, number, CaseAction::FollowUp, [&](LedgerTransaction &t, const CaseRecord &record) {
        t.append(AggregateType::Case, record.id, caseevents::followedUp,
            {{QStringLiteral("satisfaction"), static_cast<int>(satisfaction)},
                {QStringLiteral("remark"), remark.trimmed()}, {QStringLiteral("at"), at}});
        if (satisfaction == Satisfaction::Unsatisfied) {
            t.append(AggregateType::Case, record.id, caseevents::reopened,
                {{QStringLiteral("reason"), remark.trimmed()}, {QStringLiteral("automatic"), true},
                    {QStringLiteral("at"), at}});
        }
    });
}

Result<CaseRecord> CaseService::reopen(const Actor &actor, const QString &number, const QString &reason)
{
    if (auto e = checkText(reason, QStringLiteral("reason"),
            QCoreApplication::translate("tz::Cases", "The reason"), kTextMax, true))
        return *e;
    const qint64 at = now();
    return act(actor, number, CaseAction::Reopen, [&](LedgerTransaction &t, const CaseRecord &record) {
        t.append(AggregateType::Case, record.id, caseevents::reopened,
            {{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("at"), at}});
    });
}

Result<CaseRecord> CaseService::close(const Actor &actor, const QString &number)
{
    const qint64 at = now();
    return act(actor, number, CaseAction::Close, [&](LedgerTransaction &t, const CaseRecord &record) {
        t.append(AggregateType::Case, record.id, caseevents::closed, {{QStringLiteral("at"), at}});
    });
}

Result<CaseRecord> CaseService::supervise(
    const Actor &actor, const QString &number, bool on, const QString &note)
{
    if (auto e = checkText(note, QStringLiteral("note"), QCoreApplication::translate("tz::Cases", "The note"),
            kTextMax, false))
        return *e;
    const qint64 at = now();
    return act(actor, number, CaseAction::Supervise, [&](LedgerTransaction &t, const CaseRecord &record) {
        t.append(AggregateType::Case, record.id, caseevents::supervised,
            {{QStringLiteral("on"), on}, {QStringLiteral("note"), note.trimmed()},
                {QStringLiteral("at"), at}});
    });
}

Result<CaseRecord> CaseService::reviewConflict(const Actor &actor, const QString &number, const QString &note)
{
    if (auto e = checkText(note, QStringLiteral("note"), QCoreApplication::translate("tz::Cases", "The note"),
            kTextMax, false))
        return *e;
    const qint64 at = now();
    return act(
        actor, number, CaseAction::ReviewConflict, [&](LedgerTransaction &t, const CaseRecord &record) {
            t.append(AggregateType::Case, record.id, caseevents::conflictReviewed,
                {{QStringLiteral("reviewed"), record.conflict}, {QStringLiteral("note"), note.trimmed()},
                    {QStringLiteral("at"), at}});
        });
}

QList<Event> CaseService::losingDecisions(const CaseRecord &record)
{
    const QStringList flags = record.conflict.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QList<Event> found;
    for (const Event &event : m_ledger.events(AggregateType::Case, record.id)) {
        if (flags.contains(caseevents::decisionFlag(event.type, event.device, event.deviceSeq)))
            found.append(event);
    }
    return found;
}

Result<CaseRecord> CaseService::addAttachment(
    const Actor &actor, const QString &number, const CaseAttachment &attachment)
{
    if (auto e = checkText(attachment.name, QStringLiteral("name"),
            QCoreApplication::translate("tz::Cases", "The file name"), 200, true))
        return *e;
    return act(actor, number, CaseAction::Note, [&](LedgerTransaction &t, const CaseRecord &record) {
        t.append(AggregateType::Case, record.id, caseevents::attachmentAdded,
            {{QStringLiteral("ref"), attachment.ref}, {QStringLiteral("name"), attachment.name}});
    });
}

} // namespace tz
