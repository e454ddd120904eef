-- Routing requests and their routing attempts. Portable SQL: runs on H2 2.x and PostgreSQL.
-- Ids come from sequences (allocation size 50, as the entities declare), never from IDENTITY.
-- EclipseLink reads a sequence value as the last id of its block: the first value is 50.

CREATE SEQUENCE routing_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE routing_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE routing_request (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    external_id             VARCHAR(255)  NOT NULL,
    provider                VARCHAR(255)  NOT NULL,
    queue_id                VARCHAR(128),
    flow_id                 VARCHAR(128),
    skill_ids               VARCHAR(8000),
    language_id             VARCHAR(128),
    priority                INTEGER,
    screen_pop_id           VARCHAR(2048),
    attributes              VARCHAR(262144),
    subject                 VARCHAR(2000),
    from_address            VARCHAR(320),
    from_name               VARCHAR(255),
    to_address              VARCHAR(320),
    status                  VARCHAR(16)   NOT NULL,
    failure_reason          VARCHAR(32),
    failed_attempts         INTEGER       NOT NULL,
    next_attempt_at         TIMESTAMP WITH TIME ZONE,
    lease_owner             VARCHAR(128),
    lease_expires_at        TIMESTAMP WITH TIME ZONE,
    conversation_id         VARCHAR(128),
    api_http_status         INTEGER,
    api_code                VARCHAR(255),
    api_message             VARCHAR(4000),
    api_message_params      VARCHAR(4000),
    api_body                VARCHAR(65536),
    api_correlation_id      VARCHAR(255),
    api_at                  TIMESTAMP WITH TIME ZONE,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    routed_at               TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_routing_request_external_id UNIQUE (external_id)
);

-- newest first, keyset on (created_at, id), alone or by status / failure reason
CREATE INDEX ix_routing_request_created ON routing_request (created_at, id);
CREATE INDEX ix_routing_request_status_created ON routing_request (status, created_at, id);
CREATE INDEX ix_routing_request_reason_created ON routing_request (failure_reason, created_at, id);
-- due work for the routing pipeline
CREATE INDEX ix_routing_request_due ON routing_request (status, next_attempt_at);

CREATE TABLE routing_attempt (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    routing_request_id      BIGINT        NOT NULL,
    attempt_number          INTEGER       NOT NULL,
    outcome                 VARCHAR(16)   NOT NULL,
    failure_reason          VARCHAR(32),
    api_http_status         INTEGER,
    api_code                VARCHAR(255),
    api_message             VARCHAR(4000),
    api_message_params      VARCHAR(4000),
    api_body                VARCHAR(65536),
    api_correlation_id      VARCHAR(255),
    api_at                  TIMESTAMP WITH TIME ZONE,
    duration_ms             BIGINT        NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_routing_attempt_request FOREIGN KEY (routing_request_id)
        REFERENCES routing_request (id) ON DELETE CASCADE
);

CREATE INDEX ix_routing_attempt_request ON routing_attempt (routing_request_id, attempt_number);
