// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/event.h"

#include <QStringList>

namespace tz {

class SqlDatabase;

// The read tables of one aggregate type, as a pure function of that aggregate's events.
// apply() is called in fold order; clear() forgets one aggregate so it can be folded again
// from the start when a late event arrives. Neither may read another aggregate's tables:
// everything a fold needs is in the events.
class Projection
{
public:
    virtual ~Projection() = default;
    [[nodiscard]] virtual AggregateType aggregateType() const = 0;
    virtual void clear(SqlDatabase &db, const QString &aggregateId) = 0;
    virtual void apply(SqlDatabase &db, const Event &event) = 0;
    // Tables this projection owns, compared by `verify` against a fresh fold.
    [[nodiscard]] virtual QStringList tables() const = 0;
};

} // namespace tz
