-- Taizhang ledger, schema 3: the follow-up queue of a service center (resolved cases it
-- registered, waiting for the citizen's verdict) without scanning every resolved case.
CREATE INDEX cases_awaiting_follow_up ON cases (origin_org) WHERE state = 5;
