// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

namespace residentevents {
// {name, idNumber, phone, address, org, grid, household, tags: [..], pinyin, initials}
inline const QString registered = QStringLiteral("ResidentRegistered");
inline const QString updated = QStringLiteral("ResidentUpdated"); // same fields as registered
inline const QString tagsChanged = QStringLiteral("ResidentTagsChanged"); // {tags: [..]}
// Someone saw the full ID number or phone: {field: "idNumber" | "phone", reason}. Changes nothing.
inline const QString detailRevealed = QStringLiteral("ResidentDetailRevealed");
} // namespace residentevents

class ResidentProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::Resident; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("residents")}; }
};

} // namespace tz
