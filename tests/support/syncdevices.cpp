// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/syncdevices.h"

#include "support/catchqt.h"
#include "support/testserver.h"

#include "core/auth/userservice.h"
#include "core/cases/caserecord.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"

#include <QDateTime>

namespace tz::test {

Device::Device(const TestServer &server, const QString &unit, const QUrl &via, qint64 clockOffsetMs)
{
    Workspace::InitOptions options;
    if (clockOffsetMs != 0)
        options.wallClock = [clockOffsetMs] { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; };
    options.replica = true;
    options.deviceLabel = QStringLiteral("laptop at %1").arg(unit);
    Result<std::unique_ptr<Workspace>> created
        = Workspace::init(dir.filePath(QStringLiteral("device.taizhang")), options);
    REQUIRE(created.ok());
    ws = std::move(*created);
    client = std::make_unique<SyncClient>(ws->ledger());
    client->setTimeoutMs(15000);
    const Status enrolled = client->enroll(
        via.isEmpty() ? server.url() : via, server.enrollmentCode(unit), options.deviceLabel);
    INFO((enrolled ? QString() : enrolled.error().message).toStdString());
    REQUIRE(enrolled.ok());
}

SyncReport Device::sync()
{
    Result<SyncReport> report = client->sync();
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}

Actor Device::actor(const QString &login)
{
    const std::optional<User> user = ws->users().byLogin(login);
    REQUIRE(user.has_value());
    return ws->users().actorFor(*user);
}

std::optional<CaseRecord> Device::find(const QString &number)
{
    return ws->cases().byNumber(number);
}

CaseRecord sentByTownship(Device &township, const QString &title, const QString &unit)
{
    RegisterCaseInput input;
    input.orgCode = kTownship;
    input.handling = Handling::Routed;
    input.title = title;
    const Actor clerk = township.actor(QStringLiteral("township-clerk"));
    Result<CaseRecord> registered = township.ws->cases().registerCase(clerk, input);
    REQUIRE(registered.ok());
    DispatchInput to;
    to.lead.orgCode = unit;
    REQUIRE(township.ws->cases().dispatch(clerk, registered->number, to).ok());
    township.sync();
    return *registered;
}

Origin::Origin(const TestServer &server)
{
    t.user(Role::Clerk, kVillage, QStringLiteral("clerk"));
    t.user(Role::Supervisor, kVillage, QStringLiteral("secretary"));
    t.user(Role::Handler, kTownship, QStringLiteral("township"));
    t.user(Role::Handler, kCounty, QStringLiteral("county"));
    t.user(Role::Clerk, kTownship, QStringLiteral("township-clerk"));
    t.user(Role::Handler, kVillage, QStringLiteral("village-handler"));
    client = std::make_unique<SyncClient>(t.ws().ledger());
    REQUIRE(client->enroll(server.url(), server.enrollmentCode(kCity), QStringLiteral("admin desk")).ok());
    Result<SyncReport> first = client->sync();
    INFO((first ? QString() : first.error().message).toStdString());
    REQUIRE(first.ok());
    CHECK(first->pushed == t.ws().ledger().eventCount());
}

} // namespace tz::test
