// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The server's log: one line per event on standard output, starting with the UTC time. Nothing a
// client sends reaches it unescaped.
namespace tz::server::serverlog {

// Writes the time, a space and `text` as one line.
void line(const QString &text);

// A request target or path as it may appear in a line: bytes outside printable ASCII (control
// characters, spaces, DEL, anything not ASCII) percent-encoded, and at most `maxBytes` of it,
// marked "..." when cut.
QByteArray printable(QByteArrayView path, qsizetype maxBytes = 160);

} // namespace tz::server::serverlog
