-- Two-factor login (TOTP, RFC 6238): one row per account that started enrolment; enabled once a first
-- code confirmed it. Turning it off, or an admin's reset, deletes the row and its recovery codes.
CREATE TABLE account_mfa (
    account_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    -- The Base32 TOTP secret: checking a code needs the secret itself, so it cannot be a hash. Never
    -- logged; the password (a PBKDF2 hash) is still needed before a code is asked for.
    secret          VARCHAR(64)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    enabled_at      TIMESTAMP(6) WITH TIME ZONE,
    -- The 30-second step of the last code accepted: codes of it or earlier steps are refused (replay).
    last_used_step  BIGINT       NOT NULL,
    version         BIGINT       NOT NULL
);

-- SHA-256 of the unused recovery codes (random, about 82 bits each); a used code's row is deleted.
CREATE TABLE account_mfa_recovery_code (
    account_id  BIGINT       NOT NULL REFERENCES account_mfa (account_id) ON DELETE CASCADE,
    code_hash   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (account_id, code_hash)
);
