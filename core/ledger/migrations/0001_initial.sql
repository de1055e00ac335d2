-- Taizhang ledger, schema 1.
-- The events table is the one source of truth; every other table is a projection that
-- core/ledger/projector rebuilds from the events alone.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Names that repeat in every event (devices, actors, event types, payload keys), stored once.
CREATE TABLE names (
    id    INTEGER PRIMARY KEY,
    value TEXT NOT NULL UNIQUE
);

-- An event is identified everywhere by its UUIDv7 `id` and, equivalently, by (device, device_seq):
-- the second is what the ledger indexes, so no separate index on `id` is kept.
CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,     -- local arrival order, never a sync cursor
    id             BLOB NOT NULL,           -- UUIDv7; 10 bytes when its time is the HLC's (storedform)
    aggregate      INTEGER NOT NULL,        -- aggregates.rid: which thing it changes
    type           INTEGER NOT NULL,        -- names.id
    payload        BLOB NOT NULL,           -- CBOR, keys as names.id (core/ledger/storedform)
    actor          INTEGER NOT NULL,        -- names.id of the user's id
    device         INTEGER NOT NULL,        -- names.id of the device's id
    device_seq     INTEGER NOT NULL,
    hlc            INTEGER NOT NULL,        -- hybrid logical clock: ms << 16 | counter
    prev_hash      BLOB,                    -- NULL when it is the hash of (device, device_seq - 1) here
    hash           BLOB NOT NULL,           -- SHA-256, first 16 bytes
    UNIQUE (device, device_seq)
);
CREATE INDEX events_by_aggregate ON events (aggregate);

CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: an event is never changed');
END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: an event is never deleted');
END;

-- Every aggregate (a case, a resident, an org unit ...) once: the events refer to it by `rid`,
-- a number local to this file. The rest is the last event folded into it, to tell a late event
-- from a new one; a refold resets it, the row itself is never deleted.
CREATE TABLE aggregates (
    rid         INTEGER PRIMARY KEY,
    type        INTEGER NOT NULL,
    id          BLOB NOT NULL,               -- 16 bytes for a UUID; otherwise text (org code, date, key)
    version     INTEGER NOT NULL DEFAULT 0,
    last_hlc    INTEGER,
    last_device INTEGER,                     -- names.id
    last_seq    INTEGER,
    UNIQUE (type, id)
);

-- Org tree: 12-digit statistical division codes.
CREATE TABLE org_units (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    level       INTEGER NOT NULL,            -- 1 city, 2 county, 3 township, 4 village
    parent_code TEXT
) WITHOUT ROWID;
CREATE INDEX org_units_by_parent ON org_units (parent_code, code);

