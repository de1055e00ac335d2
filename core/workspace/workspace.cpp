// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/workspace/workspace.h"

#include "core/auth/userprojection.h"
#include "core/auth/userservice.h"
#include "core/calendar/calendarprojection.h"
#include "core/calendar/calendarservice.h"
#include "core/cases/caseprojection.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogprojection.h"
#include "core/catalog/catalogservice.h"
#include "core/grids/gridprojection.h"
#include "core/grids/gridservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerchanges.h"
#include "core/org/orgprojection.h"
#include "core/org/orgservice.h"
#include "core/residents/residentprojection.h"
#include "core/residents/residentservice.h"
#include "core/search/searchservice.h"
#include "core/settings/settingprojection.h"
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tz {
namespace {

const QString kAdminLogin = QStringLiteral("admin");

} // namespace

Workspace::Workspace(std::unique_ptr<Ledger> ledger)
    : m_ledger(std::move(ledger))
{
    m_ledger->addProjection(std::make_unique<OrgUnitProjection>());
    m_ledger->addProjection(std::make_unique<DepartmentProjection>());
    m_ledger->addProjection(std::make_unique<GridProjection>());
    m_ledger->addProjection(std::make_unique<HouseholdProjection>());
    m_ledger->addProjection(std::make_unique<ResidentProjection>());
    m_ledger->addProjection(std::make_unique<CatalogProjection>());
    m_ledger->addProjection(std::make_unique<CalendarDayProjection>());
    m_ledger->addProjection(std::make_unique<SettingProjection>());
    m_ledger->addProjection(std::make_unique<UserProjection>());
    m_ledger->addProjection(std::make_unique<CaseProjection>());

    m_org = std::make_unique<OrgService>(*m_ledger);
    m_users = std::make_unique<UserService>(*m_ledger, *m_org);
    m_grids = std::make_unique<GridService>(*m_ledger, *m_org, *m_users);
    m_calendar = std::make_unique<CalendarService>(*m_ledger);
    m_settings = std::make_unique<Settings>(*m_ledger);
    m_catalog = std::make_unique<CatalogService>(*m_ledger);
    m_residents = std::make_unique<ResidentService>(*m_ledger);
    m_cases
        = std::make_unique<CaseService>(*m_ledger, *m_org, *m_calendar, *m_catalog, *m_residents, *m_users);
    m_search = std::make_unique<SearchService>(*m_ledger);
    m_changes = std::make_unique<LedgerChanges>(*m_ledger);
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::over(std::unique_ptr<Ledger> ledger)
{
    return std::unique_ptr<Workspace>(new Workspace(std::move(ledger)));
}

Result<std::unique_ptr<Workspace>> Workspace::init(const QString &path, const InitOptions &options)
{
    if (Status strong = UserService::checkPasswordStrength(options.adminPassword);
        !options.replica && !strong)
        return strong.error();
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        // A folder made for a ledger is its owner's alone (the file itself is made 0600).
        if (!QDir().mkpath(info.absolutePath())
            || !QFile::setPermissions(info.absolutePath(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return Error {ErrorKind::Io,
                QCoreApplication::translate("tz::Ledger", "Cannot create the folder %1.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())),
                {}};
    }
    Ledger::Options ledgerOptions;
    ledgerOptions.create = true;
    ledgerOptions.deviceLabel = options.deviceLabel;
    ledgerOptions.wallClock = options.wallClock;
    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(path, ledgerOptions);
    if (!ledger)
        return ledger.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(*ledger)));
    if (options.replica)
        return workspace;
    // The first administrator: the ledger's own bootstrap actor creates it.
    Actor bootstrap;
    bootstrap.userId = QStringLiteral("bootstrap");
    bootstrap.role = Role::Admin;
    NewUser admin {kAdminLogin, QCoreApplication::translate("tz::Users", "Ledger administrator"), Role::Admin,
        {}, {}, options.adminPassword};
    Result<User> created = workspace->users().create(bootstrap, admin);
    if (!created)
        return created.error();
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::open(
    const QString &path, HybridClock::WallClock wallClock, const Progress &progress)
{
    Ledger::Options options;
    options.wallClock = std::move(wallClock);
    options.progress = progress;
    Result<std::unique_ptr<Ledger>> ledger = Ledger::open(path, options);
    if (!ledger)
        return ledger.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*ledger)));
}

Actor Workspace::ledgerAdmin()
{
    if (const std::optional<User> admin = m_users->byLogin(kAdminLogin))
        return m_users->actorFor(*admin);
    Actor actor;
    actor.userId = QStringLiteral("bootstrap");
    actor.role = Role::Admin;
    return actor;
}

QString Workspace::defaultLedgerPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/taizhang") : dir)
        .filePath(QStringLiteral("ledger.taizhang"));
}

} // namespace tz
