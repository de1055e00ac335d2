#include "core/common/uuid.h"
#include "support/catchqt.h"
TEST_CASE("a UUIDv7 round-trips through its text form")
{
    const QByteArray id = tz::Uuid7::generate(1700000000000);
    REQUIRE(id.size() == 16);
    CHECK(tz::Uuid7::fromString(tz::Uuid7::toString(id)) == id);
    CHECK((static_cast<unsigned char>(id[6]) >> 4) == 7);
}
