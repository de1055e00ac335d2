// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caserecord.h"
#include "core/common/error.h"
#include "core/ledger/event.h"
#include "core/residents/residentservice.h"

#include <functional>
#include <optional>

namespace tz {

class Ledger;
class LedgerTransaction;
class OrgService;
class CalendarService;
class CatalogService;
class UserService;

struct RegisterCaseInput
{
    QString orgCode;
    std::optional<Handling> handling; // default: the catalog item's
    QString title; // default: the catalog item's name
    QString description;
    Channel channel = Channel::Counter;
    QString catalogId;
    QString residentId;
    QString phone;
    QString gridId;
    std::optional<int> deadlineDays; // default: the catalog item's, else the unit's rule
    std::optional<qint64> registeredAt; // 补录: the paper record's real time
    bool fromPaper = false; // 补录 whatever the time: a row of an old 台账 (else only past an hour)
    QString residentName; // 补录 without a resident in the ledger: the name the paper gives
    std::optional<qint64> resolvedAt; // 补录 of a case the paper shows resolved (with `resolution`)
    bool resolveNow = false; // 即办: resolved in the same save
    QString resolution; // what was done: 即办, or a 补录 case resolved on paper
    QList<CaseAttachment> attachments;
    // 举一反三: the cause this case fixes for the open cases named (at least two, by number);
    // each is linked to it in the same save and is resolved when it is.
    QString rootCause;
    QStringList issueMembers;
};

// What a clerk typed for one request before anything is saved: the case, and the citizen when
// they are new to the ledger (registered at the case's unit, then named by the case).
struct RegistrationDraft
{
    RegisterCaseInput input;
    std::optional<ResidentInput> newResident;
};

struct DispatchTarget
{
    QString orgCode;
    QString departmentId;
    QString handlerId;
};

struct DispatchInput
{
    DispatchTarget lead;
    QList<DispatchTarget> coHandlers; // 联办 only
    std::optional<int> deadlineDays;
};

// Every step of the closed loop, each validated for state, role and scope, each one event (or
// two, in one transaction) through the ledger.
class CaseService
{
public:
    CaseService(Ledger &ledger, OrgService &org, CalendarService &calendar, CatalogService &catalog,
        ResidentService &residents, UserService &users);

