-- Grid patrols (网格巡查 · 事在格中办): a handler's walk through their grid, and the events met on the way, each a
-- submission (handled on the spot, or left in the grid's queue).

CREATE SEQUENCE patrol_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE patrol (
    id          BIGINT        NOT NULL PRIMARY KEY,
    client_id   UUID          NOT NULL,
    handler_id  BIGINT        NOT NULL REFERENCES account (id),
    area_id     BIGINT        NOT NULL REFERENCES area (id),
    area_path   VARCHAR(200)  NOT NULL,
    started_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    notes       VARCHAR(2000),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- Idempotency: one patrol per client UUID and handler, however often it is sent.
    CONSTRAINT patrol_client_uk UNIQUE (handler_id, client_id)
);
CREATE INDEX patrol_area_idx ON patrol (area_path, started_at);

CREATE SEQUENCE patrol_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE patrol_event (
    id               BIGINT   NOT NULL PRIMARY KEY,
    patrol_id        BIGINT   NOT NULL REFERENCES patrol (id),
    client_id        UUID     NOT NULL,
    submission_id    BIGINT   NOT NULL REFERENCES submission (id),
    handled_on_spot  BOOLEAN  NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT patrol_event_client_uk UNIQUE (patrol_id, client_id),
    CONSTRAINT patrol_event_submission_uk UNIQUE (submission_id)
);

-- A dispute met on a patrol now names a patrol that exists. Until now its id was kept unchecked and no patrol was
-- recorded anywhere, so any id already written names nothing: it is dropped, the source PATROL stays.
UPDATE dispute SET patrol_id = NULL WHERE patrol_id IS NOT NULL;
ALTER TABLE dispute ADD CONSTRAINT dispute_patrol_fk FOREIGN KEY (patrol_id) REFERENCES patrol (id);

-- The daily summaries count patrols (出动人次), their events (处置事件) and those handled on the spot, per area and
-- rolled up the tree like the other figures (summary.Figures); days computed before count none.
ALTER TABLE area_day_summary ADD COLUMN patrols INTEGER NOT NULL DEFAULT 0;
ALTER TABLE area_day_summary ADD COLUMN patrol_events INTEGER NOT NULL DEFAULT 0;
ALTER TABLE area_day_summary ADD COLUMN events_on_spot INTEGER NOT NULL DEFAULT 0;
