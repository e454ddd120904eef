-- Routing options retrieved from Genesys Cloud (queues, skills, languages, inbound email flows) and
-- the last Retrieve Options. Portable SQL: runs on H2 2.x and PostgreSQL. Each retrieval replaces
-- every row of routing_option in one transaction.

CREATE SEQUENCE routing_option_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE routing_option (
    id              BIGINT        NOT NULL PRIMARY KEY,
    type            VARCHAR(32)   NOT NULL,
    genesys_id      VARCHAR(128)  NOT NULL,
    name            VARCHAR(1000),
    state           VARCHAR(32),
    active          BOOLEAN       NOT NULL,
    deleted         BOOLEAN       NOT NULL,
    CONSTRAINT uq_routing_option_type_genesys_id UNIQUE (type, genesys_id)
);

-- The last retrieval, shared by every instance: one row. retrieved_at, the counts and warnings
-- describe the stored set; error says why the last retrieval failed.
CREATE TABLE options_retrieval (
    id                  INTEGER       NOT NULL PRIMARY KEY,
    state               VARCHAR(16)   NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE,
    retrieved_at        TIMESTAMP WITH TIME ZONE,
    queue_count         BIGINT        NOT NULL,
    skill_count         BIGINT        NOT NULL,
    language_count      BIGINT        NOT NULL,
    flow_count          BIGINT        NOT NULL,
    warnings            VARCHAR(8000),
    error               VARCHAR(4000),
    pages_fetched       INTEGER       NOT NULL,
    options_fetched     BIGINT        NOT NULL,
    version             BIGINT        NOT NULL
);

INSERT INTO options_retrieval (id, state, queue_count, skill_count, language_count, flow_count,
                               pages_fetched, options_fetched, version)
VALUES (1, 'NONE', 0, 0, 0, 0, 0, 0, 1);
