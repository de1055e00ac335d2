// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QStringList>

struct sqlite3;

namespace tz {

// Registers the FTS5 tokenizer "tzchars" on a connection: every Han (and other CJK) character is
// a token of its own, runs of Latin letters and digits are one lower-cased token, everything else
// separates. Queries of one or two characters use it, which the trigram tokenizer cannot serve.
// Returns false when FTS5 is not available.
bool registerCharsTokenizer(sqlite3 *db);

// The tokens "tzchars" makes of `text`, in order (for building queries).
QStringList charsTokens(const QString &text);

} // namespace tz
