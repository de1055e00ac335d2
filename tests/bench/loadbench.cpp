// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-load-bench: many devices syncing against one taizhang-server, as a county's village
// laptops do at the start of a working day. The real server on 127.0.0.1 over a throwaway
// PostgreSQL cluster (or SQLite); devices are simulated without ledgers (events made and chained
// in memory, each one a case registered in the device's village). Each device enrolls, then
// syncs once at a random moment within the window: it pushes its new events and pulls what the
// other laptops of its village sent. Prints one JSON object: latency percentiles, errors.
//   taizhang-load-bench [--devices 2000] [--seconds 60] [--events 3] [--store postgres|sqlite]
#include "benchoptions.h"
#include "benchstats.h"

#include "support/testserver.h"

#include "core/auth/role.h"
#include "core/common/uuid.h"
#include "core/ledger/event.h"
#include "core/sync/wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace tz;
using namespace tz::bench;

namespace {

constexpr int kDevicesPerVillage = 20;

struct SimDevice
{
    QString id;
    QString village;
    QString token;
    qint64 seq = 0;
    QByteArray lastHash;
    qint64 cursor = 0;
};

QString villageCode(int n)
{
    // 100 villages of one township each of a few counties' shape: 4512 02 107 001…
    return QStringLiteral("451202%1%2")
        .arg(101 + n / 100, 3, 10, QLatin1Char('0'))
        .arg(1 + n % 100, 3, 10, QLatin1Char('0'));
}

Event nextEvent(SimDevice &device, qint64 nowMs)
{
    Event event;
    if (device.seq == 0) {
        // Its first event makes its counter clerk (the server checks who may register a case).
        event.aggregateType = AggregateType::User;
        event.aggregateId = device.id;
        event.type = QStringLiteral("UserCreated");
        event.payload = QJsonObject {
            {QStringLiteral("login"), QStringLiteral("load-%1").arg(device.id.right(8))},
            {QStringLiteral("name"), QStringLiteral("窗口")},
            {QStringLiteral("role"), static_cast<int>(Role::Clerk)}, {QStringLiteral("org"), device.village}};
    } else {
        event.aggregateType = AggregateType::Case;
        event.aggregateId = Uuid7::toString(Uuid7::generate(nowMs));
        event.type = QStringLiteral("CaseRegistered");
        event.payload
            = QJsonObject {{QStringLiteral("number"), QStringLiteral("LOAD-%1").arg(device.seq + 1)},
                {QStringLiteral("title"), QStringLiteral("路灯不亮")},
                {QStringLiteral("description"), QStringLiteral("村口三盏路灯不亮，群众夜间出行不便")},
                {QStringLiteral("org"), device.village}, {QStringLiteral("handling"), 2},
                {QStringLiteral("at"), nowMs}, {QStringLiteral("deadline"), QStringLiteral("2026-12-08")}};
    }
    event.actor = device.id;
    event.device = device.id;
    event.deviceSeq = ++device.seq;
    event.hlc = HlcTimestamp::make(nowMs, 0);
    event.id = Uuid7::generate(nowMs);
    event.prevHash = device.lastHash;
    event.hash = event.computeHash();
    device.lastHash = event.hash;
    return event;
}

QNetworkRequest requestTo(const QUrl &server, const QString &path, const QString &token = {})
{
    QUrl url = server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-taizhang-sync"));
    if (!token.isEmpty())
        request.setRawHeader(
            QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1());
    request.setTransferTimeout(30000);
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(
        QStringLiteral("Many simulated devices syncing once each within a window against one "
                       "taizhang-server."),
        {{QStringLiteral("devices"), QStringLiteral("N"), QStringLiteral("devices"), QStringLiteral("2000")},
            {QStringLiteral("seconds"), QStringLiteral("S"), QStringLiteral("the window"),
                QStringLiteral("60")},
            {QStringLiteral("events"), QStringLiteral("N"), QStringLiteral("new events each device pushes"),
                QStringLiteral("3")},
            {QStringLiteral("store"), QStringLiteral("postgres|sqlite"), QStringLiteral("the server's store"),
                QStringLiteral("postgres")}});
    options.parse(app.arguments());
    const int devices = options.number(QStringLiteral("devices"));
    const int seconds = options.number(QStringLiteral("seconds"));
    const int eventsEach = options.number(QStringLiteral("events"));
    const QString store = options.value(QStringLiteral("store"));
    if (store != QLatin1String("postgres") && store != QLatin1String("sqlite"))
        options.fail(QStringLiteral("--store is postgres or sqlite, not '%1'.").arg(store));
    const bool postgres = store == QLatin1String("postgres");
    QTextStream err(stderr);

    test::TestServer server(postgres ? test::TestServer::Store::Postgres : test::TestServer::Store::Sqlite);
    QList<SimDevice> sims(devices);
    // Codes: one admin command per village, for all its laptops.
    const int villages = (devices + kDevicesPerVillage - 1) / kDevicesPerVillage;
    for (int v = 0; v < villages; ++v) {
        const int count = std::min(kDevicesPerVillage, devices - v * kDevicesPerVillage);
        const QStringList codes = server
                                      .admin({QStringLiteral("enroll"), QStringLiteral("--unit"),
                                          villageCode(v), QStringLiteral("--count"), QString::number(count)})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < count; ++i) {
            SimDevice &sim = sims[v * kDevicesPerVillage + i];
            sim.village = villageCode(v);
            sim.id = Uuid7::toString(Uuid7::generate());
            sim.token = codes.value(i); // the code until enrolled
        }
    }
    err << "codes made for " << devices << " devices in " << villages << " villages" << Qt::endl;

