-- Hearth schema 3: outcome measurements, the community directory (after Open Referral UK 3.0)
-- and referrals with their dated history.

CREATE TABLE measurements (
    id          TEXT PRIMARY KEY NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    instrument  TEXT NOT NULL,
    stage       TEXT NOT NULL CHECK (stage IN ('baseline', 'review', 'exit')),
    taken_on    TEXT NOT NULL,
    responses   TEXT NOT NULL CHECK (json_valid(responses)),
    officer_id  TEXT REFERENCES officers (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX measurements_resident ON measurements (resident_id, instrument, taken_on);

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    description TEXT,
    website     TEXT,
    email       TEXT,
    feed_id     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX organisations_feed ON organisations (feed_id);

CREATE TABLE services (
    id                 TEXT PRIMARY KEY NOT NULL,
    organisation_id    TEXT NOT NULL REFERENCES organisations (id),
    name               TEXT NOT NULL,
    description        TEXT,
    status             TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    url                TEXT,
    email              TEXT,
    phone              TEXT,
    cost_description   TEXT,
    minimum_age        INTEGER,
    maximum_age        INTEGER,
    categories         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    wards_served       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(wards_served)),
    target_groups      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_groups)),
    capacity           INTEGER,
    accessibility      TEXT,
    transport_provided INTEGER NOT NULL DEFAULT 0 CHECK (transport_provided IN (0, 1)),
    started_on         TEXT,
    ended_on           TEXT,
    last_modified      TEXT,
    assured_date       TEXT,
    feed_id            TEXT,
    in_feed            INTEGER NOT NULL DEFAULT 1 CHECK (in_feed IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT,
    site_id            TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at         TEXT
);
CREATE INDEX services_organisation ON services (organisation_id);
CREATE INDEX services_feed ON services (feed_id);

CREATE TABLE locations (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT,
    address_line1 TEXT,
    town          TEXT,
    postcode      TEXT,
    ward_code     TEXT REFERENCES wards (code),
    latitude      REAL,
    longitude     REAL,
    accessibility TEXT,
    feed_id       TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    site_id       TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at    TEXT
);

CREATE TABLE service_locations (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL REFERENCES services (id),
    location_id TEXT NOT NULL REFERENCES locations (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX service_locations_service ON service_locations (service_id);

CREATE TABLE schedules (
    id                  TEXT PRIMARY KEY NOT NULL,
    service_id          TEXT NOT NULL REFERENCES services (id),
    service_location_id TEXT REFERENCES service_locations (id),
    freq                TEXT CHECK (freq IN ('WEEKLY', 'MONTHLY')),
    by_day              TEXT,
    opens_at            TEXT,
    closes_at           TEXT,
    valid_from          TEXT,
    valid_to            TEXT,
    description         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT,
    site_id             TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at          TEXT
);
CREATE INDEX schedules_service ON schedules (service_id);

CREATE TABLE taxonomy_terms (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    taxonomy    TEXT,
    parent_id   TEXT REFERENCES taxonomy_terms (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX taxonomy_terms_code ON taxonomy_terms (taxonomy, code);

CREATE TABLE referrals (
    id          TEXT PRIMARY KEY NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    service_id  TEXT NOT NULL REFERENCES services (id),
    kind        TEXT NOT NULL CHECK (kind IN ('signpost', 'warm')),
    status      TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'no_response', 'attending',
                                                'completed', 'stopped_attending', 'withdrawn')),
    created_on  TEXT NOT NULL,
    sent_on     TEXT,
    outcome     TEXT,
    note        TEXT,
    officer_id  TEXT REFERENCES officers (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX referrals_resident ON referrals (resident_id);
CREATE INDEX referrals_service ON referrals (service_id);
CREATE INDEX referrals_sent_on ON referrals (sent_on);

CREATE TABLE referral_events (
    id          TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    event_on    TEXT NOT NULL,
    officer_id  TEXT REFERENCES officers (id),
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, event_on);
