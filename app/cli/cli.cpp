// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "cli.h"

#include "core/auth/userservice.h"
#include "core/calendar/calendarservice.h"
#include "core/cases/caserecord.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/demo/demogenerator.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/org/orgservice.h"
#include "core/residents/masking.h"
#include "core/residents/residentid.h"
#include "core/residents/residentservice.h"
#include "core/search/searchservice.h"
#include "core/settings/settings.h"
#include "core/sync/syncclient.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

namespace tz::cli {
namespace {

const QSet<QString> kFlags {QStringLiteral("json"), QStringLiteral("resolve-now"), QStringLiteral("off"),
    QStringLiteral("help"), QStringLiteral("backfill")};

QJsonArray rowErrorsJson(const QList<RowError> &errors)
{
    QJsonArray array;
    for (const RowError &e : errors)
        array.append(QJsonObject {{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
    return array;
}

QString rowErrorsText(const QList<RowError> &errors)
{
    QStringList lines;
    for (const RowError &e : errors)
        lines.append(QCoreApplication::translate("tz::Cli", "line %1: %2").arg(e.line).arg(e.reason));
    return lines.join(QLatin1Char('\n'));
}

QString helpText()
{
    return QStringLiteral(
        "Usage: taizhang-cli [--ledger PATH] [--user LOGIN] [--json] COMMAND ...\n"
        "  init [--admin-password-file F] [--label TEXT]\n"
        "  import-divisions FILE | import-holidays FILE | import-catalog FILE | export-catalog FILE\n"
        "  import-cases FILE [--mapping JSON] [--unit CODE] [--rejects FILE]   an old 台账 (CSV, UTF-8 or\n"
        "        GB18030) as 补录 cases: all or nothing, or with --rejects the good rows and the rest to "
        "FILE\n"
        "  recurring [--org CODE] [--days N] [--min N]   groups of open and recent cases of one problem\n"
        "  user add --login L --name N --role clerk|grid-worker|handler|supervisor|admin --org CODE\n"
        "           [--department NAME] --password-file F\n"
        "  department add --org CODE --name NAME\n"
        "  resident add --name N [--id-number ID] [--phone P] [--address A] [--org CODE]\n"
        "  deadline set --handling fast|routed|joint --days N [--org CODE]   (no --org: the default)\n"
        "  setting set KEY VALUE   (center.name, center.phone)\n"
        "  case register --org CODE --handling immediate|fast|routed|joint --title TEXT [--catalog NAME]\n"
        "           [--description TEXT] [--resident-id ID] [--resident-name NAME] [--phone P]\n"
        "           [--channel counter|phone|wechat|visit|box|miniprogram|mailbox|meeting] [--at ISO-8601]\n"
        "           [--deadline-days N] [--resolve-now --result TEXT]\n"
        "  case dispatch NUMBER --org CODE [--department NAME] [--handler LOGIN] [--co ORG[:DEPARTMENT]]...\n"
        "  case accept|close|materials-received NUMBER\n"
        "  case return|escalate|reopen NUMBER --reason TEXT\n"
        "  case note NUMBER --text TEXT      case request-materials NUMBER --what TEXT\n"
        "  case resolve NUMBER --result TEXT case co-answer NUMBER --answer TEXT\n"
        "  case follow-up NUMBER --satisfaction satisfied|mostly|unsatisfied [--remark TEXT]\n"
        "  case supervise NUMBER [--off] [--note TEXT]\n"
        "  case show NUMBER\n"
        "  search QUERY\n"
        "  check-id ID\n"
        "  verify\n"
        "  demo [--cases N] [--seed N]\n"
        "  enroll --server URL --code CODE [--label TEXT]   (a new ledger path: made empty for the server to "
        "fill)\n"
        "  sync\n"
        "  report measures --from YYYY-MM-DD --to YYYY-MM-DD [--org CODE]   every published measure\n"
        "  report export --from YYYY-MM-DD --to YYYY-MM-DD [--org CODE] [--rules ID|default|none]\n"
        "        --xlsx FILE | --pdf FILE [--lang en]   the measures, units, 考评 and the cases behind them\n"
        "The ledger defaults to the per-user data folder; --user acts as that user (password from\n"
        "TAIZHANG_PASSWORD or the first line of --user-password-file FILE), otherwise as the ledger\n"
        "administrator; a ledger enrolled with a server always needs --user.\n");
}

// The first line of a file holding a password (for scripts: not on the command line, where
// every local user can read it). A file anyone else may read is refused.
Result<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Cli", "Cannot read the password file %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            {}};
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return Error::forbidden(QCoreApplication::translate(
            "tz::Cli", "The password file %1 can be read by other users: make it yours alone (chmod 600).")
                                    .arg(QDir::toNativeSeparators(path)));
    const QByteArray line = file.read(1024).split('\n').value(0);
    return QString::fromUtf8(line).remove(QLatin1Char('\r'));
}

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

Cli::~Cli() = default;

int Cli::run(const QStringList &arguments)
{
    const Args args(arguments, kFlags);
    if (!args.error().isEmpty())
        return usage(args.error());
    m_ledgerPath = args.value(QStringLiteral("ledger"), Workspace::defaultLedgerPath());
    m_user = args.value(QStringLiteral("user"));
    m_passwordFile = args.value(QStringLiteral("user-password-file"));
    m_json = args.has(QStringLiteral("json"));
    const QString command = args.positional(0);
    if (command.isEmpty() || args.has(QStringLiteral("help")) || command == QLatin1String("help")) {
        m_out << helpText();
        return command.isEmpty() && !args.has(QStringLiteral("help")) ? 2 : 0;
    }
    if (command == QLatin1String("check-id"))
        return checkId(args);
    if (command == QLatin1String("init"))
        return init(args);
    if (command == QLatin1String("enroll"))
        return enroll(args);
    if (command == QLatin1String("sync"))
        return sync(args);
    if (command == QLatin1String("demo") && !QFileInfo::exists(m_ledgerPath)) {
        // A demo ledger is made from nothing: its administrator shares the demo password.
        Workspace::InitOptions options;
        options.deviceLabel = QCoreApplication::translate("tz::Cli", "Demo counter");
        options.adminPassword = DemoGenerator::demoPassword();
        // The demo replays two years: its ledger is born before them, so every event's clock
        // reads the simulated time, not today.
        options.wallClock = [] { return QDateTime::currentMSecsSinceEpoch() - 731LL * 24 * 3600 * 1000; };
        Result<std::unique_ptr<Workspace>> created = Workspace::init(m_ledgerPath, options);
        if (!created)
            return fail(created.error());
    }
    if (!openWorkspace() || !resolveActor())
        return 1;
    if (command == QLatin1String("import-divisions"))
        return importDivisions(args);
    if (command == QLatin1String("import-holidays"))
        return importHolidays(args);
    if (command == QLatin1String("import-cases"))
        return importCases(args);
    if (command == QLatin1String("recurring"))
        return recurring(args);
    if (command == QLatin1String("import-catalog"))
        return importCatalog(args);
    if (command == QLatin1String("export-catalog"))
        return exportCatalog(args);
    if (command == QLatin1String("verify"))
        return verify(args);
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("user") && args.positional(1) == QLatin1String("add"))
        return userAdd(args);
    if (command == QLatin1String("department") && args.positional(1) == QLatin1String("add"))
        return departmentAdd(args);
    if (command == QLatin1String("resident") && args.positional(1) == QLatin1String("add"))
        return residentAdd(args);
    if (command == QLatin1String("case"))
        return caseCommand(args.positional(1), args);
    if (command == QLatin1String("report") && args.positional(1) == QLatin1String("measures"))
        return reportMeasures(args);
    if (command == QLatin1String("report") && args.positional(1) == QLatin1String("export"))
        return reportExport(args);
    if (command == QLatin1String("stress-register"))
        return stressRegister(args);
    if (command == QLatin1String("deadline") && args.positional(1) == QLatin1String("set"))
        return deadlineSet(args);
    if (command == QLatin1String("setting") && args.positional(1) == QLatin1String("set"))
        return settingSet(args);
    return usage(QCoreApplication::translate("tz::Cli", "Unknown command \"%1\".").arg(command));
}

bool Cli::openWorkspace()
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_ledgerPath);
    if (!opened) {
        fail(opened.error());
        return false;
    }
    m_workspace = std::move(*opened);
    return true;
}

