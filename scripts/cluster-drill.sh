#!/usr/bin/env bash
# The two-node drill (issue #20), as .ci/run runs it once on PostgreSQL: starts the cluster (scripts/cluster.sh up),
# then checks, through the balancer,
#   1. a burst of submissions with node 1 killed mid-burst: every acknowledged one stored exactly once, replays
#      answer the first result, both nodes' search finds them all within 2 s of node 1's restart, and a Quartz
#      job firing every 5 s runs once per firing across the nodes and again after the kill (ClusterScenario.java);
#   2. 200 sign-ups at once for a 50-place shift, spread over both nodes: exactly 50 confirmed (SignupBenchmark.java);
#   3. a logged-in browser keeps its session and its half-filled form when its node is killed (scripts/failover);
# and stops everything it started, also when a check fails. Exits 1 on any broken promise.
# Needs: a build (mvn package), PostgreSQL (POSTGRESQL_URL, default the database sanling_cluster), HAProxy,
# Node.js with npm and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

trap 'scripts/cluster.sh down' EXIT
scripts/cluster.sh up

echo "== 1. A burst of submissions, node 1 killed in the middle, a job firing every 5 s"
java scripts/ClusterScenario.java 600

echo "== 2. Sign-ups through both nodes"
java scripts/SignupBenchmark.java http://127.0.0.1:8000 200 50 1

echo "== 3. A browser's session and half-filled form across the loss of its node"
(cd scripts/failover && npm ci --no-audit --no-fund --loglevel=error && npm run --silent check)
