// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "serverlog.h"

#include <QDateTime>
#include <QTextStream>

namespace tz::server::serverlog {

void line(const QString &text)
{
    QTextStream(stdout) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << text
                        << Qt::endl;
}

QByteArray printable(QByteArrayView path, qsizetype maxBytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(std::min(path.size(), maxBytes) + 3);
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = byte > 0x20 && byte < 0x7f;
        if (out.size() + (plain ? 1 : 3) > maxBytes)
            return out + "...";
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    return out;
}

} // namespace tz::server::serverlog
