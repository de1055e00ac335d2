// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// CaseService's registrations: one request at the counter, a 举一反三 case with its members, or
// the 补录 of many from an old 台账 in one transaction. Kept apart from caseservice.cpp, which
// records the steps of a case already registered.
#include "core/cases/caseservice.h"

#include "core/calendar/calendarservice.h"
#include "core/cases/casechecks.h"
#include "core/cases/caseevents.h"
#include "core/cases/casepolicy.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/residents/phonenumber.h"
#include "core/residents/residentservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tz {

using namespace casechecks;

namespace {

// A request registered without a title is known by its catalog item's name, whichever way it
// came in (the counter, the command line, an old 台账).
QString titleFrom(const RegisterCaseInput &input, const std::optional<CatalogItem> &item)
{
    const QString given = input.title.trimmed();
    return given.isEmpty() && item ? item->name.trimmed() : given;
}

} // namespace

struct CaseService::PreparedRegistration
{
    QString id;
    QDate day;
    QJsonObject payload; // the registration's, without its number (given when it is written)
    std::optional<QJsonObject> onTheSpot; // 即办: the resolution written with it
    QStringList issueMembers;
    qint64 enteredAt = 0;
};

Result<CaseService::PreparedRegistration> CaseService::prepareRegistration(
    const Actor &actor, const RegisterCaseInput &input, qint64 enteredAt)
{
    if (const std::optional<QString> refused = casepolicy::refusalForRole(actor.role, CaseAction::Register))
        return Error::forbidden(*refused);
    const std::optional<OrgUnit> unit = m_org.unit(input.orgCode);
    if (!unit)
        return Error::invalid(
            QCoreApplication::translate("tz::Cases", "There is no unit with code %1.").arg(input.orgCode),
            QStringLiteral("orgCode"));
    if (!actor.covers(input.orgCode))
        return Error::forbidden(
            QCoreApplication::translate("tz::Cases", "Unit %1 is outside your part of the org tree.")
                .arg(unit->name));
    std::optional<CatalogItem> item;
    if (!input.catalogId.isEmpty()) {
        item = m_catalog.byId(input.catalogId);
        if (!item)
            return Error::invalid(QCoreApplication::translate("tz::Cases", "There is no such catalog item."),
                QStringLiteral("catalog"));
    }
    const QString title = titleFrom(input, item);
    if (title.isEmpty())
        return Error::invalid(QCoreApplication::translate(
                                  "tz::Cases", "Say in short what the citizen asks, or pick a service item."),
            QStringLiteral("title"));
    if (auto e = checkText(title, QStringLiteral("title"),
            QCoreApplication::translate("tz::Cases", "The request"), kTitleMax, true))
        return *e;
    if (auto e = checkText(input.description, QStringLiteral("description"),
            QCoreApplication::translate("tz::Cases", "The description"), kTextMax, false))
        return *e;
    if (auto e = checkText(input.resolution, QStringLiteral("resolution"),
            QCoreApplication::translate("tz::Cases", "The result"), kTextMax, false))
        return *e;

    if (!input.issueMembers.isEmpty() || !input.rootCause.isEmpty()) {
        if (auto e = checkText(input.rootCause, QStringLiteral("rootCause"),
                QCoreApplication::translate("tz::Cases", "The root cause"), kTextMax, true))
            return *e;
        if (input.issueMembers.size() < 2)
            return Error::invalid(QCoreApplication::translate(
                                      "tz::Cases", "A recurring issue (举一反三) joins at least two cases."),
                QStringLiteral("issueMembers"));
        if (const std::optional<QString> refused
            = casepolicy::refusalForRole(actor.role, CaseAction::LinkToIssue))
            return Error::forbidden(*refused);
        if (input.resolveNow)
            return Error::invalid(QCoreApplication::translate("tz::Cases",
                                      "A 举一反三 case goes to the unit that fixes the cause: dispatch it."),
                QStringLiteral("resolveNow"));
    }

    const std::optional<Handling> handling
        = input.handling ? input.handling : (item ? std::optional(item->handling) : std::nullopt);
    if (!handling)
        return Error::invalid(
            QCoreApplication::translate("tz::Cases", "Choose a handling class (即办, 快办, 分办 or 联办)."),
            QStringLiteral("handling"));

    QString residentName = input.residentName.trimmed();
    if (auto e = checkText(residentName, QStringLiteral("residentName"),
            QCoreApplication::translate("tz::Cases", "The citizen's name"), kNameMax, false))
        return *e;
    QString phone = input.phone;
    if (!input.residentId.isEmpty()) {
        const std::optional<Resident> resident = m_residents.byId(input.residentId);
        if (!resident)
            return Error::invalid(QCoreApplication::translate("tz::Cases", "There is no such resident."),
                QStringLiteral("resident"));
        residentName = resident->name;
        if (phone.isEmpty())
            phone = resident->phone;
    }
    if (!input.phone.isEmpty()) {
        Result<PhoneNumber> parsed = PhoneNumber::parse(input.phone);
        if (!parsed)
            return parsed.error();
        phone = parsed->text();
    }

    const qint64 registeredAt = input.registeredAt.value_or(enteredAt);
    if (registeredAt > enteredAt + 10 * 60 * 1000)
        return Error::invalid(
            QCoreApplication::translate("tz::Cases", "The registration time is in the future."),
            QStringLiteral("registeredAt"));
    const bool backfilled
        = input.registeredAt.has_value() && (input.fromPaper || registeredAt < enteredAt - 60 * 60 * 1000);
    if (input.resolveNow) {
        if (*handling != Handling::Immediate)
            return Error::invalid(QCoreApplication::translate("tz::Cases",
                                      "Only an Immediate (即办) case can be resolved on the spot."),
                QStringLiteral("handling"));
        if (const std::optional<QString> refused
            = casepolicy::refusalForRole(actor.role, CaseAction::ResolveOnTheSpot))
            return Error::forbidden(*refused);
        if (input.resolution.trimmed().isEmpty())
            return Error::invalid(
                QCoreApplication::translate("tz::Cases", "Say what was done to resolve it on the spot."),
                QStringLiteral("resolution"));
    }
    if (input.resolvedAt) {
        // 补录 of a case the paper shows resolved: when, and what was done.
        if (!backfilled)
            return Error::invalid(QCoreApplication::translate("tz::Cases",
                                      "Only a case entered afterwards (补录) is saved as resolved."),
                QStringLiteral("resolvedAt"));
        if (*input.resolvedAt < registeredAt || *input.resolvedAt > enteredAt + 10 * 60 * 1000)
            return Error::invalid(QCoreApplication::translate("tz::Cases",
                                      "The resolution date is before the registration or in the future."),
                QStringLiteral("resolvedAt"));
        if (input.resolution.trimmed().isEmpty() || input.resolveNow)
            return Error::invalid(
                QCoreApplication::translate("tz::Cases", "Write what was done to resolve it."),
                QStringLiteral("resolution"));
    }
    const int days = input.deadlineDays         ? *input.deadlineDays
        : (item && item->handling == *handling) ? item->deadlineDays
                                                : m_calendar.deadlineDays(input.orgCode, *handling);
    if (days < 0 || days > 365)
        return Error::invalid(
            QCoreApplication::translate("tz::Cases", "A deadline is 0 to 365 working days."),
            QStringLiteral("deadlineDays"));
    const QDate day = businesstime::dateOf(registeredAt);
    const QDate deadline = m_calendar.deadlineFrom(day, *handling == Handling::Immediate ? 0 : days);

    PreparedRegistration prepared;
    prepared.id = Uuid7::toString(Uuid7::generate(registeredAt));
    prepared.day = day;
    prepared.payload = {{QStringLiteral("title"), title},
        {QStringLiteral("channel"), static_cast<int>(input.channel)}, {QStringLiteral("org"), input.orgCode},
        {QStringLiteral("handling"), static_cast<int>(*handling)}, {QStringLiteral("at"), registeredAt},
        {QStringLiteral("by"), actor.userId}, {QStringLiteral("enteredAt"), enteredAt},
        {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)}};
    const auto putIf = [&prepared](const char *key, const QString &value) {
        if (!value.isEmpty())
            prepared.payload.insert(QLatin1String(key), value);
    };
    putIf("description", input.description.trimmed());
    putIf("catalog", input.catalogId);
    putIf("resident", input.residentId);
    putIf("residentName", residentName);
    putIf("phone", phone);
    putIf("rootCause", input.rootCause.trimmed());
    putIf("grid", input.gridId);
    if (backfilled)
        prepared.payload.insert(QStringLiteral("backfilled"), true);
    if (input.resolvedAt) {
        prepared.payload.insert(QStringLiteral("resolvedAt"), *input.resolvedAt);
        prepared.payload.insert(QStringLiteral("result"), input.resolution.trimmed());
        prepared.payload.insert(QStringLiteral("level"), static_cast<int>(unit->level));
    }
    QJsonArray attachments;
    for (const CaseAttachment &a : input.attachments)
        attachments.append(QJsonObject {{QStringLiteral("ref"), a.ref}, {QStringLiteral("name"), a.name}});
    if (!attachments.isEmpty())
        prepared.payload.insert(QStringLiteral("attachments"), attachments);
    if (input.resolveNow) {
        prepared.onTheSpot = QJsonObject {{QStringLiteral("result"), input.resolution.trimmed()},
            {QStringLiteral("org"), input.orgCode}, {QStringLiteral("level"), static_cast<int>(unit->level)},
            {QStringLiteral("onTheSpot"), true}, {QStringLiteral("at"), registeredAt}};
    }
    prepared.issueMembers = input.issueMembers;
    prepared.enteredAt = enteredAt;
    return prepared;
}

