-- Cases with a decision that lost to another (cases.conflict), for the supervisors' review list:
-- few at any time, found without reading the rest.
CREATE INDEX cases_in_conflict ON cases (org_code) WHERE conflict IS NOT NULL;
