-- Foundation schema: the area tree, accounts, API tokens, the audit trail and the search outbox.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL share: one set of migrations for both.

CREATE SEQUENCE area_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE area (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       REFERENCES area (id),
    -- Codes of the node and its ancestors, root first, each followed by '/':
    -- "is X inside Y" is x.path LIKE y.path || '%'.
    path        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT area_code_uk UNIQUE (code),
    CONSTRAINT area_path_uk UNIQUE (path)
);
CREATE INDEX area_parent_idx ON area (parent_id);

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE account (
    id              BIGINT        NOT NULL PRIMARY KEY,
    username        VARCHAR(32)   NOT NULL,
    display_name    VARCHAR(50)   NOT NULL,
    phone           VARCHAR(20),
    home_area_id    BIGINT        NOT NULL REFERENCES area (id),
    password_hash   VARCHAR(400)  NOT NULL,
    failed_logins   INTEGER       NOT NULL,
    locked_until    TIMESTAMP(6) WITH TIME ZONE,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT account_username_uk UNIQUE (username)
);
CREATE INDEX account_home_area_idx ON account (home_area_id);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id          BIGINT       NOT NULL PRIMARY KEY,
    -- SHA-256 of the token: a leaked table does not leak usable tokens.
    token_hash  VARCHAR(64)  NOT NULL,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
CREATE INDEX api_token_expires_idx ON api_token (expires_at);

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(32)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    VARCHAR(64)   NOT NULL,
    detail       VARCHAR(2000)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);

-- Transactional outbox for the search index (architecture.md): a row is written in the same
-- transaction as the change it announces; the indexer applies rows in sequence order.
CREATE SEQUENCE search_outbox_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE search_outbox (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
