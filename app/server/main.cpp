// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-server: the sync server a county runs. Serving:
//   taizhang-server --db sqlite:PATH --listen 127.0.0.1:PORT
// Administration, against the same database:
//   taizhang-server admin enroll --db sqlite:PATH --unit CODE [--hours N]   prints a one-time code
//       (and builds the unit's starting copy first when it has none from the last 24 hours)
//   taizhang-server admin snapshot --db sqlite:PATH --unit CODE   builds the unit's starting copy
//   taizhang-server admin revoke --db sqlite:PATH --device ID
//   taizhang-server admin rotate --db sqlite:PATH (--device ID | --all)   ends access tokens now
//   taizhang-server admin devices --db sqlite:PATH     id, scope, events stored, state, label
// --db also takes postgresql://user[:password]@host[:port]/dbname. While serving, the starting
// copies of units that changed are rebuilt once they are a day old (--rebuild-every, --copy-age).
// Connections are bounded: --header-seconds, --request-seconds, --idle-seconds, --max-connections,
// --max-connections-per-address, --max-buffered-mib (see ConnectionLimits for the defaults).
#include "scopefiling.h"
#include "serverstores.h"
#include "snapshotbuilder.h"
#include "snapshotscheduler.h"
#include "syncserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "taizhang-server: " << message << Qt::endl;
    return 1;
}

constexpr qint64 kSnapshotFreshMs = 24 * 3600 * 1000;