    [[nodiscard]] Result<CaseRecord> registerCase(const Actor &actor, const RegisterCaseInput &input);
    // Why registerCase would refuse this input now, or nothing.
    [[nodiscard]] std::optional<Error> checkRegistration(const Actor &actor, const RegisterCaseInput &input);
    // Why this draft would be refused, the field at fault named in Error::field: the case's as
    // registerCase names them ("title", "description", "resolution", "catalog", "handling",
    // "deadlineDays" …), a new citizen's as "newResident.name", ".idNumber", ".phone", ".address".
    [[nodiscard]] std::optional<Error> checkDraft(const Actor &actor, const RegistrationDraft &draft);
    // Registers the draft's new citizen, if any, then the case. Once the citizen is saved the
    // draft names them (input.residentId) in place of newResident, whatever becomes of the case.
    [[nodiscard]] Result<CaseRecord> registerDraft(const Actor &actor, RegistrationDraft &draft);
    // The title a registration gets: the one given, else the name of its catalog item.
    [[nodiscard]] QString titleOf(const RegisterCaseInput &input);
    // 补录 of many cases at once (an old 台账): each checked as registerCase checks it, all saved
    // in one transaction, or none when one is refused (`refused` hears of each, by index).
    [[nodiscard]] Result<QStringList> registerAll(const Actor &actor, const QList<RegisterCaseInput> &inputs,
        const std::function<void(qsizetype, const Error &)> &refused = {});
    [[nodiscard]] Result<CaseRecord> dispatch(
        const Actor &actor, const QString &number, const DispatchInput &input);
    [[nodiscard]] Result<CaseRecord> accept(const Actor &actor, const QString &number);
    [[nodiscard]] Result<CaseRecord> returnCase(
        const Actor &actor, const QString &number, const QString &reason);
    [[nodiscard]] Result<CaseRecord> note(const Actor &actor, const QString &number, const QString &text);
    [[nodiscard]] Result<CaseRecord> requestMaterials(
        const Actor &actor, const QString &number, const QString &what);
    [[nodiscard]] Result<CaseRecord> receiveMaterials(const Actor &actor, const QString &number);
    [[nodiscard]] Result<CaseRecord> escalate(
        const Actor &actor, const QString &number, const QString &reason);
    [[nodiscard]] Result<CaseRecord> resolve(
        const Actor &actor, const QString &number, const QString &result);
    // 即办 after the registration was saved: an Immediate case still at the counter.
    [[nodiscard]] Result<CaseRecord> resolveOnTheSpot(
        const Actor &actor, const QString &number, const QString &result);
    [[nodiscard]] Result<CaseRecord> answerAsCoHandler(
        const Actor &actor, const QString &number, const QString &answer);
    [[nodiscard]] Result<CaseRecord> followUp(
        const Actor &actor, const QString &number, Satisfaction satisfaction, const QString &remark);
    [[nodiscard]] Result<CaseRecord> reopen(const Actor &actor, const QString &number, const QString &reason);
    [[nodiscard]] Result<CaseRecord> close(const Actor &actor, const QString &number);
    [[nodiscard]] Result<CaseRecord> supervise(
        const Actor &actor, const QString &number, bool on, const QString &note);
    // A supervisor has looked at the decisions on the case that lost to others (each device
    // keeps the first in fold order and flags the rest): they stop being flagged.
    [[nodiscard]] Result<CaseRecord> reviewConflict(
        const Actor &actor, const QString &number, const QString &note);
    // The flagged decisions of a case (record.conflict), as the events that carried them.
    [[nodiscard]] QList<Event> losingDecisions(const CaseRecord &record);
    [[nodiscard]] Result<CaseRecord> addAttachment(
        const Actor &actor, const QString &number, const CaseAttachment &attachment);

    [[nodiscard]] std::optional<CaseRecord> byNumber(const QString &number);
    // The cases linked to a 举一反三 case, oldest first.
    [[nodiscard]] QList<CaseRecord> issueMembers(const QString &issueNumber);
    [[nodiscard]] std::optional<CaseRecord> byId(const QString &id);
    // What this actor may do to this case now (the buttons a screen shows).
    [[nodiscard]] QList<CaseAction> availableActions(const Actor &actor, const CaseRecord &record);
    // Why the actor may not take the action on the case now, or nothing.
    [[nodiscard]] std::optional<Error> refusal(
        const Actor &actor, const CaseRecord &record, CaseAction action);

    // The moment commands record facts at; tests move it.
    void setClock(std::function<qint64()> clock);

private:
    struct PreparedRegistration;
    // caseregistration.cpp: a registration checked and ready, then appended with its number.
    Result<PreparedRegistration> prepareRegistration(
        const Actor &actor, const RegisterCaseInput &input, qint64 enteredAt);
    QString appendRegistration(
        LedgerTransaction &transaction, const Actor &actor, const PreparedRegistration &prepared);
    using Emit = std::function<void(LedgerTransaction &, const CaseRecord &)>;
    Result<CaseRecord> act(
        const Actor &actor, const QString &number, CaseAction action, const Emit &emitEvents);
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] QString nextNumber(QDate day);
    std::optional<CaseRecord> read(const char *where, const QString &key);
    // 举一反三 (caseissues.cpp): links the members to the new case; resolves the open ones with it.
    void linkIssueMembers(LedgerTransaction &t, const Actor &actor, const QString &issue,
        const QStringList &members, qint64 at);
    void resolveIssueMembers(
        LedgerTransaction &t, const Actor &actor, const CaseRecord &issue, const QString &result, qint64 at);

    Ledger &m_ledger;
    OrgService &m_org;
    CalendarService &m_calendar;
    CatalogService &m_catalog;
    ResidentService &m_residents;
    UserService &m_users;
    std::function<qint64()> m_clock;
    // The case number handed out last (checked against the ledger before it is trusted).
    QString m_lastPrefix;
    int m_lastCounter = 0;
};

} // namespace tz
