-- Reads that stay fast at millions of requests. Portable SQL: runs on H2 2.x and PostgreSQL.

-- The text a search looks in, lower-cased in one column: external id, subject, sender and the last
-- API response (code, message, body), one per line. On PostgreSQL with pg_trgm, a trigram index
-- serves it among failed requests (db/vendor/postgresql).
ALTER TABLE routing_request ADD COLUMN search_text VARCHAR(80000);

UPDATE routing_request SET search_text = LOWER(
    external_id
    || COALESCE(CHR(10) || subject, '')
    || COALESCE(CHR(10) || from_address, '')
    || COALESCE(CHR(10) || from_name, '')
    || COALESCE(CHR(10) || api_code, '')
    || COALESCE(CHR(10) || api_message, '')
    || COALESCE(CHR(10) || api_body, ''));

-- Failed requests by reason, newest first, and counts by status and reason read from this index
-- alone (a request has a failure reason only while FAILED); it takes the place of the index on
-- (failure_reason, created_at, id).
CREATE INDEX ix_routing_request_status_reason_created
    ON routing_request (status, failure_reason, created_at, id);
DROP INDEX ix_routing_request_reason_created;

-- Failure groups (reason and Genesys code, first and last seen) read from this index alone.
CREATE INDEX ix_routing_request_status_groups
    ON routing_request (status, failure_reason, api_code, updated_at, id);

-- Routed requests never change again: those whose routed attempt started before counted_before
-- are counted once, here; those since are counted live (ix_routing_attempt_outcome_started).
CREATE TABLE routed_tally (
    id              INTEGER       NOT NULL PRIMARY KEY,
    counted_before  TIMESTAMP WITH TIME ZONE NOT NULL,
    routed          BIGINT        NOT NULL,
    version         BIGINT        NOT NULL
);

INSERT INTO routed_tally (id, counted_before, routed, version)
VALUES (1, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', 0, 1);
