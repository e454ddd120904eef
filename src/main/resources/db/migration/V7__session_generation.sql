-- A console session belongs to one password of its user: changing or resetting the password adds
-- one here, and every session signed in before it ends at its next request. Portable SQL.
ALTER TABLE app_user ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
