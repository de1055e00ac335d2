// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

class QNetworkReply;

// What a laptop takes from a server, bounded like what the server takes from a laptop: an answer
// larger than its kind may be is abandoned as soon as it says so or grows past it (never read
// whole first), and an answer trickling in (a few bytes a second, to hold the laptop up) is
// abandoned too. A server that is slow to start answering is left to the request's own timeout.
namespace tz::replylimits {

// Watches `reply` until it ends (the watch belongs to the reply).
void guard(QNetworkReply *reply, qsizetype maxBytes);

// Whether the watch abandoned `reply` (what it holds is then a part of the answer, never to be used).
[[nodiscard]] bool abandoned(const QNetworkReply *reply);

// Why the watch abandoned `reply`, in the user's language; else the reply's own error text.
[[nodiscard]] QString errorText(const QNetworkReply *reply);

} // namespace tz::replylimits
