// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/residents/residentservice.h"

#include "core/common/uuid.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/divisioncode.h"
#include "core/residents/phonenumber.h"
#include "core/residents/pinyin.h"
#include "core/residents/residentid.h"
#include "core/residents/residentprojection.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace tz {
namespace {

// The columns readResident() reads, in its order: every SELECT of residents starts so.
#define TZ_RESIDENT_COLUMNS                                                                                  \
    "id, name, IFNULL(id_number, ''), IFNULL(phone, ''), IFNULL(address, ''), IFNULL(org_code, ''), "        \
    "IFNULL(grid_id, ''), IFNULL(household_id, ''), tags, pinyin, initials"

Resident readResident(SqlStatement &s)
{
    Resident r;
    r.id = s.text(0);
    r.name = s.text(1);
    r.idNumber = s.text(2);
    r.phone = s.text(3);
    r.address = s.text(4);
    r.orgCode = s.text(5);
    r.gridId = s.text(6);
    r.householdId = s.text(7);
    r.tags = s.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.pinyin = s.text(9);
    r.initials = s.text(10);
    return r;
}

QJsonObject payloadOf(const ResidentInput &input)
{
    return {{QStringLiteral("name"), input.name}, {QStringLiteral("idNumber"), input.idNumber},
        {QStringLiteral("phone"), input.phone}, {QStringLiteral("address"), input.address},
        {QStringLiteral("org"), input.orgCode}, {QStringLiteral("grid"), input.gridId},
        {QStringLiteral("household"), input.householdId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(input.tags)},
        {QStringLiteral("pinyin"), Pinyin::fullForName(input.name)},
        {QStringLiteral("initials"), Pinyin::initialsForName(input.name)}};
}

Status mayEditResidents(const Actor &actor, const QString &orgCode)
{
    if (actor.role == Role::Handler)
        return Error::forbidden(
            QCoreApplication::translate("tz::Residents", "A handler may not register or edit residents."));
    if (!orgCode.isEmpty() && !actor.covers(orgCode))
        return Error::forbidden(
            QCoreApplication::translate("tz::Residents", "Unit %1 is outside your part of the org tree.")
                .arg(orgCode));
    return {};
}

} // namespace

ResidentService::ResidentService(Ledger &ledger)
    : m_ledger(ledger)
{
}

QStringList ResidentService::careGroups()
{
    return {QStringLiteral("困难群众"), QStringLiteral("残障人士"), QStringLiteral("孤寡老人"),
        QStringLiteral("留守儿童")};
}

Result<ResidentInput> ResidentService::validate(const ResidentInput &input)
{
    ResidentInput clean = input;
    clean.name = input.name.trimmed();
    if (clean.name.isEmpty() || clean.name.size() > 30)
        return Error::invalid(
            QCoreApplication::translate("tz::Residents", "A resident's name needs 1 to 30 characters."),
            QStringLiteral("name"));
    for (const QChar c : clean.name) {
        if (c.category() == QChar::Other_Control || c.isDigit())
            return Error::invalid(
                QCoreApplication::translate("tz::Residents", "A name holds no digits or control characters."),
                QStringLiteral("name"));
    }
    if (!input.idNumber.trimmed().isEmpty()) {
        Result<ResidentId> id = ResidentId::parse(input.idNumber);
        if (!id)
            return id.error();
        clean.idNumber = id->text();
    }
    if (!input.phone.trimmed().isEmpty()) {
        Result<PhoneNumber> phone = PhoneNumber::parse(input.phone);
        if (!phone)
            return phone.error();
        clean.phone = phone->text();
    }
    clean.address = input.address.trimmed();
    if (clean.address.size() > 120)
        return Error::invalid(
            QCoreApplication::translate("tz::Residents", "An address may have at most 120 characters."),
            QStringLiteral("address"));
    for (const QString &tag : input.tags) {
        if (!careGroups().contains(tag))
            return Error::invalid(
                QCoreApplication::translate("tz::Residents", "\"%1\" is not a care group.").arg(tag),
                QStringLiteral("tags"));
    }
    return clean;
}

Result<Resident> ResidentService::registerResident(const Actor &actor, const ResidentInput &input)
{
    Result<ResidentInput> clean = validate(input);
    if (!clean)
        return clean.error();
    if (Status allowed = mayEditResidents(actor, clean->orgCode); !allowed)
        return allowed.error();
    if (!clean->idNumber.isEmpty() && byIdNumber(clean->idNumber))
        return Error::conflict(QCoreApplication::translate(
            "tz::Residents", "A resident with this ID number is already registered."));
    const QString id = Uuid7::toString(Uuid7::generate());
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Resident, id, residentevents::registered, payloadOf(*clean));
    });
    if (!written)
        return written.error();
    return *byId(id);
}

Result<Resident> ResidentService::update(const Actor &actor, const QString &id, const ResidentInput &input)
{
    if (!byId(id))
        return Error::notFound(QCoreApplication::translate("tz::Residents", "There is no such resident."));
    Result<ResidentInput> clean = validate(input);
    if (!clean)
        return clean.error();
    if (Status allowed = mayEditResidents(actor, clean->orgCode); !allowed)
        return allowed.error();
    if (!clean->idNumber.isEmpty()) {
        const std::optional<Resident> other = byIdNumber(clean->idNumber);
        if (other && other->id != id)
            return Error::conflict(
                QCoreApplication::translate("tz::Residents", "Another resident has this ID number."));
    }
    Status written = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Resident, id, residentevents::updated, payloadOf(*clean));
    });
    if (!written)
        return written.error();
    return *byId(id);
}

