-- Hearth schema 11: the caseload sorted by any column without reading each resident's row
-- (docs/performance.md, "The caseload window").
--
-- Migration 8's index gives the caseload by name. Sorting by ward, officer, target groups,
-- identified on or risk still read every listed resident's row for the sort key: at 76,000 open
-- cases that was most of the 0.2 s a sort took. This index replaces it: the same order (status,
-- then name, then id), so the name order and the status filter still come from it alone, and the
-- other sort keys ride along in it, so a sort reads the index, never the table. deleted_at is
-- always NULL here, but SQLite reads the row to check a query's "deleted_at IS NULL" unless the
-- column is in the index.
DROP INDEX residents_list_by_name;
CREATE INDEX residents_caseload ON residents (
    status, family_name COLLATE NOCASE, given_name COLLATE NOCASE, id,
    ward_code, assigned_officer_id, identified_on, target_groups, crisis_since, safeguarding_since, deleted_at
) WHERE deleted_at IS NULL;
