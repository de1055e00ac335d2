// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-wire-bench: what the bounds on incoming sync messages cost. A pull answer as the server
// sends it (events of registered cases, packed) is unpacked the old way (qUncompress, then
// QCborValue::fromCbor) and the bounded way (uncompressBounded, then wire::parseMap, which walks
// the CBOR under a budget before building it), each R times after a warm-up, and the medians
// are compared.
#include "benchoptions.h"
#include "benchstats.h"

#include "core/common/boundedinflate.h"
#include "core/ledger/event.h"
#include "core/sync/wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace tz;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchOptions options(
        QStringLiteral("What the bounds on incoming sync messages cost, old way against bounded way."),
        {{QStringLiteral("events"), QStringLiteral("N"),
             QStringLiteral("events in the answer (default: 20000)"), QStringLiteral("20000")},
            {QStringLiteral("runs"), QStringLiteral("R"), QStringLiteral("runs of each (default: 15)"),
                QStringLiteral("15")}});
    options.parse(app.arguments());
    const int count = options.number(QStringLiteral("events"));
    const int runs = options.number(QStringLiteral("runs"));

    QCborArray events;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = QByteArray(16, char(i % 251));
        event.aggregateType = AggregateType::Case;
        event.aggregateId = QStringLiteral("0190f7a2-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        event.type = QStringLiteral("CaseRegistered");
        event.payload = {{QStringLiteral("title"), QStringLiteral("村口路灯不亮第%1盏").arg(i)},
            {QStringLiteral("org"), QStringLiteral("451202107001")}, {QStringLiteral("handling"), 2},
            {QStringLiteral("description"),
                QStringLiteral("群众反映村口路灯晚上不亮，影响出行，请尽快修复。")}};
        event.actor = QStringLiteral("0190f7a2-0000-7000-8000-0000000000aa");
        event.device = QStringLiteral("0190f7a2-0000-7000-8000-0000000000bb");
        event.deviceSeq = i + 1;
        event.hash = QByteArray(16, 'h');
        events.append(wire::encodeEvent(event));
    }
    QCborMap answer;
    answer.insert(wire::Events, events);
    answer.insert(wire::Cursor, count);
    const QByteArray body = wire::pack(answer);

    qsizetype sink = 0;
    const bench::Samples before = bench::measure(runs, [&](int) {
        sink += QCborValue::fromCbor(qUncompress(body)).toMap().value(wire::Events).toArray().size();
    });
    const bench::Samples after = bench::measure(
        runs, [&](int) { sink += wire::unpack(body)->value(wire::Events).toArray().size(); });
    const QJsonObject result {{QStringLiteral("events"), count}, {QStringLiteral("bodyBytes"), body.size()},
        {QStringLiteral("unboundedMs"), before.json()}, {QStringLiteral("boundedMs"), after.json()},
        {QStringLiteral("ratio"), after.median() / before.median()},
        {QStringLiteral("checked"), double(sink)}};
    QTextStream(stdout) << QJsonDocument(result).toJson();
    return 0;
}
