-- Aggregates that left this device's scope (a case returned by this unit as not its own): the
-- server told the device to drop them. Their read rows are gone and a fold passes them by; their
-- events stay, since the log is append-only and other devices' hash chains run through them.
-- A case that comes back (dispatched here again) leaves this table and is folded afresh.
CREATE TABLE dropped_aggregates (
    rid        INTEGER PRIMARY KEY,          -- aggregates.rid
    dropped_ms INTEGER NOT NULL
);
