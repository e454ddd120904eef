-- Webhooks: subscriptions (an endpoint, the events it takes, its signing secret encrypted with the
-- service's SECRET_KEY) and the outbox of deliveries, written in the transaction of the change
-- they announce and sent from there, in order per subscription and ordering key (a routing
-- request, the pipeline), retried with backoff.
CREATE SEQUENCE webhook_subscription_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_subscription (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    url                 VARCHAR(2000)  NOT NULL,
    events              VARCHAR(1000)  NOT NULL,
    encrypted_secret    VARCHAR(1000)  NOT NULL,
    description         VARCHAR(255),
    enabled             BOOLEAN        NOT NULL,
    disabled_reason     VARCHAR(1000),
    failing_since       TIMESTAMP WITH TIME ZONE,
    created_by          VARCHAR(255)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT         NOT NULL
);

CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_delivery (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    subscription_id     BIGINT         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    message_id          VARCHAR(64)    NOT NULL,
    event_type          VARCHAR(64)    NOT NULL,
    ordering_key        VARCHAR(128)   NOT NULL,
    payload             VARCHAR(100000) NOT NULL,
    state               VARCHAR(16)    NOT NULL,
    attempts            INTEGER        NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE,
    last_attempt_at     TIMESTAMP WITH TIME ZONE,
    last_status         INTEGER,
    last_response       VARCHAR(2000),
    last_error          VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at        TIMESTAMP WITH TIME ZONE,
    lease_owner         VARCHAR(64),
    lease_expires_at    TIMESTAMP WITH TIME ZONE,
    version             BIGINT         NOT NULL
);

-- the sender's claim: due pending deliveries, oldest first
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
-- order per subscription and key; a subscription's deliveries, newest first
CREATE INDEX ix_webhook_delivery_order ON webhook_delivery (subscription_id, ordering_key, id);
