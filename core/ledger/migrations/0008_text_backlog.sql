-- The case text index can fall behind on purpose. Indexing a case's text (trigram and one token
-- per character) costs far more than storing the case, so a large batch (a device's first sync)
-- stores its cases at once and leaves their indexing to a backlog that the ledger works off in
-- small transactions afterwards. Search looks at the backlog's cases directly until then.
--
-- case_text_backlog lists every case whose index entries are not what its row says:
--   indexed = 1  the index holds (title, description, resident_name) as kept here for that rid;
--   indexed = 0  the index holds nothing for that rid.
-- While a rid is listed nothing else touches its index entries; working it off removes what the
-- row lists and indexes the row as it is then (if it still exists).
CREATE TABLE case_text_backlog (
    rid           INTEGER PRIMARY KEY,
    indexed       INTEGER NOT NULL,
    title         TEXT,
    description   TEXT,
    resident_name TEXT
);

-- One row: 1 while a batch defers indexing (set and cleared inside the batch's transaction).
CREATE TABLE text_index_mode (
    deferred INTEGER NOT NULL
);
INSERT INTO text_index_mode (deferred) VALUES (0);

DROP TRIGGER cases_fts_insert;
DROP TRIGGER cases_fts_delete;
DROP TRIGGER cases_fts_update;

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases
WHEN (SELECT deferred FROM text_index_mode) = 0
    AND NOT EXISTS (SELECT 1 FROM case_text_backlog WHERE rid = new.rid)
BEGIN
    INSERT INTO case_fts (rowid, title, description, resident_name)
        VALUES (new.rid, new.title, new.description, new.resident_name);
    INSERT INTO case_fts_chars (rowid, title, description, resident_name)
        VALUES (new.rid, new.title, new.description, new.resident_name);
END;
CREATE TRIGGER cases_fts_insert_later AFTER INSERT ON cases
WHEN (SELECT deferred FROM text_index_mode) <> 0
    OR EXISTS (SELECT 1 FROM case_text_backlog WHERE rid = new.rid)
BEGIN
    INSERT OR IGNORE INTO case_text_backlog (rid, indexed) VALUES (new.rid, 0);
END;

CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases
WHEN (SELECT deferred FROM text_index_mode) = 0
    AND NOT EXISTS (SELECT 1 FROM case_text_backlog WHERE rid = old.rid)
BEGIN
    INSERT INTO case_fts (case_fts, rowid, title, description, resident_name)
        VALUES ('delete', old.rid, old.title, old.description, old.resident_name);
    INSERT INTO case_fts_chars (case_fts_chars, rowid, title, description, resident_name)
        VALUES ('delete', old.rid, old.title, old.description, old.resident_name);
END;
CREATE TRIGGER cases_fts_delete_later AFTER DELETE ON cases
WHEN (SELECT deferred FROM text_index_mode) <> 0
    OR EXISTS (SELECT 1 FROM case_text_backlog WHERE rid = old.rid)
BEGIN
    INSERT OR IGNORE INTO case_text_backlog (rid, indexed, title, description, resident_name)
        VALUES (old.rid, 1, old.title, old.description, old.resident_name);
END;

CREATE TRIGGER cases_fts_update AFTER UPDATE OF title, description, resident_name ON cases
WHEN (SELECT deferred FROM text_index_mode) = 0
    AND NOT EXISTS (SELECT 1 FROM case_text_backlog WHERE rid = old.rid)
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
CREATE TRIGGER cases_fts_update_later AFTER UPDATE OF title, description, resident_name ON cases
WHEN (SELECT deferred FROM text_index_mode) <> 0
    OR EXISTS (SELECT 1 FROM case_text_backlog WHERE rid = old.rid)
BEGIN
    INSERT OR IGNORE INTO case_text_backlog (rid, indexed, title, description, resident_name)
        VALUES (old.rid, 1, old.title, old.description, old.resident_name);
END;
