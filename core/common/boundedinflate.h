// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QByteArray>

#include <optional>

namespace tz {

// Unpacks what qCompress packed (four bytes of big-endian size, then a zlib stream) without
// trusting either part: the stream is inflated a piece at a time and abandoned as soon as it
// would pass `limit` bytes, whatever its size header says, so a small body that inflates to
// gigabytes costs at most `limit` bytes of memory. Empty when the data is damaged, inflates past
// the limit, or does not inflate to exactly the size its header claims.
[[nodiscard]] std::optional<QByteArray> uncompressBounded(const QByteArray &packed, qsizetype limit);

} // namespace tz
