-- Supervisor submissions (社情民意): categories with their deadline rules, submissions, their timeline
-- and photos, and the counter behind readable numbers such as SQ-2026-000123.

CREATE SEQUENCE category_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE category (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    name                  VARCHAR(40)  NOT NULL,
    name_en               VARCHAR(60)  NOT NULL,
    -- Deadline of urgent submissions, in hours from filing.
    urgent_hours          INTEGER      NOT NULL,
    -- Deadline of normal submissions, in working days (Monday to Friday, Asia/Shanghai) from filing.
    normal_working_days   INTEGER      NOT NULL,
    position              INTEGER      NOT NULL,
    active                BOOLEAN      NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT category_name_uk UNIQUE (name)
);

INSERT INTO category (id, name, name_en, urgent_hours, normal_working_days, position, active, version) VALUES
    (1,  '城市管理', 'City management',        24, 5, 1,  TRUE, 0),
    (2,  '环境卫生', 'Sanitation',             24, 5, 2,  TRUE, 0),
    (3,  '物业管理', 'Property management',    24, 5, 3,  TRUE, 0),
    (4,  '交通出行', 'Traffic',                24, 5, 4,  TRUE, 0),
    (5,  '治安',     'Public order',           12, 3, 5,  TRUE, 0),
    (6,  '消防安全', 'Fire safety',            12, 3, 6,  TRUE, 0),
    (7,  '邻里纠纷', 'Neighbour disputes',     24, 5, 7,  TRUE, 0),
    (8,  '劳动保障', 'Labour and wages',       24, 5, 8,  TRUE, 0),
    (9,  '教育',     'Education',              24, 5, 9,  TRUE, 0),
    (10, '医疗卫生', 'Health care',            24, 5, 10, TRUE, 0),
    (11, '其他',     'Other',                  24, 5, 11, TRUE, 0);

-- Gapless numbering per kind and year: the row is locked while a number is taken.
CREATE TABLE number_counter (
    kind        VARCHAR(10) NOT NULL,
    counter_year INTEGER    NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (kind, counter_year)
);

CREATE SEQUENCE submission_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE submission (
    id              BIGINT        NOT NULL PRIMARY KEY,
    number          VARCHAR(20)   NOT NULL,
    client_id       UUID          NOT NULL,
    submitter_id    BIGINT        NOT NULL REFERENCES account (id),
    type            VARCHAR(20)   NOT NULL,
    category_id     BIGINT        NOT NULL REFERENCES category (id),
    area_id         BIGINT        NOT NULL REFERENCES area (id),
    -- The area's path, copied so that scope filters need no join (areas never move).
    area_path       VARCHAR(200)  NOT NULL,
    place           VARCHAR(200),
    title           VARCHAR(120)  NOT NULL,
    content         VARCHAR(8000) NOT NULL,
    urgency         VARCHAR(10)   NOT NULL,
    dimension       VARCHAR(20)   NOT NULL,
    citizen_name    VARCHAR(50),
    citizen_phone   VARCHAR(20),
    status          VARCHAR(20)   NOT NULL,
    assignee_id     BIGINT        REFERENCES account (id),
    occurred_at     TIMESTAMP(6) WITH TIME ZONE,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deadline        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP(6) WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT submission_number_uk UNIQUE (number),
    -- Idempotency: one submission per client UUID and submitter, however often it is sent.
    CONSTRAINT submission_client_uk UNIQUE (submitter_id, client_id)
);
CREATE INDEX submission_area_path_idx ON submission (area_path);
CREATE INDEX submission_status_idx ON submission (status, deadline);
CREATE INDEX submission_created_idx ON submission (created_at);
CREATE INDEX submission_assignee_idx ON submission (assignee_id, status);
CREATE INDEX submission_submitter_idx ON submission (submitter_id, status);

CREATE SEQUENCE timeline_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE timeline_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    submission_id  BIGINT        NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor          VARCHAR(32)   NOT NULL,
    action         VARCHAR(20)   NOT NULL,
    status_after   VARCHAR(20)   NOT NULL,
    note           VARCHAR(2000)
);
CREATE INDEX timeline_entry_submission_idx ON timeline_entry (submission_id, at);
