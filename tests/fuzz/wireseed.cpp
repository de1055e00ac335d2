// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Writes valid sync requests into the folder named on the command line: the fuzzer's first corpus.
#include "core/sync/wire.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QJsonObject>

int main(int argc, char *argv[])
{
    if (argc < 2)
        return 2;
    QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("."));
    QCborArray events;
    for (int i = 1; i <= 3; ++i) {
        tz::Event event;
        event.id = QByteArray(16, static_cast<char>(i));
        event.aggregateType = tz::AggregateType::Case;
        event.aggregateId = QStringLiteral("0193a0b0-0000-7000-8000-00000000000%1").arg(i);
        event.type = QStringLiteral("CaseRegistered");
        event.payload = QJsonObject {{QStringLiteral("title"), QStringLiteral("路灯坏了")},
            {QStringLiteral("org"), QStringLiteral("451202107001")},
            {QStringLiteral("at"), static_cast<qint64>(1767225600000LL + i)}};
        event.actor = QStringLiteral("clerk");
        event.device = QStringLiteral("0193a0b0-0000-7000-8000-0000000000ff");
        event.deviceSeq = i;
        event.hlc = tz::HlcTimestamp::make(1767225600000 + i, 0);
        event.hash = event.computeHash();
        events.append(tz::wire::encodeEvent(event));
        QFile single(dir.filePath(QStringLiteral("event-%1.cbor").arg(i)));
        if (single.open(QIODevice::WriteOnly))
            single.write(tz::wire::encodeEvent(event).toCborValue().toCbor());
    }
    QCborMap request;
    request.insert(tz::wire::Cursor, 42);
    request.insert(tz::wire::Events, events);
    QFile packed(dir.filePath(QStringLiteral("request.bin")));
    if (packed.open(QIODevice::WriteOnly))
        packed.write(tz::wire::pack(request));
    QFile bare(dir.filePath(QStringLiteral("request.cbor")));
    if (bare.open(QIODevice::WriteOnly))
        bare.write(request.toCborValue().toCbor());
    return 0;
}
