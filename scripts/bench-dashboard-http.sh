#!/usr/bin/env bash
# The leader dashboard over HTTP: GET /dashboard.xhtml of a running portal N times in one logged-in session
# (a token from POST /api/v1/auth/token, the session cookie kept), after warm-up; checks every answer is the
# dashboard with its charts and prints p50, p95 and max. Defaults suit the demo portal (./run.sh):
#
#     BENCH_URL=http://127.0.0.1:8080 BENCH_USER=district-leader BENCH_PASSWORD=Sanling@2026 \
#     BENCH_AREA= BENCH_N=200 BENCH_WARMUP=20 scripts/bench-dashboard-http.sh
#
# docs/benchmarks.md records the figures (with 1M submissions: scripts/bench-dashboard-1m.sql).
set -euo pipefail
url=${BENCH_URL:-http://127.0.0.1:8080}
user=${BENCH_USER:-district-leader}
password=${BENCH_PASSWORD:-Sanling@2026}
n=${BENCH_N:-200}
warmup=${BENCH_WARMUP:-20}
page="$url/dashboard.xhtml${BENCH_AREA:+?area=$BENCH_AREA}"

token=$(curl -fsS -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$url/api/v1/auth/token" \
    | sed -E 's/.*"token" *: *"([^"]+)".*/\1/')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
get() {
    curl -sS -o "$work/page.html" -b "$work/cookies" -c "$work/cookies" -H "Authorization: Bearer $token" \
        -w '%{http_code} %{time_total}\n' "$page"
}
for _ in $(seq 1 "$warmup"); do get > /dev/null; done
for _ in $(seq 1 "$n"); do
    get >> "$work/times"
    grep -q 'id="trendChart"' "$work/page.html" || { echo "not the dashboard with its charts: $page" >&2; exit 1; }
done
if grep -qv '^200 ' "$work/times"; then
    echo "answers other than 200:" >&2; grep -v '^200 ' "$work/times" | sort | uniq -c >&2; exit 1
fi
cut -d' ' -f2 "$work/times" | sort -n | awk -v n="$n" -v page="$page" '
    { t[NR] = $1 * 1000 }
    END {
        p50 = t[int((n * 50 + 99) / 100)]; p95 = t[int((n * 95 + 99) / 100)]
        printf "GET %s x %d (after %s warm-up): p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", page, n, ENVIRON["BENCH_WARMUP"] ? ENVIRON["BENCH_WARMUP"] : 20, p50, p95, t[n]
    }'