// Builds the unit's starting copy and says what it made on stderr (stdout carries answers).
tz::Status buildSnapshot(tz::server::ServerStores &stores, const QString &unit)
{
    QElapsedTimer took;
    took.start();
    qint64 events = 0;
    tz::Result<tz::server::SnapshotInfo> built
        = tz::server::SnapshotBuilder(stores.events(), stores.snapshots()).build(unit, [&events](qint64 n) {
              events = n;
          });
    if (!built)
        return built.error();
    QTextStream(stderr) << "taizhang-server: starting copy " << built->id << " of " << unit << ": " << events
                        << " events, " << built->size / 1024 << " KiB in " << built->chunks << " chunk(s), "
                        << took.elapsed() << " ms" << Qt::endl;
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("taizhang-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAIZHANG_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Taizhang sync server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("Store: sqlite:PATH or postgresql://user@host:port/dbname"), QStringLiteral("spec"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port to serve on (port 0: any free one)"), QStringLiteral("host:port"),
        QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption unit(QStringLiteral("unit"),
        QStringLiteral("admin enroll, admin snapshot: the org unit code"), QStringLiteral("code"));
    const QCommandLineOption hours(QStringLiteral("hours"),
        QStringLiteral("admin enroll: hours the code stays valid"), QStringLiteral("n"),
        QStringLiteral("24"));
    const QCommandLineOption count(QStringLiteral("count"),
        QStringLiteral("admin enroll: how many codes to print, one per line"), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption device(QStringLiteral("device"),
        QStringLiteral("admin revoke, admin rotate: the device id"), QStringLiteral("id"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("admin rotate: every device"));
    const QCommandLineOption tokenSeconds(QStringLiteral("token-seconds"),
        QStringLiteral("Seconds an access token lives (a device then shows its secret again)"),
        QStringLiteral("n"), QStringLiteral("3600"));
    const QCommandLineOption rebuildEvery(QStringLiteral("rebuild-every"),
        QStringLiteral("Seconds between looks for starting copies to rebuild (0: never; default 3600 "
                       "on PostgreSQL, 0 on SQLite, whose file keeps one writer)"),
        QStringLiteral("n"));
    const QCommandLineOption copyAge(QStringLiteral("copy-age"),
        QStringLiteral("Seconds after which a unit's starting copy is rebuilt, if its unit has changed"),
        QStringLiteral("n"), QStringLiteral("86400"));
    // What connections may hold of the server (see ConnectionLimits).
    const tz::server::ConnectionLimits defaults;
    const QCommandLineOption headSeconds(QStringLiteral("header-seconds"),
        QStringLiteral("Seconds a request may take to send its headers"), QStringLiteral("n"),
        QString::number(defaults.headMs / 1000));
    const QCommandLineOption requestSeconds(QStringLiteral("request-seconds"),
        QStringLiteral("Seconds a request may take, headers and body"), QStringLiteral("n"),
        QString::number(defaults.requestMs / 1000));
    const QCommandLineOption idleSeconds(QStringLiteral("idle-seconds"),
        QStringLiteral("Seconds a connection may stay silent, between requests or within one"),
        QStringLiteral("n"), QString::number(defaults.idleMs / 1000));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
        QStringLiteral("Connections open at once"), QStringLiteral("n"),
        QString::number(defaults.maxConnections));
    const QCommandLineOption maxPerAddress(QStringLiteral("max-connections-per-address"),
        QStringLiteral("Connections open at once from one address"), QStringLiteral("n"),
        QString::number(defaults.maxPerAddress));
    const QCommandLineOption maxBuffered(QStringLiteral("max-buffered-mib"),
        QStringLiteral("MiB of request bodies being received at once (half of it per address)"),
        QStringLiteral("n"), QString::number(defaults.maxBuffered / (1024 * 1024)));
    parser.addOptions({db, listen, unit, hours, count, device, all, tokenSeconds, rebuildEvery, copyAge,
        headSeconds, requestSeconds, idleSeconds, maxConnections, maxPerAddress, maxBuffered});
    parser.addPositionalArgument(QStringLiteral("admin"),
        QStringLiteral("admin enroll | admin snapshot | admin revoke | admin rotate | admin devices"));
    parser.process(app);
    if (!parser.isSet(db))
        return fail(QStringLiteral("--db sqlite:PATH is required"));
    tz::Result<std::unique_ptr<tz::server::ServerStores>> stores
        = tz::server::ServerStores::open(parser.value(db));
    if (!stores)
        return fail(stores.error().message);

    const QStringList command = parser.positionalArguments();
    if (!command.isEmpty()) {
        if (command.value(0) != QLatin1String("admin") || command.size() != 2)
            return fail(QStringLiteral("unknown command; see --help"));
        if (command.at(1) == QLatin1String("snapshot")) {
            if (tz::Status built = buildSnapshot(**stores, parser.value(unit)); !built)
                return fail(built.error().message);
            return 0;
        }
        if (command.at(1) == QLatin1String("enroll")) {
            if (tz::server::scopesOf(parser.value(unit)).isEmpty())
                return fail(QStringLiteral("--unit takes a 12-digit division code"));
            // The new device will start from a copy of its unit's ledger: a recent one.
            tz::Result<std::optional<tz::server::SnapshotInfo>> latest
                = (*stores)->snapshots().latestSnapshot(parser.value(unit));
            if (!latest)
                return fail(latest.error().message);
            if (!*latest || QDateTime::currentMSecsSinceEpoch() - (*latest)->createdMs > kSnapshotFreshMs) {
                if (tz::Status built = buildSnapshot(**stores, parser.value(unit)); !built)
                    return fail(built.error().message);
            }
            const int codes = parser.value(count).toInt();
            if (codes < 1 || codes > 10000)
                return fail(QStringLiteral("--count takes 1 to 10000"));
            for (int i = 0; i < codes; ++i) {
                tz::Result<QString> code = (*stores)->devices().createEnrollment(
                    parser.value(unit), parser.value(hours).toLongLong() * 3600 * 1000);
                if (!code)
                    return fail(code.error().message);
                QTextStream(stdout) << *code << Qt::endl;
            }
            return 0;
        }
        if (command.at(1) == QLatin1String("devices")) {
            QTextStream out(stdout);
            for (const tz::server::DeviceSummary &d : (*stores)->devices().list())
                out << d.id << '\t' << d.scope << '\t' << d.events << '\t'
                    << (d.revoked ? "revoked" : "active") << '\t' << d.label << Qt::endl;
            return 0;
        }
        if (command.at(1) == QLatin1String("revoke")) {
            if (tz::Status done = (*stores)->devices().revoke(parser.value(device)); !done)
                return fail(done.error().message);
            return 0;
        }
        if (command.at(1) == QLatin1String("rotate")) {
            // Ends access tokens now: each device shows its secret again, which rotates it.
            if (parser.isSet(all) == parser.isSet(device))
                return fail(QStringLiteral("admin rotate takes --device ID or --all"));
            tz::Result<int> ended
                = (*stores)->devices().rotate(parser.isSet(all) ? QString() : parser.value(device));
            if (!ended)
                return fail(ended.error().message);
            QTextStream(stdout) << *ended << " access token(s) ended" << Qt::endl;
            return 0;
        }
        return fail(QStringLiteral("unknown admin command; see --help"));
    }

    const QString where = parser.value(listen);
    const int colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = where.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(where.left(colon));
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8470"));
    bool secondsOk = false;
    const int seconds = parser.value(tokenSeconds).toInt(&secondsOk);
    if (!secondsOk || seconds < 1 || seconds > 24 * 3600)
        return fail(QStringLiteral("--token-seconds takes 1 to 86400"));
    (*stores)->devices().setAccessLifetime(qint64(seconds) * 1000);
    tz::server::ConnectionLimits limits;
    const auto number = [&parser](const QCommandLineOption &option, int most) {
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        return ok && n >= 1 && n <= most ? n : 0;
    };
    limits.headMs = number(headSeconds, 3600) * 1000;
    limits.requestMs = number(requestSeconds, 24 * 3600) * 1000;
    limits.idleMs = number(idleSeconds, 3600) * 1000;
    limits.maxConnections = number(maxConnections, 1000000);
    limits.maxPerAddress = number(maxPerAddress, 1000000);
    limits.maxBuffered = qint64(number(maxBuffered, 1024 * 1024)) * 1024 * 1024;
    if (limits.headMs == 0 || limits.requestMs == 0 || limits.idleMs == 0 || limits.maxConnections == 0
        || limits.maxPerAddress == 0 || limits.maxBuffered == 0)
        return fail(QStringLiteral("--header-seconds, --request-seconds, --idle-seconds, --max-connections, "
                                   "--max-connections-per-address and --max-buffered-mib take whole numbers "
                                   "from 1"));
    tz::server::SyncServer server(**stores, limits);
    const qint64 every = parser.isSet(rebuildEvery)        ? parser.value(rebuildEvery).toLongLong()
        : (*stores)->kind() == QLatin1String("postgresql") ? 3600
                                                           : 0;
    std::unique_ptr<tz::server::SnapshotScheduler> scheduler;
    if (every > 0)
        scheduler = std::make_unique<tz::server::SnapshotScheduler>((*stores)->snapshots(), parser.value(db),
            every * 1000, parser.value(copyAge).toLongLong() * 1000);
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(where));
    // Tests read this line for the port.
    QTextStream(stdout) << "taizhang-server listening on http://" << address.toString() << ':' << bound
                        << " (store: " << (*stores)->kind() << ')' << Qt::endl;
    return app.exec();
}