    QNetworkAccessManager enrollNetwork;
    for (SimDevice &sim : sims) {
        QCborMap body;
        body.insert(wire::Code, sim.token);
        body.insert(wire::Device, sim.id);
        body.insert(wire::Label, QStringLiteral("load"));
        std::unique_ptr<QNetworkReply> reply(
            enrollNetwork.post(requestTo(server.url(), QStringLiteral("/v1/enroll")), wire::pack(body)));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const Result<QCborMap> answer = wire::unpack(reply->readAll());
        if (!answer || answer->value(wire::Access).toString().isEmpty()) {
            err << "enrollment failed" << Qt::endl;
            return 1;
        }
        sim.token = answer->value(wire::Access).toString(); // lives an hour: the run is shorter
    }
    err << "enrolled; syncing for " << seconds << " s" << Qt::endl;

    // Each device syncs once at a random moment of the window, on a connection of its own (a
    // laptop does not share one with the others; a connection kept alive across many requests
    // would also meet TCP's delayed acknowledgements, which a real device's one sync does not).
    Samples latency;
    int errors = 0;
    int done = 0;
    qint64 pushed = 0;
    qint64 pulled = 0;
    QElapsedTimer window;
    window.start();
    QRandomGenerator random(20261201);
    for (int i = 0; i < devices; ++i) {
        const int at = static_cast<int>(random.bounded(seconds * 1000));
        QTimer::singleShot(at, &app, [&, i] {
            SimDevice &sim = sims[i];
            QCborArray events;
            for (int k = 0; k < eventsEach; ++k)
                events.append(wire::encodeEvent(nextEvent(sim, QDateTime::currentMSecsSinceEpoch())));
            QCborMap body;
            body.insert(wire::Cursor, sim.cursor);
            body.insert(wire::Events, events);
            auto *started = new QElapsedTimer;
            started->start();
            auto *network = new QNetworkAccessManager(&app);
            QNetworkReply *reply = network->post(
                requestTo(server.url(), QStringLiteral("/v1/sync"), sim.token), wire::pack(body));
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, started, i] {
                latency.ms.append(static_cast<double>(started->nsecsElapsed()) / 1e6);
                delete started;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const Result<QCborMap> answer = wire::unpack(reply->readAll());
                if (status != 200 || !answer || answer->value(wire::Acks).toArray().size() != eventsEach) {
                    ++errors;
                } else {
                    pushed += eventsEach;
                    pulled += answer->value(wire::Events).toArray().size();
                    sims[i].cursor = answer->value(wire::Cursor).toInteger();
                }
                reply->deleteLater();
                reply->manager()->deleteLater();
                if (++done == devices)
                    app.quit();
            });
        });
    }
    app.exec();
    const double took = static_cast<double>(window.elapsed()) / 1000.0;
    const QJsonObject report {
        {QStringLiteral("store"), postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("devices"), devices}, {QStringLiteral("windowSeconds"), seconds},
        {QStringLiteral("tookSeconds"), took}, {QStringLiteral("eventsPerSync"), eventsEach},
        {QStringLiteral("requests"), static_cast<qint64>(latency.ms.size())},
        {QStringLiteral("errors"), errors}, {QStringLiteral("eventsPushed"), pushed},
        {QStringLiteral("eventsPulled"), pulled}, {QStringLiteral("p50Ms"), latency.percentile(50)},
        {QStringLiteral("p90Ms"), latency.percentile(90)}, {QStringLiteral("p99Ms"), latency.percentile(99)},
        {QStringLiteral("maxMs"), latency.percentile(100)},
        {QStringLiteral("serverPeakRssKiB"), peakRssKiBOf(server.processId())}};
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return errors == 0 ? 0 : 2;
}
