// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

namespace tz {

class SqlDatabase;

// Numbered schema migrations, embedded as resources (:/migrations/NNNN_name.sql), run at open in
// one transaction. A ledger from a newer program is refused: it is never half-understood.
class Migrations
{
public:
    static int latestVersion();
    [[nodiscard]] static Status run(SqlDatabase &db);
};

} // namespace tz
