// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "common/uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cstring>

namespace tz {

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
    return bytes;
}

QByteArray Uuid7::generate()
{
    return generate(QDateTime::currentMSecsSinceEpoch());
}

QString Uuid7::toString(const QByteArray &bytes)
{
    const QByteArray hex = bytes.toHex();
    if (hex.size() != 32)
        return {};
    return QString::fromLatin1(
        hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20));
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
