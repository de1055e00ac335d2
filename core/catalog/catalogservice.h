// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/catalog/catalogitem.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/io/rowerror.h"

#include <QList>

namespace tz {

class Ledger;
struct CsvTable;

// The service catalog (清单): CSV import and export, lookup by name, pinyin initials or prefix.
class CatalogService
{
public:
    explicit CatalogService(Ledger &ledger);

    // CSV columns: name,list,handling,department,deadline_days. All or nothing; an item is
    // matched by name, so re-importing the same file changes nothing.
    [[nodiscard]] Result<TableImportReport> importCsv(
        const Actor &actor, const QString &path, const Progress &progress = {});
    [[nodiscard]] Result<TableImportReport> importCsv(
        const Actor &actor, const CsvTable &table, const Progress &progress = {});
    [[nodiscard]] Status exportCsv(const QString &path);
    [[nodiscard]] Result<CatalogItem> define(const Actor &actor, const CatalogItem &item);
    [[nodiscard]] Status retire(const Actor &actor, const QString &id);

    [[nodiscard]] QList<CatalogItem> all();
    [[nodiscard]] std::optional<CatalogItem> byId(const QString &id);
    [[nodiscard]] std::optional<CatalogItem> byName(const QString &name);
    // Items whose name contains the text or whose pinyin initials start with it.
    [[nodiscard]] QList<CatalogItem> find(const QString &text, int limit = 20);

private:
    [[nodiscard]] std::optional<QString> validate(const CatalogItem &item) const;
    Ledger &m_ledger;
};

} // namespace tz
