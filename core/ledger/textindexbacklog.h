// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"
#include "core/ledger/ledgermaintenance.h"

namespace tz {

// The cases whose text the search index has not taken in yet (textbacklog.h): a batch of more
// than Ledger::kInlineTextIndex cases, or a starting copy, leaves them; the desktop's
// TextIndexer and `taizhang-cli sync` work them off here, a transaction at a time.
class TextIndexBacklog : private LedgerMaintenance
{
public:
    explicit TextIndexBacklog(Ledger &ledger);

    // How many cases wait.
    [[nodiscard]] qint64 size();
    // Indexes up to `maxCases` waiting cases in one transaction and says how many remain.
    [[nodiscard]] Result<qint64> index(int maxCases);
};

} // namespace tz
