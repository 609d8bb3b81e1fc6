-- Hearth schema 2: full-text search (FTS5) over residents' names, postcode and phone, and over
-- contact notes. search_rows gives each indexed record a stable integer rowid (residents have
-- text keys, and an implicit rowid may change on VACUUM). Triggers keep the index current,
-- including for rows that arrive by sync or import.

CREATE TABLE search_rows (
    rowid     INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE search_index USING fts5 (
    resident_id UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- A resident's searchable text: names, postcode with and without its space, phone as typed and
-- as digits only (so "07700900123" finds "07700 900123").
CREATE VIEW resident_search_text (id, body) AS
SELECT id,
       coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(preferred_name, '') || ' '
           || coalesce(postcode, '') || ' ' || replace(coalesce(postcode, ''), ' ', '') || ' ' || coalesce(phone, '')
           || ' ' || replace(replace(replace(replace(replace(coalesce(phone, ''), ' ', ''), '-', ''), '(', ''), ')', ''),
                             '+', '')
  FROM residents;

CREATE TRIGGER residents_search_insert AFTER INSERT ON residents
BEGIN
    INSERT INTO search_rows (entity_id) VALUES (new.id);
    INSERT INTO search_index (rowid, resident_id, body)
    SELECT (SELECT rowid FROM search_rows WHERE entity_id = new.id), new.id, body
      FROM resident_search_text WHERE id = new.id;
END;

CREATE TRIGGER residents_search_update
AFTER UPDATE OF given_name, family_name, preferred_name, postcode, phone ON residents
BEGIN
    UPDATE search_index
       SET body = (SELECT body FROM resident_search_text WHERE id = new.id)
     WHERE rowid = (SELECT rowid FROM search_rows WHERE entity_id = new.id);
END;

CREATE TRIGGER residents_search_delete AFTER DELETE ON residents
BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_rows WHERE entity_id = old.id);
    DELETE FROM search_rows WHERE entity_id = old.id;
END;

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
WHEN new.note IS NOT NULL AND new.note <> ''
BEGIN
    INSERT INTO search_rows (entity_id) VALUES (new.id);
    INSERT INTO search_index (rowid, resident_id, body)
    VALUES ((SELECT rowid FROM search_rows WHERE entity_id = new.id), new.resident_id, new.note);
END;

CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_rows WHERE entity_id = old.id);
    DELETE FROM search_rows WHERE entity_id = old.id;
END;

-- Index what schema 1 already held.
INSERT INTO search_rows (entity_id) SELECT id FROM residents;
INSERT INTO search_rows (entity_id) SELECT id FROM contacts WHERE note IS NOT NULL AND note <> '';
INSERT INTO search_index (rowid, resident_id, body)
SELECT s.rowid, t.id, t.body FROM resident_search_text t JOIN search_rows s ON s.entity_id = t.id;
INSERT INTO search_index (rowid, resident_id, body)
SELECT s.rowid, c.resident_id, c.note FROM contacts c JOIN search_rows s ON s.entity_id = c.id;
