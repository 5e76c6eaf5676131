-- The disputes register (矛盾纠纷排查化解): disputes found by screening or turned from a dispute submission, a
-- referred consultation or a patrol, with their parties, mediation sessions and timeline.

-- The kinds of dispute, a list admins keep (ChoiceList).
CREATE SEQUENCE dispute_kind_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE dispute_kind (
    id        BIGINT      NOT NULL PRIMARY KEY,
    name      VARCHAR(40) NOT NULL,
    name_en   VARCHAR(60) NOT NULL,
    position  INTEGER     NOT NULL,
    active    BOOLEAN     NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT dispute_kind_name_uk UNIQUE (name)
);

INSERT INTO dispute_kind (id, name, name_en, position, active, version) VALUES
    (1, '邻里纠纷', 'Neighbour dispute',   1, TRUE, 0),
    (2, '婚姻家庭', 'Marriage and family', 2, TRUE, 0),
    (3, '劳动争议', 'Labour dispute',      3, TRUE, 0),
    (4, '物业纠纷', 'Property management', 4, TRUE, 0),
    (5, '土地纠纷', 'Land dispute',        5, TRUE, 0),
    (6, '其他',     'Other',               6, TRUE, 0);

CREATE SEQUENCE dispute_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dispute (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    number               VARCHAR(20)   NOT NULL,
    client_id            UUID          NOT NULL,
    filed_by_id          BIGINT        NOT NULL REFERENCES account (id),
    area_id              BIGINT        NOT NULL REFERENCES area (id),
    area_path            VARCHAR(200)  NOT NULL,
    title                VARCHAR(120)  NOT NULL,
    description          VARCHAR(8000) NOT NULL,
    kind_id              BIGINT        NOT NULL REFERENCES dispute_kind (id),
    risk_level           VARCHAR(10)   NOT NULL,
    risk_reasons         VARCHAR(1000),
    source               VARCHAR(20)   NOT NULL,
    -- The link to where it came from; the source's own pages find the dispute through these columns, and
    -- a submission or consultation becomes one dispute at most. A patrol's id has no table to refer to yet.
    submission_id        BIGINT        REFERENCES submission (id),
    consultation_id      BIGINT        REFERENCES consultation (id),
    patrol_id            BIGINT,
    status               VARCHAR(20)   NOT NULL,
    mediator_id          BIGINT        REFERENCES account (id),
    agreement            VARCHAR(8000),
    referred_to          VARCHAR(20),
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolved_at          TIMESTAMP(6) WITH TIME ZONE,
    follow_up_due        TIMESTAMP(6) WITH TIME ZONE,
    -- Set once by the jobs in the same transaction as their notices: each happens once per dispute.
    follow_up_reminded_at TIMESTAMP(6) WITH TIME ZONE,
    escalated_at         TIMESTAMP(6) WITH TIME ZONE,
    version              BIGINT        NOT NULL,
    CONSTRAINT dispute_number_uk UNIQUE (number),
    -- Idempotency: one dispute per client UUID and person filing it, however often it is sent.
    CONSTRAINT dispute_client_uk UNIQUE (filed_by_id, client_id),
    CONSTRAINT dispute_submission_uk UNIQUE (submission_id),
    CONSTRAINT dispute_consultation_uk UNIQUE (consultation_id)
);
CREATE INDEX dispute_area_idx ON dispute (area_path, created_at);
CREATE INDEX dispute_status_idx ON dispute (status, risk_level);

-- Parties' phones are shown whole to the area's leaders only.
CREATE SEQUENCE dispute_party_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dispute_party (
    id          BIGINT       NOT NULL PRIMARY KEY,
    dispute_id  BIGINT       NOT NULL REFERENCES dispute (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    phone       VARCHAR(20),
    side        VARCHAR(40)
);
CREATE INDEX dispute_party_dispute_idx ON dispute_party (dispute_id);

CREATE SEQUENCE mediation_session_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE mediation_session (
    id          BIGINT        NOT NULL PRIMARY KEY,
    dispute_id  BIGINT        NOT NULL REFERENCES dispute (id) ON DELETE CASCADE,
    held_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    place       VARCHAR(200),
    attendees   VARCHAR(500),
    notes       VARCHAR(2000) NOT NULL,
    recorded_by VARCHAR(32)   NOT NULL
);
CREATE INDEX mediation_session_dispute_idx ON mediation_session (dispute_id, held_at);

CREATE SEQUENCE dispute_step_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dispute_step (
    id            BIGINT        NOT NULL PRIMARY KEY,
    dispute_id    BIGINT        NOT NULL REFERENCES dispute (id) ON DELETE CASCADE,
    at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor         VARCHAR(32)   NOT NULL,
    action        VARCHAR(20)   NOT NULL,
    status_after  VARCHAR(20)   NOT NULL,
    note          VARCHAR(2000)
);
CREATE INDEX dispute_step_dispute_idx ON dispute_step (dispute_id, at);
