// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/demo/demogenerator.h"

#include "core/auth/userservice.h"
#include "core/calendar/calendarservice.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/demo/democasesimulator.h"
#include "core/demo/demorecurring.h"
#include "core/demo/demotexts.h"
#include "core/grids/gridservice.h"
#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/residents/residentid.h"
#include "core/residents/residentservice.h"
#include "core/settings/settings.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>

namespace tz {
namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const QString kCounty = QStringLiteral("451202000000"); // 金城江区
const QString kDemoTownship = QStringLiteral("451202107000"); // 五圩镇

Result<CsvTable> resourceTable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Demo", "The built-in file %1 is missing.").arg(path), {}};
    return CsvReader::parse(file.readAll(), CsvReader::Encoding::Utf8);
}

template<typename T>
Status asStatus(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

Status firstRowError(const QList<RowError> &errors, const QString &what)
{
    if (errors.isEmpty())
        return {};
    return Error::invalid(QCoreApplication::translate("tz::Demo", "%1, line %2: %3")
                              .arg(what)
                              .arg(errors.first().line)
                              .arg(errors.first().reason));
}

} // namespace

DemoGenerator::DemoGenerator(Workspace &workspace, DemoOptions options)
    : m_workspace(workspace)
    , m_options(std::move(options))
{
}

QString DemoGenerator::demoPassword()
{
    return QStringLiteral("demo-2026");
}

