// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// libFuzzer target for what taizhang-server reads from the network: wire::unpack (zlib + CBOR,
// with its size checks before allocating) and the event decoder with its shape and size checks.
#include "core/sync/wire.h"

#include <QCborValue>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // As a body off the wire.
    if (tz::Result<QCborMap> map = tz::wire::unpack(bytes)) {
        (void)tz::wire::decodeEvents(map->value(tz::wire::Events).toArray());
        (void)map->value(tz::wire::Cursor).toInteger();
    }
    // As the CBOR inside one (random bytes rarely pass zlib): the decoder itself, given what
    // unpack() gives it: a document that parsed without error (Qt 6.4 crashes reading a
    // container it flagged as truncated, so unpack() refuses those first).
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError)
        return 0;
    if (value.isMap()) {
        (void)tz::wire::decodeEvent(value);
        (void)tz::wire::decodeEvents(value.toMap().value(tz::wire::Events).toArray());
    } else if (value.isArray()) {
        (void)tz::wire::decodeEvents(value.toArray());
    }
    return 0;
}
