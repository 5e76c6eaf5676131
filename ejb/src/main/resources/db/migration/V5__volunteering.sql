-- Volunteer campaigns (志愿服务活动): admin-managed categories, campaigns in an area with their shifts
-- (班次), sign-ups with their waitlist and attendance, volunteers' skills, and in-app notifications.

CREATE SEQUENCE campaign_category_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE campaign_category (
    id        BIGINT      NOT NULL PRIMARY KEY,
    name      VARCHAR(40) NOT NULL,
    name_en   VARCHAR(60) NOT NULL,
    position  INTEGER     NOT NULL,
    active    BOOLEAN     NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT campaign_category_name_uk UNIQUE (name)
);

INSERT INTO campaign_category (id, name, name_en, position, active, version) VALUES
    (1, '环境整治', 'Environment clean-up', 1, TRUE, 0),
    (2, '文明创建', 'Civility campaign',    2, TRUE, 0),
    (3, '防汛',     'Flood prevention',     3, TRUE, 0),
    (4, '助老',     'Care for the elderly', 4, TRUE, 0),
    (5, '普法',     'Legal education',      5, TRUE, 0),
    (6, '疫情防控', 'Epidemic prevention',  6, TRUE, 0),
    (7, '关爱儿童', 'Care for children',    7, TRUE, 0),
    (8, '其他',     'Other',                8, TRUE, 0);

-- What a volunteer can do (急救, 驾驶 …), matched against what campaigns and shifts ask for.
CREATE TABLE account_skill (
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    skill       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, skill)
);

CREATE SEQUENCE campaign_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE campaign (
    id             BIGINT        NOT NULL PRIMARY KEY,
    title          VARCHAR(80)   NOT NULL,
    description    VARCHAR(4000) NOT NULL,
    category_id    BIGINT        NOT NULL REFERENCES campaign_category (id),
    area_id        BIGINT        NOT NULL REFERENCES area (id),
    -- The area's path, copied so that scope filters need no join (areas never move).
    area_path      VARCHAR(200)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    -- Start of the first and end of the last shift still on: the campaign's span, to list and filter
    -- campaigns by date without going through their shifts.
    starts_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by_id  BIGINT        NOT NULL REFERENCES account (id),
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX campaign_area_path_idx ON campaign (area_path);
CREATE INDEX campaign_status_idx ON campaign (status, starts_at);

CREATE TABLE campaign_skill (
    campaign_id  BIGINT      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    skill        VARCHAR(20) NOT NULL,
    PRIMARY KEY (campaign_id, skill)
);

CREATE SEQUENCE shift_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE shift (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    campaign_id        BIGINT       NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    starts_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ends_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    place              VARCHAR(200) NOT NULL,
    capacity           INTEGER      NOT NULL,
    -- Kept up to date under the shift's row lock, so lists show them without counting.
    confirmed_count    INTEGER      NOT NULL,
    waitlisted_count   INTEGER      NOT NULL,
    -- Next place in the queue: the waitlist is served in the order of these numbers.
    next_queue_number  BIGINT       NOT NULL,
    -- The 6-digit code the leader shows on the day, for volunteers to check in and out themselves.
    check_code         VARCHAR(6)   NOT NULL,
    cancelled          BOOLEAN      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT shift_window_ck CHECK (ends_at > starts_at),
    CONSTRAINT shift_capacity_ck CHECK (capacity > 0 AND confirmed_count <= capacity)
);
CREATE INDEX shift_campaign_idx ON shift (campaign_id, starts_at);
CREATE INDEX shift_starts_idx ON shift (starts_at);

CREATE TABLE shift_skill (
    shift_id  BIGINT      NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
    skill     VARCHAR(20) NOT NULL,
    PRIMARY KEY (shift_id, skill)
);

CREATE SEQUENCE signup_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE signup (
    id                BIGINT      NOT NULL PRIMARY KEY,
    shift_id          BIGINT      NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
    volunteer_id      BIGINT      NOT NULL REFERENCES account (id),
    client_id         UUID        NOT NULL,
    status            VARCHAR(20) NOT NULL,
    queue_number      BIGINT      NOT NULL,
    -- Who put the volunteer on the shift when it was not the volunteer (a leader's assignment).
    assigned_by       VARCHAR(32),
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    confirmed_at      TIMESTAMP(6) WITH TIME ZONE,
    ended_at          TIMESTAMP(6) WITH TIME ZONE,
    checked_in_at     TIMESTAMP(6) WITH TIME ZONE,
    checked_out_at    TIMESTAMP(6) WITH TIME ZONE,
    attendance        VARCHAR(20),
    credited_minutes  INTEGER     NOT NULL,
    version           BIGINT      NOT NULL,
    -- Idempotency: one sign-up per client UUID and volunteer, however often it is sent.
    CONSTRAINT signup_client_uk UNIQUE (volunteer_id, client_id)
);
CREATE INDEX signup_shift_idx ON signup (shift_id, status, queue_number);
CREATE INDEX signup_volunteer_idx ON signup (volunteer_id, status);

CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notification (
    id            BIGINT       NOT NULL PRIMARY KEY,
    recipient_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind          VARCHAR(30)  NOT NULL,
    -- What the notice is about (a campaign's title, a submission's number and title), and when it
    -- happens, both shown in the recipient's language by the notice's kind.
    subject       VARCHAR(200) NOT NULL,
    subject_at    TIMESTAMP(6) WITH TIME ZONE,
    -- Path inside the portal to open, e.g. /volunteer/campaign.xhtml?id=7
    link          VARCHAR(200),
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at);
