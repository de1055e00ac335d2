-- Taizhang ledger, schema 12: the saved versions of the unit assessment (考评) rules. A version
-- is never changed: saving edited rules adds one (Setting aggregate "assessment/<id>", event
-- AssessmentRulesSaved), so a rating made with it can be made again and explained.
CREATE TABLE assessment_rule_sets (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    body     TEXT NOT NULL,      -- the rules as JSON (core/reports/assessment.cpp)
    saved_ms INTEGER NOT NULL,   -- when, by the saving computer's clock
    saved_by TEXT NOT NULL       -- users.id
) WITHOUT ROWID;
