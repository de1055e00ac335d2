// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

namespace catalogevents {
// {name, list, handling, department, deadlineDays, pinyin, initials}
inline const QString defined = QStringLiteral("CatalogItemDefined");
inline const QString retired = QStringLiteral("CatalogItemRetired"); // {}
} // namespace catalogevents

class CatalogProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::CatalogItem; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override { return {QStringLiteral("catalog_items")}; }
};

} // namespace tz
