-- Hearth schema 9: what a hub sends to each officer (docs/architecture.md § Sync, docs/formats.md
-- § Sync bundles). An officer's database holds that officer's caseload and the council-wide data;
-- the hub holds everything. Local bookkeeping only: none of it is in the dump.

-- The officer each peer's database belongs to (officers.id; the officer row may not have arrived
-- yet, so no foreign key). Empty: the hub sends that peer council-wide data only.
ALTER TABLE sync_peers ADD COLUMN officer_id TEXT;

-- Hub side: the residents each peer holds or held. held = 1: in the peer's caseload; seq is this
-- database's last change sequence number when the whole record was sent (0 when the peer made or
-- sent the record itself), so it is sent whole again until the peer acknowledges that bundle.
-- held = 0: re-assigned away at seq; the peer is told to let it go until it acknowledges.
CREATE TABLE sync_scope (
    site_id     TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    held        INTEGER NOT NULL CHECK (held IN (0, 1)),
    seq         INTEGER NOT NULL,
    PRIMARY KEY (site_id, resident_id)
) WITHOUT ROWID;

-- Officer side: residents the hub moved into or out of this database's caseload, with the hub's
-- sequence number (seq_to of the bundle) that said so; a late bundle older than that is ignored
-- for the resident. held = 0: let go; removed here (no purge marker) once the hub has confirmed
-- every change made here to the record.
CREATE TABLE sync_caseload (
    resident_id TEXT PRIMARY KEY NOT NULL,
    sender      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    held        INTEGER NOT NULL CHECK (held IN (0, 1))
) WITHOUT ROWID;
