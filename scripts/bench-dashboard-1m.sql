-- The dashboard benchmark's 1M submissions (PostgreSQL): the demo's submissions (./run.sh with POSTGRESQL_URL,
-- demo data on) copied until the table holds about 1,000,000 rows, each copy moved back by a random number of
-- days within the last year with its deadline, in the same area, category, type, status and dimension. Ids come
-- from far above the sequence so the portal's own inserts never meet them. Run once, then restart nothing:
--     psql -h 127.0.0.1 -U postgres -d <database> -f scripts/bench-dashboard-1m.sql
-- The daily summary rows (area × day) are those the demo load stored; their number does not grow with the
-- submissions, which the dashboard reads only for its overdue list (one page, indexed).
INSERT INTO submission (id, number, client_id, submitter_id, type, category_id, area_id, area_path, place, title,
                        content, urgency, dimension, citizen_name, citizen_phone, status, assignee_id, occurred_at,
                        created_at, updated_at, deadline, resolved_at, version, department_id)
SELECT 1000000000 + row_number() OVER (), 'B' || (1000000000 + row_number() OVER ()), gen_random_uuid(),
       s.submitter_id, s.type, s.category_id, s.area_id, s.area_path, s.place, s.title, s.content, s.urgency,
       s.dimension, NULL, NULL, s.status, s.assignee_id, s.occurred_at,
       s.created_at - shift, s.updated_at - shift, s.deadline - shift, s.resolved_at - shift, 0, s.department_id
FROM submission s
CROSS JOIN generate_series(1, (SELECT CEIL(1000000.0 / COUNT(*)) FROM submission)::int) AS copy(n)
CROSS JOIN LATERAL (SELECT make_interval(days => (random() * 365)::int) AS shift) AS moved
WHERE s.id < 1000000000;
ANALYZE submission;
SELECT COUNT(*) AS submissions FROM submission;
