-- The Genesys connection: one row, created at first start from the environment, then edited by
-- admins. The client secret is stored encrypted (AES-GCM), never in clear.
CREATE TABLE genesys_connection (
    id                       INTEGER       NOT NULL PRIMARY KEY,
    region                   VARCHAR(64)   NOT NULL,
    api_url                  VARCHAR(512),
    login_url                VARCHAR(512),
    client_id                VARCHAR(255),
    client_secret_encrypted  VARCHAR(2048),
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT        NOT NULL
);
