// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/templedger.h"

#include "support/catchqt.h"

#include "core/auth/userservice.h"
#include "core/calendar/calendarservice.h"
#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/io/csvreader.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"

#include <QFile>
#include <QTimeZone>

#include <stdexcept>

namespace tz::test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(TZ_SOURCE_DIR "/") + relative;
}

QByteArray smallDivisionsCsv()
{
    return QByteArrayLiteral("code,name,level,parent_code\n"
                             "451200000000,河池市,city,450000000000\n"
                             "451202000000,金城江区,county,451200000000\n"
                             "451202107000,五圩镇,township,451202000000\n"
                             "451202107001,五圩社区居民委员会,village,451202107000\n"
                             "451202107201,三境村民委员会,village,451202107000\n"
                             "451202101000,东江镇,township,451202000000\n"
                             "451202101001,东江社区居民委员会,village,451202101000\n"
                             "451202101200,八达村,village,451202101000\n"
                             "451203000000,宜州区,county,451200000000\n"
                             "451203001000,庆远镇,township,451203000000\n"
                             "451203001001,城东社区,village,451203001000\n");
}

TempLedger::TempLedger(Data data, const QString &name)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary directory");
    m_path = m_dir.filePath(name);
    m_now = businesstime::parseIso(QStringLiteral("2026-01-05T09:00:00"), nullptr);
    Workspace::InitOptions options;
    options.deviceLabel = QStringLiteral("test device");
    options.adminPassword = QStringLiteral("admin-password");
    options.wallClock = [this] { return m_now; };
    Result<std::unique_ptr<Workspace>> created = Workspace::init(m_path, options);
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    m_workspace = std::move(*created);
    wireClock();
    if (data == Data::None)
        return;
    const Actor root = admin();
    Result<CsvTable> divisions = CsvReader::parse(smallDivisionsCsv(), CsvReader::Encoding::Utf8);
    Result<DivisionImportReport> org = m_workspace->org().importDivisions(root, *divisions);
    Result<TableImportReport> holidays = m_workspace->calendar().importHolidays(
        root, sourcePath(QStringLiteral("resources/calendar/holidays-cn-2025-2026.csv")));
    Result<TableImportReport> catalog = m_workspace->catalog().importCsv(
        root, sourcePath(QStringLiteral("resources/catalog/default-catalog.csv")));
    if (!org || !org->errors.isEmpty() || !holidays || !holidays->errors.isEmpty() || !catalog
        || !catalog->errors.isEmpty())
        throw std::runtime_error("reference data did not import");
}

TempLedger::~TempLedger() = default;

void TempLedger::wireClock()
{
    m_workspace->ledger().setWallClock([this] { return m_now; });
    m_workspace->cases().setClock([this] { return m_now; });
}

Actor TempLedger::user(Role role, const QString &orgCode, const QString &login, const QString &departmentId)
{
    if (const std::optional<User> existing = m_workspace->users().byLogin(login))
        return m_workspace->users().actorFor(*existing);
    Result<User> created = m_workspace->users().create(
        admin(), {login, login, role, orgCode, departmentId, QStringLiteral("password-1")});
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    return m_workspace->users().actorFor(*created);
}

void TempLedger::setNow(const QDateTime &chinaTime)
{
    m_now = chinaTime.toMSecsSinceEpoch();
}

void TempLedger::setNow(const QString &isoChinaTime)
{
    bool ok = false;
    m_now = businesstime::parseIso(isoChinaTime, &ok);
    if (!ok)
        throw std::runtime_error("bad time in test");
}

void TempLedger::reopen()
{
    m_workspace.reset();
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_path, [this] { return m_now; });
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_workspace = std::move(*opened);
    wireClock();
}

QString registerAt(TempLedger &t, const QString &org, Handling handling, const QString &title)
{
    RegisterCaseInput input;
    input.orgCode = org;
    input.handling = handling;
    input.title = title;
    Result<CaseRecord> c = t.ws().cases().registerCase(t.admin(), input);
    REQUIRE(c.ok());
    return c->number;
}

void resolveAt(TempLedger &t, const QString &number, const QString &org)
{
    DispatchInput to;
    to.lead.orgCode = org;
    REQUIRE(t.ws().cases().dispatch(t.admin(), number, to).ok());
    REQUIRE(t.ws().cases().accept(t.admin(), number).ok());
    REQUIRE(t.ws().cases().resolve(t.admin(), number, QStringLiteral("已修好")).ok());
}

} // namespace tz::test