bool Cli::resolveActor()
{
    if (m_user.isEmpty()) {
        // A ledger kept in sync with a server answers to the county's users and their rights: the
        // laptop's copy of the administrator is not anyone's to act as without signing in.
        if (SyncClient(m_workspace->ledger()).isEnrolled()) {
            fail(Error::forbidden(QCoreApplication::translate("tz::Cli",
                "This ledger is kept in sync with a server: sign in with --user LOGIN (the password in "
                "TAIZHANG_PASSWORD or in the file named by --user-password-file). Nothing was done.")));
            return false;
        }
        m_actor = m_workspace->ledgerAdmin();
        return true;
    }
    QString password = qEnvironmentVariable("TAIZHANG_PASSWORD");
    if (!m_passwordFile.isEmpty()) {
        Result<QString> read = readPasswordFile(m_passwordFile);
        if (!read) {
            fail(read.error());
            return false;
        }
        password = *read;
    }
    Result<Actor> actor = m_workspace->users().authenticate(m_user, password);
    if (!actor) {
        fail(actor.error());
        return false;
    }
    m_actor = *actor;
    return true;
}

int Cli::fail(const Error &error)
{
    m_err << QCoreApplication::translate("tz::Cli", "error: %1").arg(error.message);
    if (!error.field.isEmpty())
        m_err << " [" << error.field << "]";
    m_err << Qt::endl;
    return 1;
}

