#!/usr/bin/env bash
# What a durable commit costs: runs scripts/IntakeBenchmark.java against the portal on its embedded H2
# default (WRITE_DELAY=0: each commit written to the file before it returns) and, in the same run,
# against the same server with H2's default write delay (commits reach the file up to 500 ms later and
# can be lost to kill -9). Each server gets a fresh base directory with demo data; nothing else runs.
#   scripts/bench-intake.sh [submissions] [clients] [rounds]     (after mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
server=ear/target/server
work=ear/target/bench-intake
submissions=${1:-400} clients=${2:-8} rounds=${3:-3}
[ -f "$server/standalone/deployments/sanling.ear" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

run() { # name, extra arguments for standalone.sh
    local name=$1; shift
    local base="$work/$name"
    rm -rf "$base"; mkdir -p "$base/deployments"
    cp -r "$server/standalone/configuration" "$base/"
    cp "$server/standalone/deployments/sanling.ear" "$base/deployments/"
    SANLING_DEMO=true "$server/bin/standalone.sh" -Djboss.server.base.dir="$(pwd)/$base" \
        -Djboss.socket.binding.port-offset=500 "$@" > "$base/console.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 300); do
        curl -fs -o /dev/null http://127.0.0.1:8580/login.xhtml && break
        sleep 1
    done
    echo "== $name"
    java scripts/IntakeBenchmark.java http://127.0.0.1:8580 "$submissions" "$clients" "$rounds" || true
    pkill -P "$pid" java || true; wait "$pid" 2>/dev/null || true
}

run durable
# The same H2 file settings as the default, less WRITE_DELAY=0 (the URL comes through the datasource's
# POSTGRESQL_URL expression; the driver stays H2).
POSTGRESQL_PASSWORD=sa POSTGRESQL_URL="jdbc:h2:async:$(pwd)/$work/delayed/data/sanling/sanling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    run delayed -Dsanling.db.driver=h2
