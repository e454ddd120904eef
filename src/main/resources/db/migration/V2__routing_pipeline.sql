-- The routing pipeline's state, shared by every instance on this database: one row.
CREATE TABLE routing_pipeline (
    id              INTEGER       NOT NULL PRIMARY KEY,
    state           VARCHAR(16)   NOT NULL,
    reason          VARCHAR(32),
    detail          VARCHAR(4000),
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);

INSERT INTO routing_pipeline (id, state, reason, detail, since, version)
VALUES (1, 'RUNNING', NULL, NULL, CURRENT_TIMESTAMP, 1);

-- expired leases of requests whose routing attempt never came back
CREATE INDEX ix_routing_request_lease ON routing_request (status, lease_expires_at);
