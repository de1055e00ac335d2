// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/io/rowerror.h"
#include "core/org/orglevel.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tz {

class Ledger;
struct CsvTable;

struct OrgUnit
{
    QString code;
    QString name;
    OrgLevel level = OrgLevel::Village;
    QString parentCode;
};

struct Department
{
    QString id;
    QString orgCode;
    QString name;
    bool active = true;
};

struct DivisionImportReport
{
    int created = 0;
    int renamed = 0;
    int unchanged = 0;
    QList<RowError> errors; // when not empty, nothing was imported
    QMap<OrgLevel, int> totals; // what the ledger holds after the import
};

// The org tree (市/县/乡/村 by division code) and the departments attached to its units.
class OrgService
{
public:
    explicit OrgService(Ledger &ledger);

    // Validates every row first; imports all or nothing. Re-importing the same file changes
    // nothing; a changed name becomes an OrgUnitRenamed event.
    [[nodiscard]] Result<DivisionImportReport> importDivisions(
        const Actor &actor, const QString &path, const Progress &progress = {});
    [[nodiscard]] Result<DivisionImportReport> importDivisions(
        const Actor &actor, const CsvTable &table, const Progress &progress = {});

    [[nodiscard]] std::optional<OrgUnit> unit(const QString &code);
    [[nodiscard]] QList<OrgUnit> children(const QString &parentCode);
    [[nodiscard]] QList<OrgUnit> roots();
    [[nodiscard]] QList<OrgUnit> ancestry(const QString &code); // root first, the unit last
    [[nodiscard]] QList<OrgUnit> unitsAtLevel(OrgLevel level);
    [[nodiscard]] QMap<OrgLevel, int> countByLevel();
    // "河池市 / 都安瑶族自治县 / 安阳镇" style path.
    [[nodiscard]] QString pathName(const QString &code);

    [[nodiscard]] Result<Department> addDepartment(
        const Actor &actor, const QString &orgCode, const QString &name);
    [[nodiscard]] Status renameDepartment(const Actor &actor, const QString &id, const QString &name);
    [[nodiscard]] Status retireDepartment(const Actor &actor, const QString &id);
    [[nodiscard]] QList<Department> departments(const QString &orgCode);
    [[nodiscard]] std::optional<Department> department(const QString &id);
    [[nodiscard]] std::optional<Department> departmentByName(const QString &orgCode, const QString &name);

private:
    Ledger &m_ledger;
};

} // namespace tz
