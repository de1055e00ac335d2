-- Taizhang ledger, schema 14: this device's events the server refused to store (outside the
-- device's scope, a step its user may not take ...). Each is set aside with the server's reason,
-- never sent again, and the sync goes on with the rest. The event stays in the log (the audit
-- trail); this table only says the server would not take it. Kept by this device alone.
CREATE TABLE set_aside (
    event_id    BLOB PRIMARY KEY,   -- the event's UUIDv7, 16 bytes
    device_seq  INTEGER NOT NULL,   -- this device's sequence number of it
    aggregate_type INTEGER NOT NULL, -- what it changes (as in the event)
    aggregate_id TEXT NOT NULL,
    event_type  TEXT NOT NULL,
    reason      INTEGER NOT NULL,   -- wire::Refusal
    detail      TEXT NOT NULL,      -- the server's own words (English), at most 500 characters
    at_ms       INTEGER NOT NULL    -- when the server refused it
);