Result<DemoReport> DemoGenerator::run(const Actor &admin)
{
    DemoReport report;
    QRandomGenerator random(m_options.seed);
    const qint64 endMs = m_options.endMs > 0 ? m_options.endMs : m_workspace.ledger().wallMs();
    const qint64 startMs = endMs - 730 * kDay;
    // Reference data and people exist before the first simulated case.
    m_workspace.ledger().setWallClock([startMs] { return startMs - kDay; });

    // Reference data: the real division tree, the holiday calendar, the default catalog.
    for (const auto &[path, what] :
        {std::pair {QStringLiteral(":/data/divisions/divisions-4512-hechi.csv"), 0},
            std::pair {QStringLiteral(":/data/calendar/holidays-cn-2025-2026.csv"), 1},
            std::pair {QStringLiteral(":/data/catalog/default-catalog.csv"), 2}}) {
        Result<CsvTable> table = resourceTable(path);
        if (!table)
            return table.error();
        if (what == 0) {
            Result<DivisionImportReport> r = m_workspace.org().importDivisions(admin, *table);
            if (!r)
                return r.error();
            if (Status bad = firstRowError(r->errors, path); !bad)
                return bad.error();
        } else if (what == 1) {
            Result<TableImportReport> r = m_workspace.calendar().importHolidays(admin, *table);
            if (!r)
                return r.error();
            if (Status bad = firstRowError(r->errors, path); !bad)
                return bad.error();
        } else {
            Result<TableImportReport> r = m_workspace.catalog().importCsv(admin, *table);
            if (!r)
                return r.error();
            if (Status bad = firstRowError(r->errors, path); !bad)
                return bad.error();
        }
    }
    const std::optional<OrgUnit> county = m_workspace.org().unit(kCounty);
    if (!county)
        return Error::notFound(
            QCoreApplication::translate("tz::Demo", "The demo county %1 is not in the division tree.")
                .arg(kCounty));

    for (const auto &[key, value] :
        {std::pair {SettingKey::CenterName, QVariant(QStringLiteral("五圩镇党群服务中心"))},
            std::pair {SettingKey::CenterPhone, QVariant(QStringLiteral("0778-2291234"))},
            std::pair {SettingKey::DemoLedger, QVariant(true)}}) {
        if (Status set = m_workspace.settings().setValue(admin, key, value); !set)
            return set.error();
    }

    // Townships, their departments and their people. The demo township comes first.
    DemoWorld world;
    QList<OrgUnit> townships = m_workspace.org().children(kCounty);
    std::stable_partition(
        townships.begin(), townships.end(), [](const OrgUnit &u) { return u.code == kDemoTownship; });
    const QString password = demoPassword();
    const auto makeUser = [&](const QString &login, const QString &name, Role role, const QString &org,
                              const QString &department) -> Result<Actor> {
        if (const std::optional<User> existing = m_workspace.users().byLogin(login))
            return m_workspace.users().actorFor(*existing);
        Result<User> user = m_workspace.users().create(admin, {login, name, role, org, department, password});
        if (!user)
            return user.error();
        return m_workspace.users().actorFor(*user);
    };
    const QStringList &departmentNames = demo::departmentsForTownship();
    const QStringList &surnames = demo::surnames();
    const QStringList &given = demo::givenNames();
    const auto personName = [&] {
        return surnames.at(random.bounded(int(surnames.size())))
            + given.at(random.bounded(int(given.size())));
    };
    int n = 0;
    for (const OrgUnit &unit : std::as_const(townships)) {
        DemoTownship township;
        township.code = unit.code;
        township.name = unit.name;
        for (const OrgUnit &village : m_workspace.org().children(unit.code)) {
            township.villages.append(village.code);
            world.villageNames.insert(village.code, village.name);
        }
        for (int d = 0; d < 4; ++d) {
            const QString name = departmentNames.at((n + d) % departmentNames.size());
            std::optional<Department> department = m_workspace.org().departmentByName(unit.code, name);
            if (!department) {
                Result<Department> added = m_workspace.org().addDepartment(admin, unit.code, name);
                if (!added)
                    return added.error();
                department = *added;
            }
            township.departmentIds.append(department->id);
        }
        const QString suffix = n == 0 ? QString() : QString::number(n);
        Result<Actor> clerk
            = makeUser(QStringLiteral("clerk") + suffix, personName(), Role::Clerk, unit.code, {});
        Result<Actor> handler
            = makeUser(QStringLiteral("handler") + suffix, personName(), Role::Handler, unit.code, {});
        Result<Actor> supervisor
            = makeUser(QStringLiteral("supervisor") + suffix, personName(), Role::Supervisor, unit.code, {});
        if (!clerk || !handler || !supervisor)
            return !clerk ? clerk.error() : (!handler ? handler.error() : supervisor.error());
        township.clerk = *clerk;
        township.handler = *handler;
        township.supervisor = *supervisor;
        world.townships.append(township);
        ++n;
    }
    Result<Actor> countyHandler
        = makeUser(QStringLiteral("county-handler"), personName(), Role::Handler, kCounty, {});
    Result<Actor> countySupervisor
        = makeUser(QStringLiteral("county-supervisor"), personName(), Role::Supervisor, kCounty, {});
    if (!countyHandler || !countySupervisor)
        return !countyHandler ? countyHandler.error() : countySupervisor.error();
    world.countyHandler = *countyHandler;
    world.countySupervisor = *countySupervisor;

    // The demo village: the counter clerk of the login screen works there, with grids and a grid worker.
    const QString demoVillage = world.townships.first().villages.value(0, kDemoTownship);
    Result<Actor> villageClerk
        = makeUser(QStringLiteral("counter"), personName(), Role::Clerk, demoVillage, {});
    Result<Actor> gridWorker
        = makeUser(QStringLiteral("grid"), personName(), Role::GridWorker, demoVillage, {});
    if (!villageClerk || !gridWorker)
        return !villageClerk ? villageClerk.error() : gridWorker.error();

    // Residents with valid ID numbers, spread over the county's villages, more in the demo township.
    const int residentCount = std::clamp(m_options.cases / 4, 200, 250000);
    QSet<QString> usedIds;
    QStringList allVillages;
    for (const DemoTownship &t : std::as_const(world.townships))
        allVillages += t.villages;
    Status residentsWritten = m_workspace.ledger().write(admin.userId, [&](LedgerTransaction &) {
        for (int i = 0; i < residentCount; ++i) {
            const QString village = i % 3 == 0 ? world.townships.first().villages.value(
                                        random.bounded(int(world.townships.first().villages.size())))
                                               : allVillages.at(random.bounded(int(allVillages.size())));
            QString idNumber;
            do {
                const QDate birth = QDate(1940, 1, 1).addDays(random.bounded(24000));
                const QString first17 = QStringLiteral("451202") + birth.toString(QStringLiteral("yyyyMMdd"))
                    + QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
                idNumber = first17 + ResidentId::checkDigit(first17);
            } while (usedIds.contains(idNumber));
            usedIds.insert(idNumber);
            ResidentInput input;
            input.name = personName();
            input.idNumber = idNumber;
            static const char *const kPrefixes[] = {"138", "139", "150", "151", "177", "180", "187", "199"};
            input.phone = QString::fromLatin1(kPrefixes[random.bounded(8)])
                + QStringLiteral("%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
            input.orgCode = village;
            input.address = world.villageNames.value(village)
                + demo::roadNames().at(random.bounded(int(demo::roadNames().size())))
                + QString::number(1 + random.bounded(120)) + QStringLiteral("号");
            if (random.bounded(20) == 0)
                input.tags = {ResidentService::careGroups().at(random.bounded(4))};
            Result<Resident> resident = m_workspace.residents().registerResident(admin, input);
            if (!resident)
                throw ErrorException(resident.error());
            world.residentsByVillage[village].append(resident->id);
            ++report.residents;
        }
    });
    if (!residentsWritten)
        return residentsWritten.error();

    // Grids of the demo village, with its grid worker, and households of its residents.
    const QList<QString> villagers = world.residentsByVillage.value(demoVillage);
    for (int g = 0; g < 4; ++g) {
        Result<Grid> grid = m_workspace.grids().createGrid(
            admin, demoVillage, {}, demo::gridNames().at(g % demo::gridNames().size()));
        if (!grid)
            return grid.error();
        if (Status s = m_workspace.grids().assignCaptain(admin, grid->id, gridWorker->userId); !s)
            return s.error();
        if (Status s = m_workspace.grids().addWorker(admin, grid->id, gridWorker->userId); !s)
            return s.error();
        for (int h = g; h < std::min<int>(villagers.size(), 40); h += 4) {
            const std::optional<Resident> head = m_workspace.residents().byId(villagers.at(h));
            Result<Household> household
                = m_workspace.grids().createHousehold(admin, grid->id, head->address, head->id);
            if (!household)
                return household.error();
            ResidentInput moved {head->name, head->idNumber, head->phone, head->address, head->orgCode,
                grid->id, household->id, head->tags};
            if (Result<Resident> updated = m_workspace.residents().update(admin, head->id, moved); !updated)
                return updated.error();
        }
    }

    // Cases, step by step through two years.
    QList<CatalogItem> catalog = m_workspace.catalog().all();
    world.catalog = &catalog;
    DemoCaseSimulator simulator(m_workspace, world, m_options.seed, startMs, endMs);
    Ledger &ledger = m_workspace.ledger();
    qint64 simulated = startMs;
    const auto setNow = [&](qint64 at) { simulated = std::max(simulated, at); };
    ledger.setWallClock([&simulated] { return simulated; });
    m_workspace.cases().setClock([&simulated] { return simulated; });
    simulator.run(m_options.cases, setNow, m_options.progress);
    // The recurring problems 举一反三 finds, each registered on its own day.
    qint64 seededAt = 0;
    ledger.setWallClock([&seededAt] { return seededAt; });
    m_workspace.cases().setClock([&seededAt] { return seededAt; });
    Result<int> recurring = DemoRecurring::seed(m_workspace, world, endMs, [&](qint64 at) { seededAt = at; });
    ledger.setWallClock({});
    m_workspace.cases().setClock({});

    if (!recurring)
        return recurring.error();
    report.cases = simulator.registered() + *recurring;
    report.refused = simulator.refused();
    report.refusals = simulator.refusals();
    report.events = ledger.eventCount();
    for (const QString &login : {QStringLiteral("counter"), QStringLiteral("grid"), QStringLiteral("clerk"),
             QStringLiteral("handler"), QStringLiteral("supervisor"), QStringLiteral("county-handler")})
        report.passwords.insert(login, password);
    return report;
}

} // namespace tz
