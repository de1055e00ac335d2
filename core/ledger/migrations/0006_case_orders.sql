-- Taizhang ledger, schema 6: the case list sorted by deadline, and follow-ups counted by month,
-- both without reading every case.
CREATE INDEX cases_by_due ON cases (deadline);
CREATE INDEX cases_followed_up ON cases (followed_up_at, origin_org, satisfaction)
    WHERE followed_up_at IS NOT NULL;