int Cli::usage(const QString &message)
{
    m_err << message << Qt::endl << helpText();
    return 2;
}

int Cli::done(const QJsonObject &json, const QString &human)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    else if (!human.isEmpty())
        m_out << human << Qt::endl;
    return 0;
}

int Cli::init(const Args &args)
{
    QString password;
    bool generated = false;
    if (args.has(QStringLiteral("admin-password-file"))) {
        QFile file(args.value(QStringLiteral("admin-password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail({ErrorKind::Io,
                QCoreApplication::translate("tz::Cli", "Cannot read %1.").arg(file.fileName()), {}});
        password = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
        for (int i = 0; i < 16; ++i)
            password
                += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)]);
        generated = true;
    }
    Workspace::InitOptions options;
    options.deviceLabel
        = args.value(QStringLiteral("label"), QCoreApplication::translate("tz::Cli", "Taizhang device"));
    options.adminPassword = password;
    Result<std::unique_ptr<Workspace>> created = Workspace::init(m_ledgerPath, options);
    if (!created)
        return fail(created.error());
    const DeviceIdentity &device = (*created)->ledger().device();
    QJsonObject json {{QStringLiteral("ledger"), m_ledgerPath}, {QStringLiteral("device"), device.id},
        {QStringLiteral("deviceCode"), device.code}, {QStringLiteral("admin"), QStringLiteral("admin")}};
    QString human = QCoreApplication::translate("tz::Cli", "Created ledger %1 (device %2).")
                        .arg(m_ledgerPath, device.code);
    if (generated) {
        json.insert(QStringLiteral("adminPassword"), password);
        human += QLatin1Char('\n')
            + QCoreApplication::translate("tz::Cli", "One-time administrator password for \"admin\": %1")
                  .arg(password);
    }
    return done(json, human);
}

int Cli::rejected(const QList<RowError> &errors)
{
    m_err << QCoreApplication::translate("tz::Cli", "Nothing was imported; fix these rows:") << Qt::endl
          << rowErrorsText(errors) << Qt::endl;
    if (m_json)
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("errors"), rowErrorsJson(errors)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    return 1;
}

