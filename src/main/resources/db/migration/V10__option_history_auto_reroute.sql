-- What Retrieve Options has seen over time, so that a request failed on an id that disappeared
-- can be matched by name with the option that replaced it: one row per option ever listed, its
-- last name, when it was first and last listed, and since when it is gone (null while listed).
CREATE TABLE routing_option_seen (
    type            VARCHAR(32)   NOT NULL,
    genesys_id      VARCHAR(128)  NOT NULL,
    name            VARCHAR(1000),
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    gone_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_routing_option_seen PRIMARY KEY (type, genesys_id)
);

INSERT INTO routing_option_seen (type, genesys_id, name, first_seen_at, last_seen_at)
SELECT o.type, o.genesys_id, o.name, COALESCE(r.retrieved_at, CURRENT_TIMESTAMP),
       COALESCE(r.retrieved_at, CURRENT_TIMESTAMP)
FROM routing_option o CROSS JOIN options_retrieval r;

-- Per failure reason, whether the service reroutes the FAILED requests of that reason once their
-- cause is fixed. Off unless a row says otherwise: failed requests wait for an admin.
CREATE TABLE auto_reroute (
    reason          VARCHAR(64)   NOT NULL PRIMARY KEY,
    enabled         BOOLEAN       NOT NULL,
    updated_by      VARCHAR(255)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);

-- A bulk reroute may apply each request's remap suggestions before it reroutes it.
ALTER TABLE bulk_operation ADD COLUMN apply_suggestions BOOLEAN DEFAULT FALSE NOT NULL;
