// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// SnapshotAdoption: an empty ledger takes a copy of another ledger of the same schema (what
// taizhang-server builds for a new device), keeping its own identity, by putting the copy's file
// in its place or, while another connection reads it, by copying the tables in.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"
#include "core/ledger/snapshotadoption.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textindexbacklog.h"
#include "core/search/searchservice.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace tz;
using tz::test::TempLedger;

namespace {

QStringList caseRows(SqlDatabase &db)
{
    QStringList rows;
    SqlStatement all = db.prepare("SELECT number, state, title, description FROM cases ORDER BY number");
    while (all.next())
        rows.append(all.text(0) + all.text(1) + all.text(2) + all.text(3));
    return rows;
}

} // namespace

TEST_CASE("an empty ledger takes a copy of another's tables and stays itself", "[ledger][sync]")
{
    TempLedger source;
    const Actor admin = source.admin();
    for (int i = 0; i < 5; ++i) {
        RegisterCaseInput input;
        input.orgCode = QStringLiteral("451202107001");
        input.handling = Handling::Fast;
        input.title = QStringLiteral("井盖缺失第%1处").arg(i);
        REQUIRE(source.ws().cases().registerCase(admin, input).ok());
    }
    const QStringList expected = caseRows(source.ws().ledger().db());
    const qint64 events = source.ws().ledger().eventCount();
    const QString sourcePath = source.path();
    const QString sourceDevice = source.ws().ledger().device().id;
    source.close(); // the copy is a whole file, as the server stores it

    const bool anotherReader = GENERATE(false, true);
    INFO((anotherReader ? "while another connection reads" : "alone"));
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy.taizhang"));
    REQUIRE(QFile::copy(sourcePath, copy));
    // Downloaded under the usual umask: readable by every local user.
    REQUIRE(QFile::setPermissions(copy,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Workspace::InitOptions replica;
    replica.replica = true;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("device.taizhang"));
    std::unique_ptr<Workspace> device = std::move(*Workspace::init(path, replica));
    Ledger &ledger = device->ledger();
    const QString deviceId = ledger.device().id;
    REQUIRE(deviceId != sourceDevice);
    std::unique_ptr<SqlDatabase> reader = anotherReader ? Ledger::openReader(path) : nullptr;
    if (reader)
        CHECK(reader->scalar("SELECT COUNT(*) FROM cases") == 0);

    const Status adopted = SnapshotAdoption(ledger).adopt(
        copy, [](SqlDatabase &db) { syncstate::set(db, "cursor", QStringLiteral("42")); });
    REQUIRE(adopted.ok());
    CHECK(caseRows(ledger.db()) == expected);
    CHECK(ledger.eventCount() == events);
    CHECK(ledger.device().id == deviceId);
    CHECK(ledger.db().scalarText("SELECT value FROM meta WHERE key = 'device_id'") == deviceId);
    CHECK(syncstate::get(ledger.db(), "cursor") == QStringLiteral("42"));
    // Put in place (the copy's file is gone) only when nobody else had the file open.
    CHECK(QFile::exists(copy) == anotherReader);
    // Whichever way it went in, the ledger (with the device's secret) is its owner's alone.
    CHECK(QFileInfo(path).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));
    CHECK(TextIndexBacklog(ledger).size() == expected.size());
    CHECK(device->search().searchCases(QStringLiteral("第3处"), 10).size() == 1);
    const Result<VerifyReport> verified = LedgerVerifier(ledger).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok);

    // The device goes on with events of its own, numbered from its own start.
    device.reset();
    reader.reset();
    device = std::move(*Workspace::open(path));
    CHECK(caseRows(device->ledger().db()) == expected);
    CHECK(device->ledger().device().id == deviceId);
}
