-- Hearth schema 1: the caseload. Officers, wards, residents, contacts, council settings, the
-- audit trail and the local bookkeeping. Every synced table carries the sync metadata columns
-- created_at, updated_at, updated_by, site_id, row_version and deleted_at (soft delete).

-- Local facts about this database (site id, role, signed-in officer); never synced.
CREATE TABLE local_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

-- Council-wide settings, synced from the hub.
CREATE TABLE settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);

CREATE TABLE officers (
    id           TEXT PRIMARY KEY NOT NULL,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('officer', 'manager')),
    team         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    site_id      TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at   TEXT
);

CREATE TABLE wards (
    code        TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);

CREATE TABLE residents (
    id                  TEXT PRIMARY KEY NOT NULL,
    given_name          TEXT,
    family_name         TEXT,
    preferred_name      TEXT,
    date_of_birth       TEXT,
    age_band_estimate   TEXT,
    sex                 TEXT,
    gender_same_as_sex  TEXT,
    gender_identity     TEXT,
    ethnic_group        TEXT,
    long_term_condition TEXT,
    activity_limitation TEXT,
    address_line1       TEXT,
    address_line2       TEXT,
    town                TEXT,
    postcode            TEXT,
    ward_code           TEXT NOT NULL REFERENCES wards (code),
    phone               TEXT,
    email               TEXT,
    preferred_contact   TEXT,
    lives_alone         INTEGER CHECK (lives_alone IN (0, 1)),
    is_carer            INTEGER CHECK (is_carer IN (0, 1)),
    target_groups       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_groups)),
    barriers            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(barriers)),
    identified_on       TEXT NOT NULL,
    identified_by       TEXT,
    previously_engaged  INTEGER CHECK (previously_engaged IN (0, 1)),
    consent_to_store    INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_store IN (0, 1)),
    consent_to_share    INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_share IN (0, 1)),
    consent_date        TEXT,
    lawful_basis        TEXT,
    assigned_officer_id TEXT REFERENCES officers (id),
    crisis_since        TEXT,
    safeguarding_since  TEXT,
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on           TEXT,
    closure_reason      TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT,
    site_id             TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at          TEXT
);
CREATE INDEX residents_ward ON residents (ward_code);
CREATE INDEX residents_officer ON residents (assigned_officer_id);
CREATE INDEX residents_identified_on ON residents (identified_on);
CREATE INDEX residents_status ON residents (status, closed_on);
CREATE INDEX residents_name ON residents (family_name COLLATE NOCASE, given_name COLLATE NOCASE);

CREATE TABLE contacts (
    id                  TEXT PRIMARY KEY NOT NULL,
    resident_id         TEXT NOT NULL REFERENCES residents (id),
    contact_on          TEXT NOT NULL,
    contact_time        TEXT,
    type                TEXT NOT NULL,
    duration_minutes    INTEGER CHECK (duration_minutes BETWEEN 0 AND 1440),
    note                TEXT,
    officer_id          TEXT REFERENCES officers (id),
    follow_up_due       TEXT,
    corrects_contact_id TEXT REFERENCES contacts (id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT,
    site_id             TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at          TEXT
);
CREATE INDEX contacts_resident ON contacts (resident_id, contact_on);
CREATE INDEX contacts_on ON contacts (contact_on);

-- Notes are append-only: a correction is a new contact that references the old one.
CREATE TRIGGER contacts_note_append_only BEFORE UPDATE OF note ON contacts
WHEN old.note IS NOT new.note
BEGIN
    SELECT RAISE(ABORT, 'contact notes are append-only: add a correction instead');
END;

-- Derived, local-only: each resident's last contact and the follow-up set at that contact, kept
-- by triggers so the caseload can sort and filter on them without reading every contact.
-- Corrections are not contacts with the resident and do not count.
CREATE TABLE resident_activity (
    resident_id       TEXT PRIMARY KEY NOT NULL,
    last_contact_on   TEXT,
    next_follow_up_on TEXT
) WITHOUT ROWID;
CREATE INDEX resident_activity_follow_up ON resident_activity (next_follow_up_on);

CREATE TRIGGER contacts_activity_insert AFTER INSERT ON contacts
WHEN new.corrects_contact_id IS NULL
BEGIN
    INSERT OR REPLACE INTO resident_activity (resident_id, last_contact_on, next_follow_up_on)
    SELECT new.resident_id, c.contact_on, c.follow_up_due
      FROM contacts c
     WHERE c.resident_id = new.resident_id AND c.deleted_at IS NULL AND c.corrects_contact_id IS NULL
     ORDER BY c.contact_on DESC, c.created_at DESC, c.id DESC
     LIMIT 1;
END;

CREATE TRIGGER contacts_activity_update AFTER UPDATE OF contact_on, follow_up_due, deleted_at, resident_id ON contacts
BEGIN
    DELETE FROM resident_activity WHERE resident_id IN (old.resident_id, new.resident_id);
    INSERT OR REPLACE INTO resident_activity (resident_id, last_contact_on, next_follow_up_on)
    SELECT r.id,
           (SELECT c.contact_on FROM contacts c
             WHERE c.resident_id = r.id AND c.deleted_at IS NULL AND c.corrects_contact_id IS NULL
             ORDER BY c.contact_on DESC, c.created_at DESC, c.id DESC LIMIT 1),
           (SELECT c.follow_up_due FROM contacts c
             WHERE c.resident_id = r.id AND c.deleted_at IS NULL AND c.corrects_contact_id IS NULL
             ORDER BY c.contact_on DESC, c.created_at DESC, c.id DESC LIMIT 1)
      FROM residents r
     WHERE r.id IN (old.resident_id, new.resident_id);
END;

CREATE TRIGGER contacts_activity_delete AFTER DELETE ON contacts
BEGIN
    DELETE FROM resident_activity WHERE resident_id = old.resident_id;
    INSERT OR REPLACE INTO resident_activity (resident_id, last_contact_on, next_follow_up_on)
    SELECT c.resident_id, c.contact_on, c.follow_up_due
      FROM contacts c
     WHERE c.resident_id = old.resident_id AND c.deleted_at IS NULL AND c.corrects_contact_id IS NULL
     ORDER BY c.contact_on DESC, c.created_at DESC, c.id DESC
     LIMIT 1;
END;

-- The audit trail: append-only and hash-chained (AuditEvent::computeHash). Local to this database.
CREATE TABLE audit_events (
    sequence      INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    officer_id    TEXT,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT,
    summary       TEXT NOT NULL DEFAULT '',
    previous_hash TEXT NOT NULL DEFAULT '',
    hash          TEXT NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity, entity_id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
