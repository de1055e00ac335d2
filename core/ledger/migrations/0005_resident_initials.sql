-- Taizhang ledger, schema 5: pinyin initials lead to residents' ids without reading their rows.
DROP INDEX residents_by_initials;
CREATE INDEX residents_by_initials ON residents (initials, id);
