-- Hearth schema 5: the rule for a resident's latest contact stated once, as a view, so that the
-- row-by-row triggers and the set-based rebuild after a bulk write (storage/BulkWrite) agree; and a
-- partial index of live residents for the caseload's counts.

-- A resident's last contact with them (corrections are not contacts) and the follow-up set then.
CREATE VIEW resident_latest_contact (resident_id, last_contact_on, next_follow_up_on) AS
SELECT r.id,
       (SELECT c.contact_on FROM contacts c
         WHERE c.resident_id = r.id AND c.deleted_at IS NULL AND c.corrects_contact_id IS NULL
         ORDER BY c.contact_on DESC, c.created_at DESC, c.id DESC LIMIT 1),
       (SELECT c.follow_up_due FROM contacts c
         WHERE c.resident_id = r.id AND c.deleted_at IS NULL AND c.corrects_contact_id IS NULL
         ORDER BY c.contact_on DESC, c.created_at DESC, c.id DESC LIMIT 1)
  FROM residents r;

DROP TRIGGER contacts_activity_insert;
DROP TRIGGER contacts_activity_update;
DROP TRIGGER contacts_activity_delete;

CREATE TRIGGER contacts_activity_insert AFTER INSERT ON contacts
WHEN new.corrects_contact_id IS NULL
BEGIN
    INSERT OR REPLACE INTO resident_activity (resident_id, last_contact_on, next_follow_up_on)
    SELECT resident_id, last_contact_on, next_follow_up_on FROM resident_latest_contact
     WHERE resident_id = new.resident_id;
END;

CREATE TRIGGER contacts_activity_update AFTER UPDATE OF contact_on, follow_up_due, deleted_at, resident_id ON contacts
BEGIN
    INSERT OR REPLACE INTO resident_activity (resident_id, last_contact_on, next_follow_up_on)
    SELECT resident_id, last_contact_on, next_follow_up_on FROM resident_latest_contact
     WHERE resident_id IN (old.resident_id, new.resident_id);
END;

CREATE TRIGGER contacts_activity_delete AFTER DELETE ON contacts
BEGIN
    INSERT OR REPLACE INTO resident_activity (resident_id, last_contact_on, next_follow_up_on)
    SELECT resident_id, last_contact_on, next_follow_up_on FROM resident_latest_contact
     WHERE resident_id = old.resident_id;
END;

CREATE INDEX residents_live ON residents (status) WHERE deleted_at IS NULL;