int Cli::importDivisions(const Args &args)
{
    Result<DivisionImportReport> report = m_workspace->org().importDivisions(m_actor, args.positional(1));
    if (!report)
        return fail(report.error());
    if (!report->errors.isEmpty())
        return rejected(report->errors);
    const QJsonObject json {{QStringLiteral("city"), report->totals.value(OrgLevel::City)},
        {QStringLiteral("county"), report->totals.value(OrgLevel::County)},
        {QStringLiteral("township"), report->totals.value(OrgLevel::Township)},
        {QStringLiteral("village"), report->totals.value(OrgLevel::Village)}};
    return done(json,
        QCoreApplication::translate("tz::Cli",
            "Imported: %1 new, %2 renamed, %3 unchanged. The ledger holds %4 city, %5 counties, "
            "%6 townships, %7 villages.")
            .arg(report->created)
            .arg(report->renamed)
            .arg(report->unchanged)
            .arg(json.value(QLatin1String("city")).toInt())
            .arg(json.value(QLatin1String("county")).toInt())
            .arg(json.value(QLatin1String("township")).toInt())
            .arg(json.value(QLatin1String("village")).toInt()));
}

int Cli::importHolidays(const Args &args)
{
    Result<TableImportReport> report = m_workspace->calendar().importHolidays(m_actor, args.positional(1));
    if (!report)
        return fail(report.error());
    if (!report->errors.isEmpty())
        return rejected(report->errors);
    return done({{QStringLiteral("set"), report->changed}, {QStringLiteral("unchanged"), report->unchanged}},
        QCoreApplication::translate("tz::Cli", "Calendar: %1 days set, %2 unchanged.")
            .arg(report->changed)
            .arg(report->unchanged));
}

int Cli::importCatalog(const Args &args)
{
    Result<TableImportReport> report = m_workspace->catalog().importCsv(m_actor, args.positional(1));
    if (!report)
        return fail(report.error());
    if (!report->errors.isEmpty())
        return rejected(report->errors);
    return done(
        {{QStringLiteral("defined"), report->changed}, {QStringLiteral("unchanged"), report->unchanged}},
        QCoreApplication::translate("tz::Cli", "Catalog: %1 items defined, %2 unchanged.")
            .arg(report->changed)
            .arg(report->unchanged));
}

int Cli::exportCatalog(const Args &args)
{
    if (Status written = m_workspace->catalog().exportCsv(args.positional(1)); !written)
        return fail(written.error());
    return done({{QStringLiteral("file"), args.positional(1)}},
        QCoreApplication::translate("tz::Cli", "Catalog written to %1.").arg(args.positional(1)));
}

int Cli::verify(const Args &)
{
    Result<VerifyReport> report = LedgerVerifier(m_workspace->ledger()).verify();
    if (!report)
        return fail(report.error());
    const QJsonObject json {{QStringLiteral("ok"), report->ok}, {QStringLiteral("events"), report->events},
        {QStringLiteral("devices"), report->devices}, {QStringLiteral("aggregates"), report->aggregates},
        {QStringLiteral("integrity"), report->integrity},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}};
    QString human = report->ok ? QCoreApplication::translate("tz::Cli",
                        "Ledger verified: %1 events from %2 devices, chains intact, projections match.")
                                     .arg(report->events)
                                     .arg(report->devices)
                               : QCoreApplication::translate("tz::Cli", "Ledger verification FAILED:\n%1")
                                     .arg(report->problems.join(QLatin1Char('\n')));
    done(json, human);
    return report->ok ? 0 : 1;
}

