// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-cli enroll / sync: this ledger and a taizhang-server.
#include "cli.h"

#include "core/ledger/ledger.h"
#include "core/ledger/textindexbacklog.h"
#include "core/sync/syncclient.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>
#include <QTextStream>

namespace tz::cli {

int Cli::enroll(const Args &args)
{
    const QUrl server(args.value(QStringLiteral("server")));
    const QString label = args.value(QStringLiteral("label"), QSysInfo::machineHostName());
    if (!QFileInfo::exists(m_ledgerPath)) {
        // A new device: an empty ledger that the first sync fills with its scope.
        Workspace::InitOptions options;
        options.replica = true;
        options.deviceLabel = label;
        Result<std::unique_ptr<Workspace>> created = Workspace::init(m_ledgerPath, options);
        if (!created)
            return fail(created.error());
    }
    if (!openWorkspace())
        return 1;
    SyncClient client(m_workspace->ledger());
    if (Status enrolled = client.enroll(server, args.value(QStringLiteral("code")), label); !enrolled)
        return fail(enrolled.error());
    return done({{QStringLiteral("scope"), client.scope()},
                    {QStringLiteral("device"), m_workspace->ledger().device().id}},
        QCoreApplication::translate("tz::Cli", "Enrolled with %1 for unit %2.")
            .arg(server.toDisplayString(), client.scope()));
}

int Cli::sync(const Args &)
{
    if (!openWorkspace())
        return 1;
    SyncClient client(m_workspace->ledger());
    Result<SyncReport> report = client.sync();
    if (!report)
        return fail(report.error());
    // A first sync leaves its cases' text for the index to take in afterwards (search finds
    // them meanwhile); a command that ends leaves the ledger caught up.
    const qint64 waiting = TextIndexBacklog(m_workspace->ledger()).size();
    if (waiting > 0)
        QTextStream(stderr)
            << QCoreApplication::translate("tz::Cli", "Indexing %1 cases for search…").arg(waiting)
            << Qt::endl;
    while (TextIndexBacklog(m_workspace->ledger()).size() > 0) {
        if (Result<qint64> left = TextIndexBacklog(m_workspace->ledger()).index(4096); !left)
            return fail(left.error());
    }
    if (report->setAside > 0) {
        // Refused records stay here and never stop a sync; whoever runs it is told which and why.
        QTextStream err(stderr);
        err << QCoreApplication::translate("tz::Cli",
            "The server refused %n record(s); they were set aside on this computer and the rest was sent:",
            nullptr, report->setAside)
            << Qt::endl;
        const QList<SetAsideEvent> aside = client.setAside();
        for (qsizetype i = 0; i < std::min<qsizetype>(aside.size(), report->setAside); ++i)
            err << "  " << aside.at(i).eventType << ' ' << aside.at(i).aggregateId << ": "
                << aside.at(i).reasonText() << " (" << aside.at(i).detail.left(200) << ')' << Qt::endl;
    }
    return done(
        {{QStringLiteral("pushed"), report->pushed}, {QStringLiteral("pulled"), report->pulled},
            {QStringLiteral("indexed"), waiting}, {QStringLiteral("dropped"), report->dropped},
            {QStringLiteral("setAside"), report->setAside},
            {QStringLiteral("missing"), report->missing ? QJsonValue(*report->missing) : QJsonValue()},
            {QStringLiteral("filesSent"), report->filesSent},
            {QStringLiteral("filesFetched"), report->filesFetched},
            {QStringLiteral("requests"), report->requests}, {QStringLiteral("bytesSent"), report->bytesSent},
            {QStringLiteral("bytesReceived"), report->bytesReceived},
            {QStringLiteral("cursor"), report->cursor}},
        QCoreApplication::translate("tz::Cli", "Synced: %1 sent, %2 received in %3 request(s).")
            .arg(report->pushed)
            .arg(report->pulled)
            .arg(report->requests));
}

} // namespace tz::cli
