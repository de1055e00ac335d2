-- Sync with taizhang-server: where this device stands. One row per key:
--   server        the server's address (https://…)
--   token         the device's secret, given at enrollment
--   scope         the org unit code the device is bound to
--   cursor        the last feed position pulled and applied (advanced in the applying transaction)
--   pushed        the last of this device's own event numbers the server acknowledged
--   last_sync_ms  when the last sync ended well
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
