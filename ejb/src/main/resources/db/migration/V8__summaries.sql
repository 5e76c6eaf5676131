-- Daily summaries (日报) and the monthly 三零 board, computed by jobs (org.sanling.summary).

-- The days computed so far (days in Asia/Shanghai): a day without rows below was computed and had nothing.
CREATE TABLE summary_day (
    summary_date  DATE NOT NULL PRIMARY KEY,
    computed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- One row per area and computed day in which anything happened in the area or below it (rolled up the
-- tree); recomputing a day replaces its rows. The columns are the components of summary.Figures.
CREATE TABLE area_day_summary (
    area_id                 BIGINT  NOT NULL REFERENCES area (id),
    summary_date            DATE    NOT NULL,
    received                INTEGER NOT NULL,
    accepted                INTEGER NOT NULL,
    rejected                INTEGER NOT NULL,
    resolved                INTEGER NOT NULL,
    closed                  INTEGER NOT NULL,
    reopened                INTEGER NOT NULL,
    overdue                 INTEGER NOT NULL,
    disputes_screened       INTEGER NOT NULL,
    disputes_resolved       INTEGER NOT NULL,
    volunteer_person_times  INTEGER NOT NULL,
    volunteer_minutes       INTEGER NOT NULL,
    legal_aid_events        INTEGER NOT NULL,
    consultations           INTEGER NOT NULL,
    people_reached          INTEGER NOT NULL,
    PRIMARY KEY (area_id, summary_date)
);
CREATE INDEX area_day_summary_date_idx ON area_day_summary (summary_date);

-- The 三零 board of a month for every street and community (rolled up from the records of the grids).
CREATE TABLE sanling_board_entry (
    month_start       DATE    NOT NULL,
    area_id           BIGINT  NOT NULL REFERENCES area (id),
    petitions         INTEGER NOT NULL,
    accidents         INTEGER NOT NULL,
    criminal_cases    INTEGER NOT NULL,
    received          INTEGER NOT NULL,
    resolved          INTEGER NOT NULL,
    -- Submissions acted on, and the minutes from filing to the first action summed over them.
    responded         INTEGER NOT NULL,
    response_minutes  BIGINT  NOT NULL,
    computed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (month_start, area_id)
);

-- What a day's computation reads: the timeline by time, submissions changed after a day (their state at its
-- end comes from the timeline), attendance by shift, consultations by time.
CREATE INDEX timeline_entry_at_idx ON timeline_entry (at, action);
CREATE INDEX submission_updated_idx ON submission (updated_at);
CREATE INDEX signup_attendance_idx ON signup (shift_id, attendance);
CREATE INDEX consultation_created_idx ON consultation (created_at);
