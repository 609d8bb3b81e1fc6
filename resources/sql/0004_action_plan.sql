-- Hearth schema 4: the council's loneliness action plan. An item's status history is its list of
-- dated updates; updates are never changed once written.

CREATE TABLE strategies (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    period_from TEXT,
    period_to   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);

CREATE TABLE priorities (
    id          TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL REFERENCES strategies (id),
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL,
    description TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT,
    site_id     TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at  TEXT
);
CREATE INDEX priorities_strategy ON priorities (strategy_id, position);

CREATE TABLE action_items (
    id                   TEXT PRIMARY KEY NOT NULL,
    priority_id          TEXT NOT NULL REFERENCES priorities (id),
    title                TEXT NOT NULL,
    description          TEXT,
    lead_officer_id      TEXT REFERENCES officers (id),
    partner_organisation TEXT,
    start_on             TEXT,
    due_on               TEXT,
    status               TEXT NOT NULL DEFAULT 'not_started'
                         CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
    percent_complete     INTEGER NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    kpi_id               TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT,
    site_id              TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at           TEXT
);
CREATE INDEX action_items_priority ON action_items (priority_id);

CREATE TABLE action_updates (
    id               TEXT PRIMARY KEY NOT NULL,
    item_id          TEXT NOT NULL REFERENCES action_items (id),
    update_on        TEXT NOT NULL,
    status           TEXT NOT NULL
                     CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
    percent_complete INTEGER NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    commentary       TEXT,
    officer_id       TEXT REFERENCES officers (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT,
    site_id          TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    deleted_at       TEXT
);
CREATE INDEX action_updates_item ON action_updates (item_id, update_on);
