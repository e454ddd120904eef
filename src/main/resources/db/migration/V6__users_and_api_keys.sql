-- Console users, API keys and failed-login throttling. Portable SQL: runs on H2 2.x and PostgreSQL.

-- password_hash is Jakarta Security's PBKDF2 (algorithm:iterations:salt:hash)
CREATE TABLE app_user (
    name                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    password_hash           VARCHAR(512)  NOT NULL,
    role                    VARCHAR(16)   NOT NULL,
    must_change_password    BOOLEAN       NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL
);

CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;

-- key_hash is the SHA-256 of the key (256 random bits): the key itself is shown once, never kept
CREATE TABLE api_key (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(128)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    key_hash        VARCHAR(64)   NOT NULL,
    key_prefix      VARCHAR(16)   NOT NULL,
    created_by      VARCHAR(255)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
);

CREATE INDEX ix_api_key_name ON api_key (name);

-- failed logins per user name and client address, and until when they are locked out
CREATE TABLE login_failure (
    user_name       VARCHAR(255)  NOT NULL,
    address         VARCHAR(64)   NOT NULL,
    failures        INTEGER       NOT NULL,
    first_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_login_failure PRIMARY KEY (user_name, address)
);
