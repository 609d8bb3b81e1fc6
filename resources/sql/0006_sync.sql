-- Hearth schema 6: sync by file export (docs/architecture.md § Sync, docs/formats.md § Sync
-- bundles). Every table here is local bookkeeping: none of it is in the dump or the interchange
-- format, and the team passphrase is never stored.

-- Rows written since sync last looked, kept by the triggers below on every synced table. Sync's
-- capture step compares each with its last known state to find the fields that changed.
CREATE TABLE sync_dirty (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

-- Sync's state of every synced row: the row's version vector (site -> count of its captured
-- changes) and, per field, the value, the change (site, count) that set it and the value before.
-- seq is this database's change sequence number at the row's last change: a bundle carries the
-- rows changed since the recipient last acknowledged one. source is the peer whose bundle brought
-- exactly this state (NULL if this database made or merged it): that peer needs no copy back.
CREATE TABLE sync_rows (
    tbl    TEXT NOT NULL,
    key    TEXT NOT NULL,
    state  TEXT NOT NULL CHECK (json_valid(state)),
    seq    INTEGER NOT NULL,
    source TEXT,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
CREATE INDEX sync_rows_seq ON sync_rows (seq);

-- Purge markers: a record erased here (GDPR) stays erased when a late bundle carries it.
CREATE TABLE sync_purged (
    tbl       TEXT NOT NULL,
    key       TEXT NOT NULL,
    purged_at TEXT NOT NULL,
    site_id   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
CREATE INDEX sync_purged_seq ON sync_purged (seq);

-- The team: the databases this one exchanges bundles with. acked_seq is how far the peer has
-- confirmed importing this database's changes; received_seq how far this one imported the peer's.
CREATE TABLE sync_peers (
    site_id        TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    acked_seq      INTEGER NOT NULL DEFAULT 0,
    received_seq   INTEGER NOT NULL DEFAULT 0,
    added_at       TEXT NOT NULL,
    last_export_at TEXT,
    last_import_at TEXT
);

-- Every bundle imported, by batch id: importing one again changes nothing.
CREATE TABLE sync_ledger (
    batch_id     TEXT PRIMARY KEY NOT NULL,
    sender       TEXT NOT NULL,
    seq_from     INTEGER NOT NULL,
    seq_to       INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    rows_applied INTEGER NOT NULL,
    conflicts    INTEGER NOT NULL
);

-- The conflict inbox: edits to the same field on two sides, and edit versus delete. Values are
-- JSON (the column's stored value). vv is the row's merged version vector when the conflict was
-- raised: a later change that covers it (a decision made elsewhere) settles this one too.
CREATE TABLE sync_conflicts (
    id            INTEGER PRIMARY KEY,
    tbl           TEXT NOT NULL,
    key           TEXT NOT NULL,
    col           TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('field', 'delete')),
    base_known    INTEGER NOT NULL CHECK (base_known IN (0, 1)),
    base          TEXT,
    mine          TEXT,
    theirs        TEXT,
    their_site    TEXT NOT NULL,
    their_officer TEXT,
    their_at      TEXT,
    edited_fields TEXT,
    vv            TEXT NOT NULL,
    batch_id      TEXT NOT NULL,
    raised_at     TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'settled')),
    decision      TEXT,
    decided_by    TEXT,
    decided_at    TEXT,
    decided_site  TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (status, tbl, key, col);

-- Every write to a synced table marks its row for capture; rows held before schema 6 are marked now.
CREATE TRIGGER settings_sync_insert AFTER INSERT ON settings
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('settings', new.key);
END;
CREATE TRIGGER settings_sync_update AFTER UPDATE ON settings
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('settings', new.key);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'settings', key FROM settings;
CREATE TRIGGER officers_sync_insert AFTER INSERT ON officers
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('officers', new.id);
END;
CREATE TRIGGER officers_sync_update AFTER UPDATE ON officers
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('officers', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'officers', id FROM officers;
CREATE TRIGGER wards_sync_insert AFTER INSERT ON wards
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('wards', new.code);
END;
CREATE TRIGGER wards_sync_update AFTER UPDATE ON wards
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('wards', new.code);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'wards', code FROM wards;
CREATE TRIGGER residents_sync_insert AFTER INSERT ON residents
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('residents', new.id);
END;
CREATE TRIGGER residents_sync_update AFTER UPDATE ON residents
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('residents', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'residents', id FROM residents;
CREATE TRIGGER contacts_sync_insert AFTER INSERT ON contacts
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('contacts', new.id);
END;
CREATE TRIGGER contacts_sync_update AFTER UPDATE ON contacts
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('contacts', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'contacts', id FROM contacts;
CREATE TRIGGER measurements_sync_insert AFTER INSERT ON measurements
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('measurements', new.id);
END;
CREATE TRIGGER measurements_sync_update AFTER UPDATE ON measurements
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('measurements', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'measurements', id FROM measurements;
CREATE TRIGGER organisations_sync_insert AFTER INSERT ON organisations
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('organisations', new.id);
END;
CREATE TRIGGER organisations_sync_update AFTER UPDATE ON organisations
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('organisations', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'organisations', id FROM organisations;
CREATE TRIGGER taxonomy_terms_sync_insert AFTER INSERT ON taxonomy_terms
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('taxonomy_terms', new.id);
END;
CREATE TRIGGER taxonomy_terms_sync_update AFTER UPDATE ON taxonomy_terms
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('taxonomy_terms', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'taxonomy_terms', id FROM taxonomy_terms;
CREATE TRIGGER services_sync_insert AFTER INSERT ON services
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('services', new.id);
END;
CREATE TRIGGER services_sync_update AFTER UPDATE ON services
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('services', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'services', id FROM services;
CREATE TRIGGER locations_sync_insert AFTER INSERT ON locations
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('locations', new.id);
END;
CREATE TRIGGER locations_sync_update AFTER UPDATE ON locations
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('locations', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'locations', id FROM locations;
CREATE TRIGGER service_locations_sync_insert AFTER INSERT ON service_locations
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('service_locations', new.id);
END;
CREATE TRIGGER service_locations_sync_update AFTER UPDATE ON service_locations
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('service_locations', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'service_locations', id FROM service_locations;
CREATE TRIGGER schedules_sync_insert AFTER INSERT ON schedules
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('schedules', new.id);
END;
CREATE TRIGGER schedules_sync_update AFTER UPDATE ON schedules
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('schedules', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'schedules', id FROM schedules;
CREATE TRIGGER referrals_sync_insert AFTER INSERT ON referrals
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('referrals', new.id);
END;
CREATE TRIGGER referrals_sync_update AFTER UPDATE ON referrals
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('referrals', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'referrals', id FROM referrals;
CREATE TRIGGER referral_events_sync_insert AFTER INSERT ON referral_events
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('referral_events', new.id);
END;
CREATE TRIGGER referral_events_sync_update AFTER UPDATE ON referral_events
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('referral_events', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'referral_events', id FROM referral_events;
CREATE TRIGGER strategies_sync_insert AFTER INSERT ON strategies
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('strategies', new.id);
END;
CREATE TRIGGER strategies_sync_update AFTER UPDATE ON strategies
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('strategies', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'strategies', id FROM strategies;
CREATE TRIGGER priorities_sync_insert AFTER INSERT ON priorities
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('priorities', new.id);
END;
CREATE TRIGGER priorities_sync_update AFTER UPDATE ON priorities
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('priorities', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'priorities', id FROM priorities;
CREATE TRIGGER action_items_sync_insert AFTER INSERT ON action_items
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('action_items', new.id);
END;
CREATE TRIGGER action_items_sync_update AFTER UPDATE ON action_items
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('action_items', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'action_items', id FROM action_items;
CREATE TRIGGER action_updates_sync_insert AFTER INSERT ON action_updates
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('action_updates', new.id);
END;
CREATE TRIGGER action_updates_sync_update AFTER UPDATE ON action_updates
BEGIN
    INSERT OR IGNORE INTO sync_dirty (tbl, key) VALUES ('action_updates', new.id);
END;
INSERT OR IGNORE INTO sync_dirty (tbl, key) SELECT 'action_updates', id FROM action_updates;
