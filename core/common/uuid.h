// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QByteArray>
#include <QString>

namespace tz {

// UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Sorts by time.
class Uuid7
{
public:
    // 16 raw bytes for the given time (milliseconds since the epoch).
    static QByteArray generate(qint64 unixMs);
    static QByteArray generate();
    // Canonical 8-4-4-4-12 lower-case hex form (empty unless `bytes` are 16).
    static QString toString(const QByteArray &bytes);
    // The same form of 16 raw bytes written to `text`: 36 characters, no terminator.
    static constexpr qsizetype kTextSize = 36;
    static void writeText(const unsigned char *bytes, char *text);
    static QByteArray fromString(QStringView text);
};

} // namespace tz