int Cli::search(const Args &args)
{
    const QString query = args.positional().mid(1).join(QLatin1Char(' '));
    const QList<CaseHit> hits = m_workspace->search().searchCases(
        query, args.value(QStringLiteral("limit"), QStringLiteral("50")).toInt());
    QJsonArray array;
    QStringList lines;
    for (const CaseHit &hit : hits) {
        array.append(
            QJsonObject {{QStringLiteral("caseNumber"), hit.number}, {QStringLiteral("title"), hit.title},
                {QStringLiteral("resident"), masking::name(hit.residentName)}});
        lines.append(
            QStringLiteral("%1  %2  %3").arg(hit.number, hit.title, masking::name(hit.residentName)));
    }
    return done({{QStringLiteral("query"), query}, {QStringLiteral("count"), array.size()},
                    {QStringLiteral("cases"), array}},
        lines.isEmpty() ? QCoreApplication::translate("tz::Cli", "No case matches \"%1\".").arg(query)
                        : lines.join(QLatin1Char('\n')));
}

int Cli::checkId(const Args &args)
{
    Result<ResidentId> id = ResidentId::parse(args.positional(1));
    if (!id) {
        if (m_json)
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("valid"), false},
                                       {QStringLiteral("reason"), id.error().message}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        m_err << id.error().message << Qt::endl;
        return 1;
    }
    return done({{QStringLiteral("valid"), true},
                    {QStringLiteral("birthDate"), id->birthDate().toString(Qt::ISODate)},
                    {QStringLiteral("sex"), id->isMale() ? QStringLiteral("male") : QStringLiteral("female")},
                    {QStringLiteral("region"), id->regionCode()}},
        QCoreApplication::translate("tz::Cli", "Valid ID number (born %1).")
            .arg(id->birthDate().toString(Qt::ISODate)));
}

int Cli::demo(const Args &args)
{
    DemoOptions options;
    options.cases = args.value(QStringLiteral("cases"), QStringLiteral("2000")).toInt();
    options.seed = args.value(QStringLiteral("seed"), QStringLiteral("20260109")).toUInt();
    options.progress = [this](int done, int total) {
        if (!m_json && total > 0 && (done % 10000 == 0 || done == total))
            m_err << QCoreApplication::translate("tz::Cli", "demo: %1 of %2 cases").arg(done).arg(total)
                  << Qt::endl;
    };
    DemoGenerator generator(*m_workspace, options);
    Result<DemoReport> report = generator.run(m_actor);
    if (!report)
        return fail(report.error());
    QJsonObject users;
    for (auto it = report->passwords.cbegin(); it != report->passwords.cend(); ++it)
        users.insert(it.key(), it.value());
    if (report->refused > 0) {
        m_err << QCoreApplication::translate("tz::Cli", "demo: %1 steps were refused by the services:")
                     .arg(report->refused)
              << Qt::endl
              << report->refusals.join(QLatin1Char('\n')) << Qt::endl;
    }
    return done({{QStringLiteral("cases"), report->cases}, {QStringLiteral("residents"), report->residents},
                    {QStringLiteral("events"), report->events}, {QStringLiteral("users"), users}},
        QCoreApplication::translate("tz::Cli", "Demo ledger: %1 cases, %2 residents, %3 events.")
            .arg(report->cases)
            .arg(report->residents)
            .arg(report->events));
}

int Cli::userAdd(const Args &args)
{
    const std::optional<Role> role = role::parse(args.value(QStringLiteral("role")));
    if (!role)
        return usage(QCoreApplication::translate(
            "tz::Cli", "--role must be clerk, grid-worker, handler, supervisor or admin."));
    QFile file(args.value(QStringLiteral("password-file")));
    if (!file.open(QIODevice::ReadOnly))
        return fail({ErrorKind::Io,
            QCoreApplication::translate("tz::Cli", "Cannot read the password file \"%1\".")
                .arg(file.fileName()),
            {}});
    NewUser input;
    input.login = args.value(QStringLiteral("login"));
    input.displayName = args.value(QStringLiteral("name"));
    input.role = *role;
    input.orgCode = args.value(QStringLiteral("org"));
    input.password = QString::fromUtf8(file.readAll()).trimmed();
    if (args.has(QStringLiteral("department"))) {
        const std::optional<Department> department
            = m_workspace->org().departmentByName(input.orgCode, args.value(QStringLiteral("department")));
        if (!department)
            return fail(
                Error::notFound(QCoreApplication::translate("tz::Cli", "No department named %1 at %2.")
                                    .arg(args.value(QStringLiteral("department")), input.orgCode)));
        input.departmentId = department->id;
    }
    Result<User> user = m_workspace->users().create(m_actor, input);
    if (!user)
        return fail(user.error());
    return done({{QStringLiteral("id"), user->id}, {QStringLiteral("login"), user->login}},
        QCoreApplication::translate("tz::Cli", "User %1 created.").arg(user->login));
}