Status ResidentService::setTags(const Actor &actor, const QString &id, const QStringList &tags)
{
    const std::optional<Resident> resident = byId(id);
    if (!resident)
        return Error::notFound(QCoreApplication::translate("tz::Residents", "There is no such resident."));
    if (Status allowed = mayEditResidents(actor, resident->orgCode); !allowed)
        return allowed;
    for (const QString &tag : tags) {
        if (!careGroups().contains(tag))
            return Error::invalid(
                QCoreApplication::translate("tz::Residents", "\"%1\" is not a care group.").arg(tag),
                QStringLiteral("tags"));
    }
    return m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Resident, id, residentevents::tagsChanged,
            {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
    });
}

Result<QString> ResidentService::reveal(
    const Actor &actor, const QString &id, ResidentField field, const QString &reason)
{
    const std::optional<Resident> resident = byId(id);
    if (!resident)
        return Error::notFound(QCoreApplication::translate("tz::Residents", "There is no such resident."));
    // Those who serve the resident's unit, or handle or registered one of the resident's cases.
    if (!actor.covers(resident->orgCode)) {
        const subtree::Range units = subtree::range(actor.orgCode, actor.orgLevel);
        SqlStatement &handled = m_ledger.db().cached("ResidentService::reveal",
            "SELECT 1 FROM cases WHERE resident_id = ?1 "
            "AND (org_code BETWEEN ?2 AND ?3 OR origin_org BETWEEN ?2 AND ?3) LIMIT 1");
        handled.bind(1, id).bind(2, units.low).bind(3, units.high);
        const bool serves = handled.next();
        handled.reset();
        if (!serves)
            return Error::forbidden(QCoreApplication::translate("tz::Residents",
                "This resident lives outside your part of the org tree and none of their cases is with your "
                "unit."));
    }
    const QString why = reason.simplified();
    if (why.size() < 2)
        return Error::invalid(QCoreApplication::translate("tz::Residents",
                                  "Say why you need the full number: it is recorded with your name."),
            QStringLiteral("reason"));
    if (why.size() > 200)
        return Error::invalid(
            QCoreApplication::translate("tz::Residents", "The reason is longer than 200 characters."),
            QStringLiteral("reason"));
    const bool phone = field == ResidentField::Phone;
    const QString value = phone ? resident->phone : resident->idNumber;
    if (value.isEmpty())
        return Error::notFound(phone ? QCoreApplication::translate(
                                   "tz::Residents", "No phone number is recorded for this resident.")
                                     : QCoreApplication::translate(
                                         "tz::Residents", "No ID number is recorded for this resident."));
    Status recorded = m_ledger.write(actor.userId, [&](LedgerTransaction &transaction) {
        transaction.append(AggregateType::Resident, id, residentevents::detailRevealed,
            {{QStringLiteral("field"), phone ? QStringLiteral("phone") : QStringLiteral("idNumber")},
                {QStringLiteral("reason"), why}});
    });
    if (!recorded)
        return recorded.error();
    return value;
}

std::optional<Resident> ResidentService::byId(const QString &id)
{
    return m_ledger.db()
        .cached("ResidentService::byId",
            "SELECT " TZ_RESIDENT_COLUMNS " FROM residents "
            "WHERE id = ?1")
        .bind(1, id)
        .first(readResident);
}

std::optional<Resident> ResidentService::byIdNumber(const QString &idNumber)
{
    return m_ledger.db()
        .cached("ResidentService::byIdNumber",
            "SELECT " TZ_RESIDENT_COLUMNS " FROM residents "
            "WHERE id_number = ?1")
        .bind(1, idNumber.trimmed().toUpper())
        .first(readResident);
}

QList<Resident> ResidentService::find(const QString &query, int limit)
{
    const QString q = query.trimmed();
    QList<Resident> result;
    if (q.isEmpty())
        return result;
    bool allDigits = true;
    bool allLatin = true;
    for (const QChar c : q) {
        allDigits = allDigits && c.isDigit();
        allLatin = allLatin && c.isLetter() && c.unicode() < 128;
    }
    QString sql = QStringLiteral("SELECT %1 FROM residents WHERE ").arg(QLatin1String(TZ_RESIDENT_COLUMNS));
    QString low;
    QString high;
    if (allDigits && q.size() >= 4) {
        QString rev = q;
        std::reverse(rev.begin(), rev.end());
        low = rev;
        high = rev + QChar(0xFFFF);
        sql += QStringLiteral("(phone_reversed >= ?1 AND phone_reversed < ?2) OR (id_reversed >= ?1 AND "
                              "id_reversed < ?2)");
    } else if (allLatin) {
        low = q.toLower();
        high = low + QChar(0xFFFF);
        sql += QStringLiteral("initials >= ?1 AND initials < ?2");
    } else {
        low = q;
        high = q + QChar(0xFFFF);
        sql += QStringLiteral("name >= ?1 AND name < ?2");
    }
    sql += QStringLiteral(" ORDER BY name LIMIT ?3");
    SqlStatement s = m_ledger.db().prepare(sql);
    s.bind(1, low).bind(2, high).bind(3, limit);
    while (s.next())
        result.append(readResident(s));
    return result;
}

QList<Resident> ResidentService::household(const QString &householdId)
{
    return m_ledger.db()
        .cached("ResidentService::household",
            "SELECT " TZ_RESIDENT_COLUMNS " FROM residents "
            "WHERE household_id = ?1 ORDER BY name")
        .bind(1, householdId)
        .all(readResident);
}

} // namespace tz