CREATE TABLE departments (
    id       TEXT PRIMARY KEY,
    org_code TEXT NOT NULL,
    name     TEXT NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX departments_by_org ON departments (org_code, name);

-- Grids hang below villages and may nest.
CREATE TABLE grids (
    id             TEXT PRIMARY KEY,
    village_code   TEXT NOT NULL,
    parent_grid_id TEXT,
    name           TEXT NOT NULL,
    captain_id     TEXT,
    active         INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX grids_by_village ON grids (village_code, parent_grid_id);

CREATE TABLE grid_workers (
    grid_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (grid_id, user_id)
) WITHOUT ROWID;

CREATE TABLE households (
    id       TEXT PRIMARY KEY,
    grid_id  TEXT NOT NULL,
    address  TEXT NOT NULL,
    head_id  TEXT
) WITHOUT ROWID;
CREATE INDEX households_by_grid ON households (grid_id);

CREATE TABLE residents (
    rid             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    id_number       TEXT,
    id_reversed     TEXT,                -- reversed ID number: suffix search is a prefix range
    phone           TEXT,
    phone_reversed  TEXT,
    address         TEXT,
    org_code        TEXT,
    grid_id         TEXT,
    household_id    TEXT,
    pinyin          TEXT,                -- "li cheng hui"
    initials        TEXT,                -- "lch"
    tags            TEXT NOT NULL DEFAULT ''  -- care groups, comma separated
);
-- Not UNIQUE: two offline devices may register the same person; the services refuse a
-- duplicate they can see, and a projection must never fail on events that did happen.
CREATE INDEX residents_by_id_number ON residents (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX residents_by_id_reversed ON residents (id_reversed);
CREATE INDEX residents_by_phone_reversed ON residents (phone_reversed);
CREATE INDEX residents_by_initials ON residents (initials);
CREATE INDEX residents_by_name ON residents (name);
CREATE INDEX residents_by_household ON residents (household_id);

CREATE TABLE catalog_items (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    list          INTEGER NOT NULL,      -- 1 即办, 2 代办, 3 咨询
    handling      INTEGER NOT NULL,      -- 1 Immediate, 2 Fast, 3 Routed, 4 Joint
    department    TEXT NOT NULL,
    deadline_days INTEGER NOT NULL,
    pinyin        TEXT,
    initials      TEXT,
    active        INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX catalog_items_by_name ON catalog_items (name);

CREATE TABLE calendar_days (
    date TEXT PRIMARY KEY,               -- YYYY-MM-DD
    kind INTEGER NOT NULL,               -- 1 holiday, 2 make-up workday
    name TEXT NOT NULL
) WITHOUT ROWID;

-- Deadline in working days per handling class, per org unit ('' = the ledger's default).
CREATE TABLE deadline_rules (
    org_code TEXT NOT NULL,
    handling INTEGER NOT NULL,
    days     INTEGER NOT NULL,
    PRIMARY KEY (org_code, handling)
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role          INTEGER NOT NULL,      -- 1 clerk, 2 grid worker, 3 handler, 4 supervisor, 5 admin
    org_code      TEXT NOT NULL,
    department_id TEXT,
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX users_by_login ON users (login);

CREATE TABLE cases (
    rid               INTEGER PRIMARY KEY,
    id                BLOB NOT NULL UNIQUE,  -- 16 bytes: tz_key(text) / tz_key_text(id)
    number            TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    channel           INTEGER NOT NULL,
    catalog_id        TEXT,
    resident_id       TEXT,
    resident_name     TEXT,
    phone             TEXT,
    origin_org        TEXT NOT NULL,     -- where it was registered
    org_code          TEXT NOT NULL,     -- the unit responsible now
    grid_id           TEXT,
    handling          INTEGER NOT NULL,
    state             INTEGER NOT NULL,
    registered_at     INTEGER NOT NULL,  -- ms since epoch, the real time (补录: the paper's time)
    registered_by     TEXT NOT NULL,
    entered_at        INTEGER,           -- when it reached the ledger; NULL: registered_at
    entered_by        TEXT,              -- who entered it (补录); NULL: registered_by
    backfilled        INTEGER NOT NULL DEFAULT 0,
    deadline          TEXT NOT NULL,     -- YYYY-MM-DD, end of that day
    target_department TEXT,
    target_handler    TEXT,
    dispatched_at     INTEGER,
    accepted_at       INTEGER,
    resolved_at       INTEGER,
    resolved_org      TEXT,
    resolved_level    INTEGER,
    resolution        TEXT,
    satisfaction      INTEGER,
    followed_up_at    INTEGER,
    closed_at         INTEGER,
    paused_since      TEXT,              -- YYYY-MM-DD while waiting for the citizen's materials
    supervised        INTEGER NOT NULL DEFAULT 0,
    escalations       INTEGER NOT NULL DEFAULT 0,
    reopen_count      INTEGER NOT NULL DEFAULT 0,
    returned          INTEGER NOT NULL DEFAULT 0,
    conflict          TEXT,              -- set when concurrent decisions collided
    version           INTEGER NOT NULL,
    updated_hlc       INTEGER NOT NULL
);
CREATE INDEX cases_by_registered ON cases (registered_at);
CREATE INDEX cases_by_state ON cases (state, registered_at);
CREATE INDEX cases_by_org ON cases (org_code, registered_at);
CREATE INDEX cases_by_deadline ON cases (state, deadline);
CREATE INDEX cases_by_resident ON cases (resident_id);
CREATE INDEX cases_by_grid ON cases (grid_id) WHERE grid_id IS NOT NULL;
CREATE INDEX cases_supervised ON cases (supervised) WHERE supervised = 1;

-- 联办: one lead and co-handlers; 分办 and 快办: one row, the lead.
CREATE TABLE case_handlers (
    case_id       BLOB NOT NULL,             -- the case's id as events store it (16 bytes)
    org_code      TEXT NOT NULL,
    department_id TEXT NOT NULL DEFAULT '',
    handler_id    TEXT,
    is_lead       INTEGER NOT NULL,
    answer        TEXT,
    answered_at   INTEGER,
    PRIMARY KEY (case_id, org_code, department_id)
) WITHOUT ROWID;
CREATE INDEX case_handlers_by_org ON case_handlers (org_code, department_id);

CREATE TABLE case_attachments (
    case_id TEXT NOT NULL,
    ref     TEXT NOT NULL,               -- file reference (path or content hash)
    name    TEXT NOT NULL,
    PRIMARY KEY (case_id, ref)
) WITHOUT ROWID;

-- Full-text search over cases, kept by triggers: trigram for queries of 3+ characters, and
-- one token per Chinese character (our 'tzchars' tokenizer) for 1 and 2 character queries.
-- Neither keeps positions (detail=none, a third of the size): a query asks for every token and
-- core/search confirms the matches against the text itself.
CREATE VIRTUAL TABLE case_fts USING fts5 (
    title, description, resident_name, content='cases', content_rowid='rid', tokenize='trigram',
    detail=none, columnsize=0);
CREATE VIRTUAL TABLE case_fts_chars USING fts5 (
    title, description, resident_name, content='cases', content_rowid='rid', tokenize='tzchars',
    detail=none, columnsize=0);

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_fts (rowid, title, description, resident_name)
        VALUES (new.rid, new.title, new.description, new.resident_name);
    INSERT INTO case_fts_chars (rowid, title, description, resident_name)
        VALUES (new.rid, new.title, new.description, new.resident_name);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO case_fts (case_fts, rowid, title, description, resident_name)
        VALUES ('delete', old.rid, old.title, old.description, old.resident_name);
    INSERT INTO case_fts_chars (case_fts_chars, rowid, title, description, resident_name)
        VALUES ('delete', old.rid, old.title, old.description, old.resident_name);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF title, description, resident_name ON cases
BEGIN
    INSERT INTO case_fts (case_fts, rowid, title, description, resident_name)
        VALUES ('delete', old.rid, old.title, old.description, old.resident_name);
    INSERT INTO case_fts_chars (case_fts_chars, rowid, title, description, resident_name)
        VALUES ('delete', old.rid, old.title, old.description, old.resident_name);
    INSERT INTO case_fts (rowid, title, description, resident_name)
        VALUES (new.rid, new.title, new.description, new.resident_name);
    INSERT INTO case_fts_chars (rowid, title, description, resident_name)
        VALUES (new.rid, new.title, new.description, new.resident_name);
END;
