-- Hearth schema 12: case closure history (docs/architecture.md § Case closures). A resident row
-- holds only the case's current status; a case closed and later reopened must still count as
-- closed for the dates it was closed (kpis.md, on_register and cases_closed). Each closure is one
-- synced row: when it was closed, why, and when it was reopened (NULL while it is in force).
--
-- The key is the resident's id and the closing date ("<resident id>/<YYYY-MM-DD>"), so two
-- databases that record the same closure (the migration below runs on every database of a team)
-- hold one row, not two. Closing again on the same day after a reopen reuses the row.
CREATE TABLE case_closures (
    id          TEXT PRIMARY KEY NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    closed_on   TEXT NOT NULL,
    reason      TEXT,
    reopened_on TEXT CHECK (reopened_on IS NULL OR reopened_on >= closed_on),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX case_closures_resident ON case_closures (resident_id, closed_on);

-- History from before schema 12: every "reopen" event of the audit trail, whose text is
-- "case reopened; was closed on YYYY-MM-DD (reason)" (storage/ResidentRepository), is one closed
-- and reopened episode, reopened on the event's date. Then each resident closed now is one
-- episode still in force (it replaces a reopened one of the same day: the case was closed again).
CREATE TEMP TABLE closures_0011 AS
SELECT e.entity_id AS resident_id,
       substr(e.summary, 30, 10) AS closed_on,
       nullif(substr(e.summary, 42, length(e.summary) - 42), '') AS reason,
       substr(e.at, 1, 10) AS reopened_on,
       e.at AS at,
       e.officer_id AS officer_id,
       e.sequence AS sequence
FROM audit_events e
WHERE e.entity = 'resident' AND e.action = 'reopen'
  AND e.summary LIKE 'case reopened; was closed on ____-__-__ (%)'
  AND date(substr(e.summary, 30, 10), '+0 days') IS substr(e.summary, 30, 10)
  AND substr(e.summary, 40, 2) = ' ('
  AND substr(e.at, 1, 10) >= substr(e.summary, 30, 10);

-- The reopen events that could not be read: Store logs their number (no text) and deletes this.
INSERT OR REPLACE INTO local_meta (key, value)
SELECT 'migration_0011_skipped', n FROM (
    SELECT count(*) AS n FROM audit_events e
    WHERE e.entity = 'resident' AND e.action = 'reopen'
      AND e.sequence NOT IN (SELECT sequence FROM closures_0011))
WHERE n > 0;

-- The latest reopen of each closure (a case closed, reopened, closed again on the same day and
-- reopened again is one episode).
INSERT INTO case_closures (id, resident_id, closed_on, reason, reopened_on, created_at, updated_at, updated_by,
                           site_id)
SELECT c.resident_id || '/' || c.closed_on, c.resident_id, c.closed_on, c.reason, c.reopened_on, c.at, c.at,
       c.officer_id, coalesce((SELECT value FROM local_meta WHERE key = 'site_id'), 'migration')
FROM closures_0011 c
WHERE c.resident_id IN (SELECT id FROM residents)
  AND c.sequence = (SELECT max(d.sequence) FROM closures_0011 d
                    WHERE d.resident_id = c.resident_id AND d.closed_on = c.closed_on);

INSERT OR REPLACE INTO case_closures (id, resident_id, closed_on, reason, reopened_on, created_at, updated_at,
                                      updated_by, site_id)
SELECT r.id || '/' || r.closed_on, r.id, r.closed_on, nullif(r.closure_reason, ''), NULL, r.updated_at,
       r.updated_at, r.updated_by, r.site_id
FROM residents r
WHERE r.status = 'closed' AND r.closed_on IS NOT NULL;

DROP TABLE closures_0011;

-- From now on every write of a resident keeps the history, in the same transaction, whatever
-- made it (a repository, a CSV import, the demo): closing adds (or re-opens) the day's episode,
-- reopening ends it on the day of the change, correcting the closing date while closed moves the
-- episode, and a changed reason follows. Sync and the JSON import bring the peer's or the file's
-- own history rows, so they set local_meta 'closures_paused' while they write residents
-- (storage/ClosureHistory).
CREATE TRIGGER residents_closure_insert AFTER INSERT ON residents
WHEN new.status = 'closed' AND new.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'closures_paused')
BEGIN
    INSERT INTO case_closures (id, resident_id, closed_on, reason, reopened_on, created_at, updated_at, updated_by,
                               site_id)
    VALUES (new.id || '/' || new.closed_on, new.id, new.closed_on, nullif(new.closure_reason, ''), NULL,
            new.updated_at, new.updated_at, new.updated_by, new.site_id)
    ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, reopened_on = NULL, deleted_at = NULL,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by, site_id = excluded.site_id,
        row_version = row_version + 1;
END;

CREATE TRIGGER residents_closure_update AFTER UPDATE OF status, closed_on, closure_reason ON residents
WHEN NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'closures_paused')
 AND (old.status IS NOT new.status OR old.closed_on IS NOT new.closed_on
      OR old.closure_reason IS NOT new.closure_reason)
BEGIN
    -- Reopened: the episode in force ends today (the change's date).
    UPDATE case_closures SET reopened_on = max(closed_on, substr(new.updated_at, 1, 10)),
        updated_at = new.updated_at, updated_by = new.updated_by, site_id = new.site_id,
        row_version = row_version + 1
    WHERE old.status = 'closed' AND new.status IS NOT 'closed'
      AND id = old.id || '/' || old.closed_on AND reopened_on IS NULL AND deleted_at IS NULL;
    -- Still closed, but from another date: the old date was a mistake, not an episode.
    UPDATE case_closures SET deleted_at = new.updated_at, updated_at = new.updated_at, updated_by = new.updated_by,
        site_id = new.site_id, row_version = row_version + 1
    WHERE old.status = 'closed' AND new.status = 'closed' AND old.closed_on IS NOT new.closed_on
      AND id = old.id || '/' || old.closed_on AND reopened_on IS NULL AND deleted_at IS NULL;
    -- Closed (again, or from a corrected date, or with a corrected reason).
    INSERT INTO case_closures (id, resident_id, closed_on, reason, reopened_on, created_at, updated_at, updated_by,
                               site_id)
    SELECT new.id || '/' || new.closed_on, new.id, new.closed_on, nullif(new.closure_reason, ''), NULL,
           new.updated_at, new.updated_at, new.updated_by, new.site_id
    WHERE new.status = 'closed' AND new.closed_on IS NOT NULL
    ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, reopened_on = NULL, deleted_at = NULL,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by, site_id = excluded.site_id,
        row_version = row_version + 1;
END;

-- Sync capture (as 0006_sync.sql for every synced table). Not INSERT OR IGNORE: these run inside
-- the upserts above, whose conflict handling would override the OR IGNORE.
CREATE TRIGGER case_closures_sync_insert AFTER INSERT ON case_closures
BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT 'case_closures', new.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = 'case_closures' AND key = new.id);
END;
CREATE TRIGGER case_closures_sync_update AFTER UPDATE ON case_closures
BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT 'case_closures', new.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = 'case_closures' AND key = new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'case_closures', id FROM case_closures;
