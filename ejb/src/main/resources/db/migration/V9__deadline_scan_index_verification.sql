-- Escalations of overdue submissions by the hourly deadline scan: one row per submission and level, so that
-- no rerun or concurrent run escalates (or notifies) twice. Level 1 is the first time the scan found it
-- overdue; each further level follows when it stays overdue for another allowed period (DeadlinePolicy).
-- area_id is the area it went to; null when nobody above leads, which ends its escalations.
CREATE SEQUENCE submission_escalation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE submission_escalation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    submission_id  BIGINT       NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    level_no       INTEGER      NOT NULL,
    area_id        BIGINT       REFERENCES area (id),
    escalated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_escalation_level_uk UNIQUE (submission_id, level_no)
);
CREATE INDEX submission_escalation_area_idx ON submission_escalation (area_id);

-- Runs of the nightly check of a node's search index against the database, with what they repaired.
CREATE SEQUENCE index_verification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE index_verification (
    id               BIGINT        NOT NULL PRIMARY KEY,
    node             VARCHAR(200)  NOT NULL,
    started_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- Rows in the database and documents in the index it compared, and months (per kind) that differed.
    database_rows    BIGINT        NOT NULL,
    index_documents  BIGINT        NOT NULL,
    months_differing INTEGER       NOT NULL,
    -- Documents re-indexed because the index lacked them or held an older state, and deleted because their row is gone.
    missing          INTEGER       NOT NULL,
    stale            INTEGER       NOT NULL,
    deleted          INTEGER       NOT NULL
);
CREATE INDEX index_verification_started_idx ON index_verification (started_at);
