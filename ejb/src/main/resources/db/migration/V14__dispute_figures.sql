-- The figures count disputes from their register (矛盾纠纷排查化解) rather than from dispute submissions, and add
-- the high-risk disputes open at the end of a day (a state, like overdue). Days computed before keep their
-- counts until they are computed again (the evening job recomputes yesterday and today; an admin's backfill
-- any period).
ALTER TABLE area_day_summary ADD COLUMN high_risk_disputes_open INTEGER NOT NULL DEFAULT 0;

-- The 三零 board shows a month's field work beside the three zeros: patrols (出动人次), their events (处置事件) and
-- those handled on the spot, disputes screened and resolved (化解率), high-risk disputes open at the month's end.
ALTER TABLE sanling_board_entry ADD COLUMN patrols INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sanling_board_entry ADD COLUMN patrol_events INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sanling_board_entry ADD COLUMN events_on_spot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sanling_board_entry ADD COLUMN disputes_screened INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sanling_board_entry ADD COLUMN disputes_resolved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sanling_board_entry ADD COLUMN high_risk_disputes_open INTEGER NOT NULL DEFAULT 0;

-- What a day's computation reads of the register: disputes by the time they were recorded, steps by time.
CREATE INDEX dispute_created_idx ON dispute (created_at);
CREATE INDEX dispute_step_at_idx ON dispute_step (at, action);
