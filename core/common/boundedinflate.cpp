// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/common/boundedinflate.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>

namespace tz {
namespace {

constexpr qsizetype kPiece = 64 * 1024;

} // namespace

std::optional<QByteArray> uncompressBounded(const QByteArray &packed, qsizetype limit)
{
    if (packed.size() < 4 || limit < 0)
        return std::nullopt;
    const quint32 claimed = qFromBigEndian<quint32>(packed.constData());
    if (claimed > static_cast<quint64>(limit))
        return std::nullopt;

    z_stream stream = {};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData() + 4));
    stream.avail_in = static_cast<uInt>(packed.size() - 4);

    QByteArray out;
    // The header only decides how much is reserved at first, never how much may be written.
    out.reserve(std::min<qsizetype>(claimed, kPiece));
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        const qsizetype room = std::min<qsizetype>(kPiece, limit - out.size() + 1);
        if (room <= 0)
            break;
        const qsizetype at = out.size();
        out.resize(at + room);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + at);
        stream.avail_out = static_cast<uInt>(room);
        rc = inflate(&stream, Z_NO_FLUSH);
        out.resize(at + room - stream.avail_out);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break; // damaged, or the input ended before the stream did (Z_BUF_ERROR)
        if (out.size() > limit)
            break;
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END || out.size() > limit || out.size() != static_cast<qsizetype>(claimed))
        return std::nullopt;
    return out;
}

} // namespace tz
