// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/wire.h"

#include "core/common/boundedinflate.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

#include <algorithm>

namespace tz::wire {
namespace {

// Keys of an event map.
enum EventKey : int {
    Id = 0,
    AggregateTypeKey = 1,
    AggregateId = 2,
    Type = 3,
    Payload = 4,
    Actor = 5,
    DeviceKey = 6,
    DeviceSeq = 7,
    Hlc = 8,
    PrevHash = 9,
    Hash = 10,
};

constexpr qsizetype kMaxName = 64;

Error invalid(const QString &what)
{
    return Error::invalid(QCoreApplication::translate("tz::Sync", "A malformed sync message: %1.").arg(what));
}

} // namespace

QCborMap encodeEvent(const Event &event)
{
    QCborMap map;
    map.insert(Id, event.id);
    map.insert(AggregateTypeKey, static_cast<int>(event.aggregateType));
    map.insert(AggregateId, event.aggregateId);
    map.insert(Type, event.type);
    map.insert(Payload, event.payloadJson());
    map.insert(Actor, event.actor);
    map.insert(DeviceKey, event.device);
    map.insert(DeviceSeq, event.deviceSeq);
    map.insert(Hlc, event.hlc.value);
    map.insert(PrevHash, event.prevHash);
    map.insert(Hash, event.hash);
    return map;
}

Result<Event> decodeEvent(const QCborValue &value)
{
    if (!value.isMap())
        return invalid(QStringLiteral("an event is not a map"));
    const QCborMap map = value.toMap();
    const auto text = [&map](int key, QString &out) {
        const QCborValue v = map.value(key);
        if (!v.isString() || v.toString().size() > kMaxName)
            return false;
        out = v.toString();
        return true;
    };
    const auto bytes = [&map](int key, QByteArray &out, qsizetype max) {
        const QCborValue v = map.value(key);
        if (!v.isByteArray() || v.toByteArray().size() > max)
            return false;
        out = v.toByteArray();
        return true;
    };
    Event event;
    QByteArray payload;
    if (!bytes(Id, event.id, 16) || event.id.size() != 16)
        return invalid(QStringLiteral("event id"));
    const QCborValue type = map.value(AggregateTypeKey);
    if (!type.isInteger() || type.toInteger() < 1 || type.toInteger() > 10)
        return invalid(QStringLiteral("aggregate type"));
    event.aggregateType = static_cast<AggregateType>(type.toInteger());
    if (!text(AggregateId, event.aggregateId) || event.aggregateId.isEmpty())
        return invalid(QStringLiteral("aggregate id"));
    if (!text(Type, event.type) || event.type.isEmpty())
        return invalid(QStringLiteral("event type"));
    if (!bytes(Payload, payload, kMaxPayload))
        return invalid(QStringLiteral("payload size"));
    // Items before parsing: 64 KB of "[0,0,0,…]" builds tens of thousands of values, and a batch
    // holds thousands of events. Every value but the first follows a ',' or ':' or opens a
    // container, so counting those (in strings too: an over-count, never an under-count) bounds
    // what the parse builds.
    if (std::count_if(payload.cbegin(), payload.cend(),
            [](char c) { return c == ',' || c == ':' || c == '[' || c == '{'; })
        > kMaxPayloadItems)
        return invalid(QStringLiteral("payload items"));
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("payload is not a JSON object"));
    event.payload = document.object();
    if (!text(Actor, event.actor) || !text(DeviceKey, event.device) || event.device.isEmpty())
        return invalid(QStringLiteral("actor or device"));
    const QCborValue seq = map.value(DeviceSeq);
    const QCborValue hlc = map.value(Hlc);
    if (!seq.isInteger() || seq.toInteger() < 1 || !hlc.isInteger() || hlc.toInteger() < 0)
        return invalid(QStringLiteral("device sequence or clock"));
    event.deviceSeq = seq.toInteger();
    event.hlc = HlcTimestamp {hlc.toInteger()};
    if (!bytes(PrevHash, event.prevHash, Event::kHashSize) || !bytes(Hash, event.hash, Event::kHashSize)
        || event.hash.size() != Event::kHashSize)
        return invalid(QStringLiteral("hashes"));
    return event;
}

Result<QList<Event>> decodeEvents(const QCborArray &array)
{
    if (array.size() > kMaxEventsPerBatch)
        return invalid(QStringLiteral("too many events in one batch"));
    QList<Event> events;
    events.reserve(array.size());
    for (const QCborValue &value : array) {
        Result<Event> event = decodeEvent(value);
        if (!event)
            return event.error();
        events.append(std::move(*event));
    }
    return events;
}

QCborArray encodeDrops(const QList<AggregateRef> &drops)
{
    QCborArray array;
    for (const AggregateRef &drop : drops)
        array.append(QCborArray {static_cast<int>(drop.type), drop.id});
    return array;
}

Result<QList<AggregateRef>> decodeDrops(const QCborValue &value)
{
    if (value.isUndefined())
        return QList<AggregateRef>(); // a server from before drops
    const QCborArray array = value.toArray();
    if (!value.isArray() || array.size() > kMaxEventsPerBatch)
        return invalid(QStringLiteral("drops"));
    QList<AggregateRef> drops;
    for (const QCborValue &item : array) {
        const QCborArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isInteger() || pair.at(0).toInteger() < 1
            || pair.at(0).toInteger() > 10 || !pair.at(1).isString() || pair.at(1).toString().isEmpty()
            || pair.at(1).toString().size() > 64)
            return invalid(QStringLiteral("drops"));
        drops.append({static_cast<AggregateType>(pair.at(0).toInteger()), pair.at(1).toString()});
    }
    return drops;
}

namespace {

// Walks the items of the container the reader is in, spending `budget` on each; false when the
// budget runs out, the nesting is too deep or the data is malformed.
bool walk(QCborStreamReader &reader, qsizetype &budget, int depth)
{
    while (reader.hasNext()) {
        if (--budget < 0)
            return false;
        if (reader.isContainer()) {
            if (depth >= kMaxDepth || !reader.enterContainer() || !walk(reader, budget, depth + 1)
                || !reader.leaveContainer())
                return false;
        } else if (!reader.next()) {
            return false;
        }
    }
    return reader.lastError() == QCborError::NoError;
}

} // namespace

std::optional<QCborMap> parseMap(const QByteArray &cbor)
{
    QCborStreamReader reader(cbor);
    qsizetype budget = kMaxItems;
    if (!reader.isMap() || !reader.enterContainer() || !walk(reader, budget, 1) || !reader.leaveContainer()
        || reader.lastError() != QCborError::NoError)
        return std::nullopt;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(cbor, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    return value.toMap();
}

QByteArray pack(const QCborMap &map)
{
    return qCompress(map.toCborValue().toCbor(), 6);
}

Result<QCborMap> unpack(const QByteArray &body)
{
    if (body.size() > kMaxBody)
        return invalid(QStringLiteral("the body is too big"));
    // Inflated under the limit whatever the size header says (a 4 MB body can claim 100 bytes
    // and inflate to 4 GB).
    const std::optional<QByteArray> cbor = uncompressBounded(body, kMaxUnpacked);
    if (!cbor)
        return invalid(QStringLiteral("the body is not zlib data within the limits"));
    // Counted before it is built: a small body may announce millions of items.
    std::optional<QCborMap> map = parseMap(*cbor);
    if (!map)
        return invalid(QStringLiteral("the body is not a CBOR map within the limits"));
    return *map;
}

} // namespace tz::wire
