-- Taizhang ledger, schema 11: the measures' counts kept by month and by day, so 统计 reads a few
-- thousand rows instead of a million cases, for any period. A read table like any other: the triggers below keep it equal
-- to the cases table in the same transaction as every change of a case (a late event re-folds
-- the case and moves its counts). core/cases/casepredicates.cpp names the same conditions over
-- the cases table (grids and drill-downs read them there); a test checks that both agree.
--
-- One row per unit where cases arose, cohort (1 registered_at, 2 dispatched_at, 3 resolved_at,
-- 4 followed_up_at) and period of that date in China (UTC+8): its month as YYYYMM and its day
-- as YYYYMMDD (a day's number is always the greater: a range of one kind never meets the other).
CREATE TABLE case_tallies (
    cohort            INTEGER NOT NULL,
    period            INTEGER NOT NULL,
    origin_org        TEXT NOT NULL,
    cases             INTEGER NOT NULL,
    resolved_now      INTEGER NOT NULL,
    accepted_24h      INTEGER NOT NULL,
    by_deadline       INTEGER NOT NULL,
    satisfied         INTEGER NOT NULL,
    township_or_below INTEGER NOT NULL,
    village           INTEGER NOT NULL,
    with_grid         INTEGER NOT NULL,
    in_grid           INTEGER NOT NULL,
    reopened          INTEGER NOT NULL,
    handling_1        INTEGER NOT NULL,
    handling_2        INTEGER NOT NULL,
    handling_3        INTEGER NOT NULL,
    handling_4        INTEGER NOT NULL,
    channel_1         INTEGER NOT NULL,
    channel_2         INTEGER NOT NULL,
    channel_3         INTEGER NOT NULL,
    channel_4         INTEGER NOT NULL,
    channel_5         INTEGER NOT NULL,
    channel_6         INTEGER NOT NULL,
    channel_7         INTEGER NOT NULL,
    channel_8         INTEGER NOT NULL,
    satisfaction_1    INTEGER NOT NULL,
    satisfaction_2    INTEGER NOT NULL,
    satisfaction_3    INTEGER NOT NULL,
    -- A period's rows lie together, all units: a city's two years are a few thousand rows.
    PRIMARY KEY (cohort, period, origin_org)
) WITHOUT ROWID;

-- A case's row counted in (sign +1) or out (sign -1). Nothing is ever stored here: the trigger
-- applies the row to the tallies and then drops the insert (RAISE(IGNORE) ends only that
-- statement; the trigger that inserted carries on).
CREATE TABLE case_tally_changes (
    sign            INTEGER NOT NULL,
    origin_org      TEXT NOT NULL,
    state           INTEGER NOT NULL,
    handling        INTEGER NOT NULL,
    channel         INTEGER NOT NULL,
    registered_at   INTEGER,
    dispatched_at   INTEGER,
    accepted_at     INTEGER,
    resolved_at     INTEGER,
    followed_up_at  INTEGER,
    deadline        TEXT,
    satisfaction    INTEGER,
    resolved_org    TEXT,
    resolved_level  INTEGER,
    grid_id         TEXT,
    escalations     INTEGER,
    reopen_count    INTEGER
);

CREATE TRIGGER case_tally_changes_apply BEFORE INSERT ON case_tally_changes
BEGIN
    INSERT INTO case_tallies
    SELECT c.cohort, CAST(strftime(p.format, c.at / 1000 + 28800, 'unixepoch') AS INTEGER), NEW.origin_org,
        NEW.sign,
        NEW.sign * (CASE WHEN NEW.state IN (5, 6, 7) THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.accepted_at IS NOT NULL AND NEW.accepted_at - NEW.dispatched_at <= 86400000
                         THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN date(NEW.resolved_at / 1000 + 28800, 'unixepoch') <= NEW.deadline
                         THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.satisfaction IN (1, 2) THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.resolved_level >= 3 THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.resolved_level = 4 THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.grid_id IS NOT NULL THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.grid_id IS NOT NULL AND NEW.escalations = 0 AND NEW.resolved_level = 4
                              AND NEW.resolved_org = NEW.origin_org THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.reopen_count > 0 THEN 1 ELSE 0 END),
        NEW.sign * (NEW.handling = 1), NEW.sign * (NEW.handling = 2),
        NEW.sign * (NEW.handling = 3), NEW.sign * (NEW.handling = 4),
        NEW.sign * (NEW.channel = 1), NEW.sign * (NEW.channel = 2), NEW.sign * (NEW.channel = 3),
        NEW.sign * (NEW.channel = 4), NEW.sign * (NEW.channel = 5), NEW.sign * (NEW.channel = 6),
        NEW.sign * (NEW.channel = 7), NEW.sign * (NEW.channel = 8),
        NEW.sign * (CASE WHEN NEW.satisfaction = 1 THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.satisfaction = 2 THEN 1 ELSE 0 END),
        NEW.sign * (CASE WHEN NEW.satisfaction = 3 THEN 1 ELSE 0 END)
    FROM (SELECT 1 AS cohort, NEW.registered_at AS at
          UNION ALL SELECT 2, NEW.dispatched_at
          UNION ALL SELECT 3, NEW.resolved_at
          UNION ALL SELECT 4, NEW.followed_up_at) AS c,
         (SELECT '%Y%m' AS format UNION ALL SELECT '%Y%m%d') AS p
    -- A date outside years 0–9999 (a broken clock) has no period: not counted, as no period
    -- query can select it either.
    WHERE c.at IS NOT NULL AND strftime(p.format, c.at / 1000 + 28800, 'unixepoch') IS NOT NULL
    ON CONFLICT (cohort, period, origin_org) DO UPDATE SET
        cases = cases + excluded.cases,
        resolved_now = resolved_now + excluded.resolved_now,
        accepted_24h = accepted_24h + excluded.accepted_24h,
        by_deadline = by_deadline + excluded.by_deadline,
        satisfied = satisfied + excluded.satisfied,
        township_or_below = township_or_below + excluded.township_or_below,
        village = village + excluded.village,
        with_grid = with_grid + excluded.with_grid,
        in_grid = in_grid + excluded.in_grid,
        reopened = reopened + excluded.reopened,
        handling_1 = handling_1 + excluded.handling_1,
        handling_2 = handling_2 + excluded.handling_2,
        handling_3 = handling_3 + excluded.handling_3,
        handling_4 = handling_4 + excluded.handling_4,
        channel_1 = channel_1 + excluded.channel_1,
        channel_2 = channel_2 + excluded.channel_2,
        channel_3 = channel_3 + excluded.channel_3,
        channel_4 = channel_4 + excluded.channel_4,
        channel_5 = channel_5 + excluded.channel_5,
        channel_6 = channel_6 + excluded.channel_6,
        channel_7 = channel_7 + excluded.channel_7,
        channel_8 = channel_8 + excluded.channel_8,
        satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
        satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
        satisfaction_3 = satisfaction_3 + excluded.satisfaction_3;
    -- A period a case left holds nothing once its count is 0: a fresh fold has no such row.
    DELETE FROM case_tallies
    WHERE NEW.sign < 0 AND cases = 0 AND origin_org = NEW.origin_org
        AND (cohort, period) IN (
            SELECT c.cohort, CAST(strftime(p.format, c.at / 1000 + 28800, 'unixepoch') AS INTEGER)
            FROM (SELECT 1 AS cohort, NEW.registered_at AS at
                  UNION ALL SELECT 2, NEW.dispatched_at
                  UNION ALL SELECT 3, NEW.resolved_at
                  UNION ALL SELECT 4, NEW.followed_up_at) AS c,
                 (SELECT '%Y%m' AS format UNION ALL SELECT '%Y%m%d') AS p
            WHERE c.at IS NOT NULL AND strftime(p.format, c.at / 1000 + 28800, 'unixepoch') IS NOT NULL);
    SELECT RAISE(IGNORE);
END;

CREATE TRIGGER case_tallies_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_tally_changes VALUES (1, NEW.origin_org, NEW.state, NEW.handling, NEW.channel,
        NEW.registered_at, NEW.dispatched_at, NEW.accepted_at, NEW.resolved_at, NEW.followed_up_at,
        NEW.deadline, NEW.satisfaction, NEW.resolved_org, NEW.resolved_level, NEW.grid_id,
        NEW.escalations, NEW.reopen_count);
END;

CREATE TRIGGER case_tallies_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO case_tally_changes VALUES (-1, OLD.origin_org, OLD.state, OLD.handling, OLD.channel,
        OLD.registered_at, OLD.dispatched_at, OLD.accepted_at, OLD.resolved_at, OLD.followed_up_at,
        OLD.deadline, OLD.satisfaction, OLD.resolved_org, OLD.resolved_level, OLD.grid_id,
        OLD.escalations, OLD.reopen_count);
END;

CREATE TRIGGER case_tallies_update AFTER UPDATE OF origin_org, state, handling, channel, registered_at,
    dispatched_at, accepted_at, resolved_at, followed_up_at, deadline, satisfaction, resolved_org,
    resolved_level, grid_id, escalations, reopen_count ON cases
BEGIN
    INSERT INTO case_tally_changes VALUES (-1, OLD.origin_org, OLD.state, OLD.handling, OLD.channel,
        OLD.registered_at, OLD.dispatched_at, OLD.accepted_at, OLD.resolved_at, OLD.followed_up_at,
        OLD.deadline, OLD.satisfaction, OLD.resolved_org, OLD.resolved_level, OLD.grid_id,
        OLD.escalations, OLD.reopen_count);
    INSERT INTO case_tally_changes VALUES (1, NEW.origin_org, NEW.state, NEW.handling, NEW.channel,
        NEW.registered_at, NEW.dispatched_at, NEW.accepted_at, NEW.resolved_at, NEW.followed_up_at,
        NEW.deadline, NEW.satisfaction, NEW.resolved_org, NEW.resolved_level, NEW.grid_id,
        NEW.escalations, NEW.reopen_count);
END;

-- The cases behind a figure (统计's drill-down) are found by these dates.
CREATE INDEX cases_by_dispatched ON cases (dispatched_at) WHERE dispatched_at IS NOT NULL;
CREATE INDEX cases_by_resolved ON cases (resolved_at) WHERE resolved_at IS NOT NULL;

-- The cases already in the ledger.
INSERT INTO case_tally_changes
SELECT 1, origin_org, state, handling, channel, registered_at, dispatched_at, accepted_at, resolved_at,
    followed_up_at, deadline, satisfaction, resolved_org, resolved_level, grid_id, escalations, reopen_count
FROM cases;
