// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

struct sqlite3;

namespace tz {

// Registers the FTS5 tokenizer "tzchars" on a connection: every Han (and other CJK) character is
// a token of its own, runs of Latin letters and digits are one lower-cased token. A phrase query
// of two characters then matches them side by side, which the trigram tokenizer cannot do.
// Returns false when FTS5 is not available.
bool registerCharsTokenizer(sqlite3 *db);

} // namespace tz
