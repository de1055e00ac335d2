-- Taizhang ledger, schema 13: 举一反三 (recurring issues). A supervisor confirms that several
-- cases are one problem, names its root cause and registers one case that fixes it; each member
-- is linked to that case (event CaseLinkedToIssue) and is resolved with it (CaseResolvedWithIssue).
ALTER TABLE cases ADD COLUMN root_cause TEXT;    -- set on a 举一反三 case: the cause it fixes
ALTER TABLE cases ADD COLUMN issue_number TEXT;  -- on a member: the number of its 举一反三 case
CREATE INDEX cases_by_issue ON cases (issue_number) WHERE issue_number IS NOT NULL;
CREATE INDEX cases_with_root_cause ON cases (registered_at) WHERE root_cause IS NOT NULL;
