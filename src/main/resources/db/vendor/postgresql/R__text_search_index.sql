-- PostgreSQL only: a trigram index (pg_trgm) serves text search among failed requests, LIKE
-- '%text%' on search_text, so that a search reads the rows it finds instead of every row. Failed
-- requests only: the index is then never written as requests are taken in, claimed and routed. Where pg_trgm cannot be created (no
-- privilege, not installed), the migration says so and search reads every row: slower, still right.
DO $$
DECLARE
    trigram_ops TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm not created (%): text search reads every row', SQLERRM;
    END;
    SELECT quote_ident(n.nspname) || '.gin_trgm_ops' INTO trigram_ops
    FROM pg_opclass c
    JOIN pg_namespace n ON n.oid = c.opcnamespace
    JOIN pg_am a ON a.oid = c.opcmethod
    WHERE c.opcname = 'gin_trgm_ops' AND a.amname = 'gin'
    LIMIT 1;
    DROP INDEX IF EXISTS ix_routing_request_search;
    IF trigram_ops IS NOT NULL THEN
        EXECUTE 'CREATE INDEX IF NOT EXISTS ix_routing_request_failed_search'
            || ' ON routing_request USING gin (search_text ' || trigram_ops || ')'
            || ' WHERE status = ''FAILED''';
    END IF;
END $$;
