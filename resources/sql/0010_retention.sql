-- Hearth schema 10: retention. A closed case past the council's retention period is anonymised
-- (storage/Retention): its contact notes are erased, which the append-only rule of schema 1 must
-- allow. A note may still never be changed to other text (a correction is a new note); it may
-- only be erased, and only while its resident's case is closed. An erased note leaves the search
-- index.

DROP TRIGGER contacts_note_append_only;

CREATE TRIGGER contacts_note_append_only BEFORE UPDATE OF note ON contacts
WHEN old.note IS NOT new.note
 AND NOT (new.note IS NULL AND (SELECT status FROM residents WHERE id = new.resident_id) = 'closed')
BEGIN
    SELECT RAISE(ABORT, 'contact notes are append-only: add a correction instead');
END;

CREATE TRIGGER contacts_search_note_erased AFTER UPDATE OF note ON contacts
WHEN new.note IS NULL AND old.note IS NOT NULL
BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_rows WHERE entity_id = new.id);
    DELETE FROM search_rows WHERE entity_id = new.id;
END;
