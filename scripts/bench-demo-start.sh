#!/usr/bin/env bash
# Measures a fresh demo start (docs/benchmarks.md, "The demo's year of patrols and disputes"): starts the server that
# `mvn package` provisioned in the given checkout with the demo on an empty H2 data directory at a port offset, prints
# the demo's loading from the log, the seconds until /login.xhtml answers and how long the server stays busy after
# that (until it uses under 0.2 CPU s in 2 s three times running), then stops it.
#
#     scripts/bench-demo-start.sh [checkout (.)] [port offset (300)]
set -u
tree=$(cd "${1:-.}" && pwd); offset=${2:-300}
server=$tree/ear/target/server
data=$(mktemp -d); log=$data/console.log
port=$((8080 + offset))
started=$(date +%s.%N)
SANLING_DEMO=true SANLING_MFA_REQUIRED=false "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.server.data.dir="$data" > "$log" 2>&1 &
shell=$!
ready=""
for _ in $(seq 1 400); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/login.xhtml"; then ready=$(date +%s.%N); break; fi
    sleep 1
done
java=$(pgrep -P "$shell" java)
if [ -z "$ready" ] || [ -z "$java" ]; then
    echo "the server did not become ready; see $log" >&2
    [ -n "$java" ] && kill "$java"
    exit 1
fi
echo "ready after $(echo "$ready - $started" | bc) s"
grep -a "Database schema at version\|Demo data loaded" "$log" | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-12
grep -ao "Demo data loaded.*三零 boards since [0-9-]* in [0-9]* ms" "$log"
ticks() { awk '{print $14 + $15}' "/proc/$java/stat"; }
hz=$(getconf CLK_TCK)
first=$(ticks); previous=$first; quiet=0; from=$(date +%s.%N)
for _ in $(seq 1 300); do
    sleep 2
    now=$(ticks)
    if [ $((now - previous)) -lt $((hz / 5)) ]; then quiet=$((quiet + 1)); else quiet=0; fi
    previous=$now
    if [ $quiet -ge 3 ]; then break; fi
done
echo "busy after ready: $(echo "$(date +%s.%N) - $from - 6" | bc) s, $(echo "($previous - $first) / $hz" | bc -l | cut -c1-6) s CPU"
kill "$java"
wait "$shell" 2>/dev/null
rm -rf "$data"