int Cli::departmentAdd(const Args &args)
{
    Result<Department> department = m_workspace->org().addDepartment(
        m_actor, args.value(QStringLiteral("org")), args.value(QStringLiteral("name")));
    if (!department)
        return fail(department.error());
    return done({{QStringLiteral("id"), department->id}, {QStringLiteral("name"), department->name}},
        QCoreApplication::translate("tz::Cli", "Department %1 added.").arg(department->name));
}

int Cli::residentAdd(const Args &args)
{
    ResidentInput input;
    input.name = args.value(QStringLiteral("name"));
    input.idNumber = args.value(QStringLiteral("id-number"));
    input.phone = args.value(QStringLiteral("phone"));
    input.address = args.value(QStringLiteral("address"));
    input.orgCode = args.value(QStringLiteral("org"));
    Result<Resident> resident = m_workspace->residents().registerResident(m_actor, input);
    if (!resident)
        return fail(resident.error());
    return done({{QStringLiteral("id"), resident->id}, {QStringLiteral("name"), resident->name}},
        QCoreApplication::translate("tz::Cli", "Resident %1 registered.").arg(resident->name));
}

int Cli::stressRegister(const Args &args)
{
    // For the crash test: registers cases one by one and prints each number only after its
    // transaction has committed, so every printed number must survive a kill -9.
    const int count = args.value(QStringLiteral("count"), QStringLiteral("1000000")).toInt();
    const QString org = args.value(QStringLiteral("org"));
    for (int i = 0; i < count; ++i) {
        RegisterCaseInput input;
        input.orgCode = org;
        input.handling = i % 4 == 0 ? Handling::Immediate : Handling::Fast;
        input.resolveNow = input.handling == Handling::Immediate;
        input.resolution = QStringLiteral("当场办结");
        input.title = QStringLiteral("压力测试诉求 %1").arg(i);
        Result<CaseRecord> record = m_workspace->cases().registerCase(m_actor, input);
        if (!record)
            return fail(record.error());
        std::fputs(record->number.toUtf8().append('\n').constData(), stdout);
        std::fflush(stdout);
    }
    return 0;
}

int Cli::deadlineSet(const Args &args)
{
    const std::optional<Handling> handling = handling::parse(args.value(QStringLiteral("handling")));
    bool ok = false;
    const int days = args.value(QStringLiteral("days")).toInt(&ok);
    if (!handling || !ok)
        return usage(QCoreApplication::translate("tz::Cli", "deadline set needs --handling and --days."));
    const QString org = args.value(QStringLiteral("org"));
    if (Status set = m_workspace->calendar().setDeadlineDays(m_actor, org, *handling, days); !set)
        return fail(set.error());
    return done({{QStringLiteral("org"), org}, {QStringLiteral("handling"), handling::key(*handling)},
                    {QStringLiteral("days"), days}},
        QCoreApplication::translate("tz::Cli", "Deadline set: %1 working days.").arg(days));
}

int Cli::settingSet(const Args &args)
{
    const QString key = args.positional(2);
    const QString value = args.positional(3);
    if (Status set = m_workspace->settings().setText(m_actor, key, value); !set)
        return fail(set.error());
    return done({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
        QCoreApplication::translate("tz::Cli", "Setting %1 saved.").arg(key));
}

} // namespace tz::cli
