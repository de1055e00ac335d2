-- Taizhang ledger, schema 2: sign-in attempts. Five wrong passwords in a row lock an account
-- for ten minutes; both are folded from UserSignInFailed / UserSignedIn events.
ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until INTEGER;  -- ms since epoch, while locked
ALTER TABLE users ADD COLUMN last_sign_in INTEGER;  -- ms since epoch
