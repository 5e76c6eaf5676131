-- Legal-aid street events (法律服务扫街, 普法宣传摆摊, 法律咨询日): admin-managed topics, events staffed
-- through a volunteer campaign of their own, staff qualifications, and the consultation log.

-- A lawyer's or mediator's qualification, set by an admin; only qualified people take those places.
CREATE TABLE account_qualification (
    account_id     BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    qualification  VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, qualification)
);

-- Who may take the shift's places: anyone (NULL), or only holders of this qualification.
ALTER TABLE shift ADD COLUMN qualification VARCHAR(20);

CREATE SEQUENCE legal_topic_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE legal_topic (
    id        BIGINT      NOT NULL PRIMARY KEY,
    name      VARCHAR(40) NOT NULL,
    name_en   VARCHAR(60) NOT NULL,
    position  INTEGER     NOT NULL,
    active    BOOLEAN     NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT legal_topic_name_uk UNIQUE (name)
);

INSERT INTO legal_topic (id, name, name_en, position, active, version) VALUES
    (1, '民法典',     'Civil Code',           1, TRUE, 0),
    (2, '反诈',       'Fraud prevention',     2, TRUE, 0),
    (3, '劳动争议',   'Labour disputes',      3, TRUE, 0),
    (4, '婚姻家庭',   'Marriage and family',  4, TRUE, 0),
    (5, '物业纠纷',   'Property management',  5, TRUE, 0),
    (6, '未成年人保护', 'Protection of minors', 6, TRUE, 0),
    (7, '邻里纠纷',   'Neighbour disputes',   7, TRUE, 0),
    (8, '消费维权',   'Consumer rights',      8, TRUE, 0),
    (9, '其他',       'Other',                9, TRUE, 0);

CREATE SEQUENCE legal_aid_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE legal_aid_event (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    kind                  VARCHAR(20)  NOT NULL,
    title                 VARCHAR(80)  NOT NULL,
    place                 VARCHAR(200) NOT NULL,
    area_id               BIGINT       NOT NULL REFERENCES area (id),
    area_path             VARCHAR(200) NOT NULL,
    starts_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ends_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- The staffing: one shift per role (lawyer, mediator, volunteer), signed up for like any shift, so
    -- capacity, overlap and service hours follow the volunteer rules.
    campaign_id           BIGINT       NOT NULL REFERENCES campaign (id),
    -- Entered by the leader after the event.
    people_reached        INTEGER,
    materials_handed_out  INTEGER,
    created_by_id         BIGINT       NOT NULL REFERENCES account (id),
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT legal_aid_event_campaign_uk UNIQUE (campaign_id),
    CONSTRAINT legal_aid_event_window_ck CHECK (ends_at > starts_at)
);
CREATE INDEX legal_aid_event_starts_idx ON legal_aid_event (starts_at);
CREATE INDEX legal_aid_event_area_path_idx ON legal_aid_event (area_path);

CREATE TABLE legal_aid_event_topic (
    event_id  BIGINT NOT NULL REFERENCES legal_aid_event (id) ON DELETE CASCADE,
    topic_id  BIGINT NOT NULL REFERENCES legal_topic (id),
    PRIMARY KEY (event_id, topic_id)
);

CREATE SEQUENCE consultation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE consultation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    event_id       BIGINT       NOT NULL REFERENCES legal_aid_event (id),
    client_id      UUID         NOT NULL,
    logged_by_id   BIGINT       NOT NULL REFERENCES account (id),
    topic_id       BIGINT       NOT NULL REFERENCES legal_topic (id),
    summary        VARCHAR(200),
    outcome        VARCHAR(20)  NOT NULL,
    -- Only with the citizen's consent; anonymous by default.
    citizen_name   VARCHAR(50),
    citizen_phone  VARCHAR(20),
    -- The dispute submission a referral became (the link back is this column too).
    submission_id  BIGINT       REFERENCES submission (id),
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- Idempotency: one consultation per client UUID and person logging it, however often it is sent.
    CONSTRAINT consultation_client_uk UNIQUE (logged_by_id, client_id)
);
CREATE INDEX consultation_event_idx ON consultation (event_id, created_at);
CREATE INDEX consultation_submission_idx ON consultation (submission_id);
