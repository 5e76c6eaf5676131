#!/usr/bin/env bash
# Search over HTTP: the search benchmark's fifty queries against a running portal's GET /api/v1/search,
# as a leader (token from POST /api/v1/auth/token), one thread then two, after warm-up; prints latency
# percentiles beside the portal's own search time. Defaults suit the demo portal (SANLING_DEMO=true):
#
#     scripts/bench-search-http.sh [-Dbench.http.url=http://127.0.0.1:8080] [-Dbench.http.user=district-leader]
#                                  [-Dbench.http.password=…] [-Dbench.http.warmup=20] [-Dbench.rounds=10]
#
# docs/benchmarks.md records the figures.
set -euo pipefail
cd "$(dirname "$0")/../search-index"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$@" \
    org.sanling.searchindex.bench.HttpSearchBenchmark
