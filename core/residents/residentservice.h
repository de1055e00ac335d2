// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/common/error.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tz {

class Ledger;

struct Resident
{
    QString id;
    QString name;
    QString idNumber; // full; show it through masking:: only
    QString phone;
    QString address;
    QString orgCode;
    QString gridId;
    QString householdId;
    QStringList tags;
    QString pinyin;
    QString initials;
};

// What lists show masked; revealing it is recorded.
enum class ResidentField { IdNumber, Phone };

struct ResidentInput
{
    QString name;
    QString idNumber;
    QString phone;
    QString address;
    QString orgCode;
    QString gridId;
    QString householdId;
    QStringList tags;
};

// Residents (居民): validated ID numbers and phones, pinyin for search, care-group tags.
class ResidentService
{
public:
    explicit ResidentService(Ledger &ledger);

    // The care groups (重点人群) a resident may be tagged with.
    static QStringList careGroups();

    [[nodiscard]] Result<Resident> registerResident(const Actor &actor, const ResidentInput &input);
    [[nodiscard]] Result<Resident> update(const Actor &actor, const QString &id, const ResidentInput &input);
    [[nodiscard]] Status setTags(const Actor &actor, const QString &id, const QStringList &tags);
    // The full ID number or phone, for a reason the ledger keeps with who asked and when.
    [[nodiscard]] Result<QString> reveal(
        const Actor &actor, const QString &id, ResidentField field, const QString &reason);

    [[nodiscard]] std::optional<Resident> byId(const QString &id);
    [[nodiscard]] std::optional<Resident> byIdNumber(const QString &idNumber);
    // By name prefix, pinyin initials prefix, phone suffix or ID number suffix (4+ digits).
    [[nodiscard]] QList<Resident> find(const QString &query, int limit = 20);
    [[nodiscard]] QList<Resident> household(const QString &householdId);

    // Checks and normalises the fields (ID check digit, phone shape, lengths).
    [[nodiscard]] static Result<ResidentInput> validate(const ResidentInput &input);

private:
    Ledger &m_ledger;
};

} // namespace tz
