-- Taizhang ledger, schema 4: a resident's cases by time straight from the index, so a search by
-- pinyin initials (hundreds of residents) sorts their cases without reading every row.
DROP INDEX cases_by_resident;
CREATE INDEX cases_by_resident ON cases (resident_id, registered_at);
