-- Photos of submissions: the files live outside the web root (see PhotoStore); this is what is known
-- of each. The client UUID makes an upload idempotent: a retried upload finds the first one.
CREATE SEQUENCE submission_photo_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE submission_photo (
    id             BIGINT       NOT NULL PRIMARY KEY,
    submission_id  BIGINT       NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    client_id      UUID         NOT NULL,
    content_type   VARCHAR(20)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    width          INTEGER      NOT NULL,
    height         INTEGER      NOT NULL,
    stored_name    VARCHAR(64)  NOT NULL,
    uploaded_by    VARCHAR(32)  NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_photo_client_uk UNIQUE (submission_id, client_id)
);
CREATE INDEX submission_photo_submission_idx ON submission_photo (submission_id);
