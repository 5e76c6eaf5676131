-- Lock-outs give way to throttling per client and account, kept in each node's memory
-- (org.sanling.web.security.Throttle): nobody can keep another person out by guessing wrong.
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;

-- A disabled account cannot log in, and its sessions and tokens stop working.
ALTER TABLE account ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
-- Bumped when the password changes or the account is disabled: sessions and tokens made under an
-- older stamp are no longer honoured.
ALTER TABLE account ADD COLUMN security_stamp INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE api_token ADD COLUMN security_stamp INTEGER DEFAULT 0 NOT NULL;

-- At most one one-time password reset code per account, issued by an admin or a leader; only its
-- SHA-256 is kept, and it is deleted when used.
CREATE TABLE password_reset_code (
    account_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    code_hash   VARCHAR(64)  NOT NULL,
    issued_by   VARCHAR(32)  NOT NULL,
    issued_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
