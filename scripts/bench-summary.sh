#!/usr/bin/env bash
# Daily summaries (日报) at scale: loads synthetic submissions with their timelines straight into the PostgreSQL
# database of a running demo portal (spread evenly over the last year, about 2,740 a day at a million, in the
# demo's grids), then times the portal's own computation through its API as the admin: one day (yesterday, and
# a day half a year back), a month of days, and reading a day and the 三零 board. Prints the plans of the day's
# main queries, to show they use indexes. Start the portal on PostgreSQL with the demo first, e.g.
#
#     createdb -h 127.0.0.1 -U postgres sanling_bench
#     POSTGRESQL_URL=jdbc:postgresql://127.0.0.1:5432/sanling_bench POSTGRESQL_USER=postgres POSTGRESQL_PASSWORD=postgres SANLING_DEMO=true \
#         ear/target/server/bin/standalone.sh &
#     scripts/bench-summary.sh sanling_bench 1000000
#
# Loading is skipped when the database already holds the synthetic rows (numbers BM-…). docs/benchmarks.md
# records the figures.
set -euo pipefail
database=${1:?usage: scripts/bench-summary.sh DATABASE [SUBMISSIONS]}
count=${2:-1000000}
url=${BENCH_URL:-http://127.0.0.1:8080}
psql_() { psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$database" -v ON_ERROR_STOP=1 -qAt "$@"; }

loaded=$(psql_ -c "SELECT count(*) FROM submission WHERE number LIKE 'BM-%'")
if [ "$loaded" -lt "$count" ]; then
    echo "== Loading $count submissions and their timelines (already there: $loaded)"
    start=$(date +%s)
    psql_ <<SQL
DELETE FROM timeline_entry WHERE submission_id >= 100000000;
DELETE FROM submission WHERE id >= 100000000;
-- Over the last year, newest first; a status by number (60 % closed, 10 % each resolved, in progress, waiting,
-- rejected); the last 12 hours still waiting. Steps: accepted or rejected after 1 h, resolved after 6 h,
-- confirmed after 12 h; due after 5 days; 1 in 50 tagged with a 三零 dimension.
INSERT INTO submission (id, number, client_id, submitter_id, type, category_id, area_id, area_path, title, content,
                        urgency, dimension, status, created_at, updated_at, deadline, resolved_at, version)
SELECT 100000000 + g, 'BM-' || g, gen_random_uuid(), (SELECT id FROM account WHERE username = 'supervisor-a'),
       (ARRAY['COMPLAINT', 'SUGGESTION', 'HAZARD', 'DISPUTE', 'OPINION'])[1 + g % 5], 1 + g % 11, grid.id, grid.path,
       '基准测试诉求 ' || g, '用于日报基准测试的合成诉求。', 'NORMAL',
       CASE WHEN g % 50 = 0 THEN (ARRAY['PETITION', 'SAFETY', 'PUBLIC_SECURITY'])[1 + g / 50 % 3] ELSE 'NONE' END,
       s.status, s.created,
       s.created + CASE s.status WHEN 'CLOSED' THEN interval '12 hours' WHEN 'RESOLVED' THEN interval '6 hours'
                                  WHEN 'SUBMITTED' THEN interval '0' ELSE interval '1 hour' END,
       s.created + interval '5 days',
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN s.created + interval '6 hours' END, 0
FROM (SELECT g, now() - make_interval(secs => g * 31536000.0 / $count) AS created,
             CASE WHEN g * 31536000.0 / $count < 43200 THEN 'SUBMITTED'
                  ELSE (ARRAY['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'RESOLVED', 'IN_PROGRESS',
                              'SUBMITTED', 'REJECTED'])[1 + g % 10] END AS status
      FROM generate_series(1, $count) g) s
JOIN (SELECT id, path, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS grids
      FROM area WHERE length(code) = 15) grid ON grid.n = s.g % grid.grids;
INSERT INTO timeline_entry (id, submission_id, at, actor, action, status_after, note)
SELECT id * 4, id, created_at, 'supervisor-a', 'FILE', 'SUBMITTED', NULL FROM submission WHERE id >= 100000000
UNION ALL
SELECT id * 4 + 1, id, created_at + interval '1 hour', 'district-leader',
       CASE status WHEN 'REJECTED' THEN 'REJECT' ELSE 'ACCEPT' END,
       CASE status WHEN 'REJECTED' THEN 'REJECTED' ELSE 'IN_PROGRESS' END, NULL
FROM submission WHERE id >= 100000000 AND status <> 'SUBMITTED'
UNION ALL
SELECT id * 4 + 2, id, created_at + interval '6 hours', 'handler-a', 'RESOLVE', 'RESOLVED', '已处理'
FROM submission WHERE id >= 100000000 AND status IN ('RESOLVED', 'CLOSED')
UNION ALL
SELECT id * 4 + 3, id, created_at + interval '12 hours', 'supervisor-a', 'CONFIRM', 'CLOSED', NULL
FROM submission WHERE id >= 100000000 AND status = 'CLOSED';
ANALYZE submission;
ANALYZE timeline_entry;
SQL
    echo "loaded in $(( $(date +%s) - start )) s: $(psql_ -c "SELECT count(*) FROM submission") submissions, \
$(psql_ -c "SELECT count(*) FROM timeline_entry") timeline entries"
fi

token=$(curl -sf "$url/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Sanling@2026"}' | jq -r .token)
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
today=$(TZ=Asia/Shanghai date +%F)
yesterday=$(TZ=Asia/Shanghai date -d yesterday +%F)
half_year=$(TZ=Asia/Shanghai date -d '182 days ago' +%F)
month_ago=$(TZ=Asia/Shanghai date -d '30 days ago' +%F)

echo "== One day's summary, computed by the portal (millis as it measured them, then wall time of the call)"
for day in "$yesterday" "$yesterday" "$yesterday" "$half_year" "$half_year"; do
    start=$(date +%s%N)
    reply=$(api "$url/api/v1/summaries/backfill" -d "{\"from\":\"$day\",\"to\":\"$day\"}")
    echo "$day: $(jq -r '"\(.millis) ms in the portal, \(.rows) area rows"' <<<"$reply"), $(( ($(date +%s%N) - start) / 1000000 )) ms over HTTP"
done
received=$(api "$url/api/v1/summaries/daily?areaCode=410702&date=$yesterday" | jq -r .area.figures.received)
echo "district on $yesterday: $received received (a direct count: $(psql_ -c "SELECT count(*) FROM submission
    WHERE created_at >= '$yesterday'::timestamp AT TIME ZONE 'Asia/Shanghai' AND created_at < ('$yesterday'::timestamp + interval '1 day') AT TIME ZONE 'Asia/Shanghai'"))"

echo "== A backfill of 30 days ($month_ago to $yesterday)"
api "$url/api/v1/summaries/backfill" -d "{\"from\":\"$month_ago\",\"to\":\"$yesterday\"}" \
    | jq -r '"\(.days) days in \(.millis) ms, \(.rows) area rows"'

echo "== Reading (wall time of the call, 3 times each)"
for path in "summaries/daily?areaCode=410702&date=$yesterday" "summaries/monthly?areaCode=410702" \
            "summaries/series?areaCode=410702&from=$month_ago&to=$yesterday" "sanling-board?areaCode=410702"; do
    for _ in 1 2 3; do
        echo "$path: $(api -o /dev/null -w '%{time_total}' "$url/api/v1/$path") s"
    done
done

echo "== Plans of the day's main queries ($yesterday)"
from="'$yesterday'::timestamp AT TIME ZONE 'Asia/Shanghai'"
to="('$yesterday'::timestamp + interval '1 day') AT TIME ZONE 'Asia/Shanghai'"
psql_ -c "EXPLAIN ANALYZE SELECT area_id, type, count(*) FROM submission WHERE created_at >= $from AND created_at < $to GROUP BY area_id, type" | grep -E 'Scan|Execution'
psql_ -c "EXPLAIN ANALYZE SELECT s.area_id, s.type, t.action, count(*) FROM timeline_entry t JOIN submission s ON s.id = t.submission_id
          WHERE t.at >= $from AND t.at < $to AND t.action IN ('ACCEPT', 'REJECT', 'RESOLVE', 'CONFIRM', 'REOPEN') GROUP BY 1, 2, 3" | grep -E 'Scan|Execution'
psql_ -c "EXPLAIN ANALYZE SELECT area_id, count(*) FROM submission WHERE status IN ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS')
          AND deadline < $to AND created_at < $to AND updated_at < $to GROUP BY area_id" | grep -E 'Scan|Execution'
