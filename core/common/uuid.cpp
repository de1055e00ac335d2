// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/common/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

#include <cstring>
#include <mutex>

namespace tz {

namespace {

// Adds one to the id's random bits (bytes 6 to 15 less the version and variant bits), carrying
// through them; false when they were all ones.
bool increment(unsigned char *b)
{
    for (int i = 15; i >= 6; --i) {
        const unsigned char mask = i == 6 ? 0x0F : i == 8 ? 0x3F : 0xFF;
        const unsigned char fixed = static_cast<unsigned char>(b[i] & ~mask);
        const unsigned char value = static_cast<unsigned char>(b[i] & mask);
        if (value != mask) {
            b[i] = static_cast<unsigned char>(fixed | (value + 1));
            return true;
        }
        b[i] = fixed; // this part wraps to zero, carry on
    }
    return false;
}

} // namespace

QByteArray Uuid7::generate(qint64 unixMs)
{
    QByteArray bytes(16, Qt::Uninitialized);
    auto *b = reinterpret_cast<unsigned char *>(bytes.data());
    const auto ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(b + 6, random, 10);
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // RFC variant
    // Ids made one after another in this process sort in that order even within one millisecond
    // (RFC 9562, 6.2): what is ordered by id (and then by nothing else) keeps the order it was
    // made in.
    // Callers pass times of their own (the ledger's clock, a replayed history) between ids of
    // the present, so the last id is kept for each of the last few milliseconds asked for.
    static std::mutex guard;
    static QHash<quint64, QByteArray> lastOf;
    const std::lock_guard<std::mutex> lock(guard);
    const QByteArray last = lastOf.value(ms);
    if (!last.isEmpty() && bytes <= last) {
        QByteArray next = last;
        if (increment(reinterpret_cast<unsigned char *>(next.data())))
            bytes = next;
    }
    if (lastOf.size() >= 64 && !lastOf.contains(ms))
        lastOf.clear(); // older milliseconds are past: ids made now sort after theirs anyway
    lastOf.insert(ms, bytes);
    return bytes;
}

QByteArray Uuid7::generate()
{
    return generate(QDateTime::currentMSecsSinceEpoch());
}

void Uuid7::writeText(const unsigned char *bytes, char *text)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *text++ = '-';
        *text++ = digits[bytes[i] >> 4];
        *text++ = digits[bytes[i] & 0x0F];
    }
}

QString Uuid7::toString(const QByteArray &bytes)
{
    if (bytes.size() != 16)
        return {};
    char text[kTextSize];
    writeText(reinterpret_cast<const unsigned char *>(bytes.constData()), text);
    return QString::fromLatin1(text, kTextSize);
}

QByteArray Uuid7::fromString(QStringView text)
{
    QByteArray hex = text.toLatin1();
    hex.replace('-', QByteArray());
    if (hex.size() != 32)
        return {};
    QByteArray bytes = QByteArray::fromHex(hex);
    return bytes.size() == 16 ? bytes : QByteArray();
}

} // namespace tz