QString CaseService::appendRegistration(
    LedgerTransaction &transaction, const Actor &actor, const PreparedRegistration &prepared)
{
    const QString number = nextNumber(prepared.day);
    QJsonObject payload = prepared.payload;
    payload.insert(QStringLiteral("number"), number);
    transaction.append(AggregateType::Case, prepared.id, caseevents::registered, payload);
    if (prepared.onTheSpot)
        transaction.append(AggregateType::Case, prepared.id, caseevents::resolved, *prepared.onTheSpot);
    if (!prepared.issueMembers.isEmpty())
        linkIssueMembers(transaction, actor, number, prepared.issueMembers, prepared.enteredAt);
    return number;
}

Result<CaseRecord> CaseService::registerCase(const Actor &actor, const RegisterCaseInput &input)
{
    Result<PreparedRegistration> prepared = prepareRegistration(actor, input, now());
    if (!prepared)
        return prepared.error();
    Status written = m_ledger.write(actor.userId,
        [&](LedgerTransaction &transaction) { appendRegistration(transaction, actor, *prepared); });
    if (!written)
        return written.error();
    return *byId(prepared->id);
}

std::optional<Error> CaseService::checkRegistration(const Actor &actor, const RegisterCaseInput &input)
{
    Result<PreparedRegistration> prepared = prepareRegistration(actor, input, now());
    return prepared ? std::nullopt : std::optional<Error>(prepared.error());
}

