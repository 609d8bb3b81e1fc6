-- Hearth schema 8: the caseload's default order without a sort (docs/performance.md).
--
-- The caseload lists open cases by family name, given name and id (ResidentQuery::Sort::Name).
-- residents_name cannot give that order with the id as the tie-breaker, and the status filter
-- chose residents_live, so every list sorted the whole caseload. This partial index holds the live
-- residents in exactly that order, by status first, so the list of open (or closed) cases by name
-- is read from the index alone, in order.
CREATE INDEX residents_list_by_name ON residents (status, family_name COLLATE NOCASE, given_name COLLATE NOCASE, id)
    WHERE deleted_at IS NULL;
