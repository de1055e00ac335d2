// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/ledger/hlc.h"

#include <QString>

#include <memory>

namespace tz {

class Ledger;
class LedgerChanges;
class OrgService;
class GridService;
class CalendarService;
class Settings;
class CatalogService;
class ResidentService;
class UserService;
class CaseService;
class SearchService;

// One open ledger with every projection registered and every service wired: what the desktop
// app, the CLI and the tests hold.
class Workspace
{
public:
    struct InitOptions
    {
        QString deviceLabel;
        QString adminPassword; // the ledger administrator's ("admin")
        // A ledger to be filled by sync from a server: no administrator of its own (the users,
        // the org tree and the catalog come with the first pull), so no password either.
        bool replica = false;
        HybridClock::WallClock wallClock;
    };

    // A new ledger file with its device identity and an administrator.
    static Result<std::unique_ptr<Workspace>> init(const QString &path, const InitOptions &options);
    // `progress` is told while an integrity check runs after an unclean close, and may stop it.
    static Result<std::unique_ptr<Workspace>> open(
        const QString &path, HybridClock::WallClock wallClock = {}, const Progress &progress = {});
    // Wires the services over an already open ledger (tests fold events into bare ledgers).
    static std::unique_ptr<Workspace> over(std::unique_ptr<Ledger> ledger);
    ~Workspace();

    Ledger &ledger() { return *m_ledger; }
    OrgService &org() { return *m_org; }
    GridService &grids() { return *m_grids; }
    CalendarService &calendar() { return *m_calendar; }
    // The ledger-wide settings (core/settings/settings.h).
    Settings &settings() { return *m_settings; }
    CatalogService &catalog() { return *m_catalog; }
    ResidentService &residents() { return *m_residents; }
    UserService &users() { return *m_users; }
    CaseService &cases() { return *m_cases; }
    SearchService &search() { return *m_search; }
    // "The ledger changed" (ledgerchanges.h): what every screen showing the ledger listens to.
    LedgerChanges &changes() { return *m_changes; }

    // The ledger administrator created at init: may do everything anywhere.
    [[nodiscard]] Actor ledgerAdmin();

    static QString defaultLedgerPath();

private:
    explicit Workspace(std::unique_ptr<Ledger> ledger);
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<OrgService> m_org;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<GridService> m_grids;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<ResidentService> m_residents;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<LedgerChanges> m_changes; // last: it leaves the ledger's connection first
};

} // namespace tz