QString CaseService::titleOf(const RegisterCaseInput &input)
{
    return titleFrom(input, input.catalogId.isEmpty() ? std::nullopt : m_catalog.byId(input.catalogId));
}

std::optional<Error> CaseService::checkDraft(const Actor &actor, const RegistrationDraft &draft)
{
    if (std::optional<Error> refused = checkRegistration(actor, draft.input))
        return refused;
    if (!draft.newResident)
        return std::nullopt;
    const auto asNewResident = [](Error error) {
        error.field = QStringLiteral("newResident.") + error.field;
        return error;
    };
    if (draft.newResident->name.trimmed().isEmpty())
        return asNewResident(
            Error::invalid(QCoreApplication::translate("tz::Cases",
                               "Type the new resident's name, or pick a resident from the list."),
                QStringLiteral("name")));
    if (Result<ResidentInput> valid = ResidentService::validate(*draft.newResident); !valid)
        return asNewResident(valid.error());
    return std::nullopt;
}

Result<CaseRecord> CaseService::registerDraft(const Actor &actor, RegistrationDraft &draft)
{
    if (std::optional<Error> refused = checkDraft(actor, draft))
        return *refused;
    if (draft.newResident) {
        ResidentInput person = *draft.newResident;
        person.orgCode = draft.input.orgCode;
        Result<Resident> created = m_residents.registerResident(actor, person);
        if (!created) {
            Error error = created.error();
            if (error.kind == ErrorKind::Conflict) // someone has this ID number already
                error.field = QStringLiteral("newResident.idNumber");
            return error;
        }
        draft.input.residentId = created->id;
        draft.newResident.reset();
    }
    return registerCase(actor, draft.input);
}

Result<QStringList> CaseService::registerAll(const Actor &actor, const QList<RegisterCaseInput> &inputs,
    const std::function<void(qsizetype, const Error &)> &refused)
{
    const qint64 enteredAt = now();
    QList<PreparedRegistration> all;
    all.reserve(inputs.size());
    std::optional<Error> first;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        Result<PreparedRegistration> prepared = prepareRegistration(actor, inputs.at(i), enteredAt);
        if (!prepared) {
            if (!first)
                first = prepared.error();
            if (refused)
                refused(i, prepared.error());
            continue;
        }
        all.append(std::move(*prepared));
    }
    if (first)
        return *first;
    QStringList numbers;
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        for (const PreparedRegistration &prepared : std::as_const(all))
            numbers.append(appendRegistration(transaction, actor, prepared));
    });
    if (!written)
        return written.error();
    return numbers;
}

} // namespace tz
