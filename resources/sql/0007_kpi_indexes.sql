-- Hearth schema 7: indexes for the KPI queries (storage/KpiQueries; docs/performance.md).
--
-- "Residents supported" reads every contact in a quarter: with only contacts_on, each one costs a
-- read of its (large, note-holding) row to check deleted_at and corrects_contact_id. This partial
-- index holds the live, non-correction contacts' date and resident, so the query reads it alone.
CREATE INDEX contacts_kpi ON contacts (contact_on, resident_id)
    WHERE deleted_at IS NULL AND corrects_contact_id IS NULL;

-- Follow-ups: the residents measured on the primary instrument in the period.
CREATE INDEX measurements_kpi ON measurements (instrument, taken_on, resident_id) WHERE deleted_at IS NULL;
