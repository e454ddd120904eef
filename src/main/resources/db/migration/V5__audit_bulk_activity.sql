-- The audit log, bulk operations on failed routing requests and the hourly routing activity.
-- Portable SQL: runs on H2 2.x and PostgreSQL.

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE bulk_operation_seq START WITH 50 INCREMENT BY 50;

-- Who did what, when. details is JSON: before/after of an edit, the copy of a deleted request.
CREATE TABLE audit_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(255)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target_type     VARCHAR(64),
    target_id       VARCHAR(255),
    summary         VARCHAR(2000) NOT NULL,
    details         VARCHAR(400000)
);

-- newest first, alone, by action or actor, and one target's history
CREATE INDEX ix_audit_event_at ON audit_event (at, id);
CREATE INDEX ix_audit_event_action_at ON audit_event (action, at, id);
CREATE INDEX ix_audit_event_actor_at ON audit_event (actor, at, id);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id, at, id);

-- A bulk reroute or delete: its filter, the snapshot it works on (failed requests up to max_id),
-- where it has got to (cursor_id, done) and the lease of the instance working on it.
CREATE TABLE bulk_operation (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    kind                VARCHAR(16)   NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    filter              VARCHAR(400000) NOT NULL,
    matched             BIGINT        NOT NULL,
    done                BIGINT        NOT NULL,
    skipped             BIGINT        NOT NULL,
    max_id              BIGINT        NOT NULL,
    cursor_id           BIGINT        NOT NULL,
    requested_by        VARCHAR(255)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    lease_owner         VARCHAR(128),
    lease_expires_at    TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL
);

CREATE INDEX ix_bulk_operation_state ON bulk_operation (state, lease_expires_at);

-- bulk operations walk failed requests in id order
CREATE INDEX ix_routing_request_status_id ON routing_request (status, id);

-- Routing activity of closed hours, counted once; the open hour is counted live.
CREATE TABLE routing_activity_hour (
    hour_start      TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY,
    received        BIGINT        NOT NULL,
    routed          BIGINT        NOT NULL,
    failed          BIGINT        NOT NULL
);

-- counts per hour: received by creation time, routed and failed by attempt outcome and time
CREATE INDEX ix_routing_attempt_outcome_started ON routing_attempt (outcome, started_at);
