// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "core/common/uuid.h"

using namespace tz;

TEST_CASE(
    "ids made one after another sort in the order they were made, even within one millisecond", "[uuid]")
{
    constexpr qint64 kSameMs = 1767225600000; // 2026-01-01
    QByteArray previous = Uuid7::generate(kSameMs);
    for (int i = 0; i < 10000; ++i) {
        (void)Uuid7::generate(kSameMs - 86400000 + i % 7); // ids of other times in between
        const QByteArray next = Uuid7::generate(kSameMs);
        REQUIRE(next > previous);
        REQUIRE((static_cast<unsigned char>(next.at(6)) >> 4) == 7); // still version 7
        REQUIRE((static_cast<unsigned char>(next.at(8)) & 0xC0) == 0x80); // and the RFC variant
        previous = next;
    }
    // A later millisecond starts afresh, and sorts after.
    CHECK(Uuid7::generate(kSameMs + 1) > previous);
    CHECK(Uuid7::toString(Uuid7::fromString(Uuid7::toString(previous))) == Uuid7::toString(previous));
}
