// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/ledger/projection.h"

namespace tz {

// Folds Case events into cases, case_handlers and case_attachments (and, by triggers, the
// full-text index). An event the state machine refuses in fold order (two devices decided
// the same case differently) is kept in the log, skipped here, and flagged on the case for
// a supervisor: the first decision in fold order wins, deterministically. Two registrations
// under one number: the case with the smaller id keeps it, the other is given the number with the
// end of its id and flagged (`CaseRegistered@<case id>/0`), whatever order they arrive in.
class CaseProjection : public Projection
{
public:
    AggregateType aggregateType() const override { return AggregateType::Case; }
    void clear(SqlDatabase &db, const QString &aggregateId) override;
    void apply(SqlDatabase &db, const Event &event) override;
    QStringList tables() const override
    {
        // case_tallies is kept by triggers on cases (migration 0011), listed so verify checks it.
        return {QStringLiteral("cases"), QStringLiteral("case_handlers"), QStringLiteral("case_attachments"),
            QStringLiteral("case_tallies")};
    }
};

} // namespace tz
