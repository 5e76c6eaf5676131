-- The daily summaries count patrols by the day they started and their events by the day they were logged, over the
-- whole district (summary.SummaryComputer): without these each day scanned every patrol, which a year of them (the demo
-- district's 36,000) made the slowest part of computing a year of summaries. Numbered 13.1 to stay apart from the
-- next feature's migration.
CREATE INDEX patrol_started_idx ON patrol (started_at);
CREATE INDEX patrol_event_created_idx ON patrol_event (created_at);
