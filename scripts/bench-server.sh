#!/usr/bin/env bash
# The server the build provisions: its size on disk, the time WildFly takes to boot with nothing deployed,
# and the time to ready (/health/ready) with the portal and its demo data, at the first start (which
# loads the demo) and at later ones (the demo already there). Each start is on a fresh base directory
# (port offset 600) so a running portal is not disturbed; times are wall clock and the JVM's CPU seconds.
#   scripts/bench-server.sh [server dir] [later starts]     (after mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
server=${1:-ear/target/server}
starts=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$server/standalone/deployments/sanling.ear" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

echo "size: $(du -sh --exclude=standalone/data --exclude=standalone/log --exclude=standalone/tmp "$server" | cut -f1)" \
     "(modules $(du -sh "$server/modules" | cut -f1), the EAR $(du -sh "$server/standalone/deployments/sanling.ear" | cut -f1))"

start() { # label, base directory; prints seconds until $3 succeeds
    local label=$1 base=$2 ready=$3
    local began; began=$(date +%s.%N)
    SANLING_DEMO=true SANLING_MFA_REQUIRED=false "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset=600 > "$base/console.log" 2>&1 &
    local pid=$!
    until eval "$ready"; do
        kill -0 "$pid" 2>/dev/null || { echo "$label: the server stopped; see $base/console.log" >&2; exit 1; }
        sleep 0.2
    done
    local ended; ended=$(date +%s.%N)
    local jvm; jvm=$(pgrep -P "$pid" java)
    local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$jvm/stat")
    echo "$label: $(echo "$ended - $began" | bc) s, $cpu s CPU (load average $(cut -d' ' -f1 /proc/loadavg))"
    kill "$jvm"; wait "$pid" 2>/dev/null || true
}

empty="$work/empty"
mkdir -p "$empty/deployments"; cp -r "$server/standalone/configuration" "$empty/"
start "WildFly alone, booted" "$empty" "grep -q WFLYSRV0025 '$empty/console.log'"

portal="$work/portal"
mkdir -p "$portal/deployments"; cp -r "$server/standalone/configuration" "$portal/"
cp "$server/standalone/deployments/sanling.ear" "$portal/deployments/"
ready="curl -sf -o /dev/null http://127.0.0.1:10590/health/ready"
start "portal, first start (loads the demo)" "$portal" "$ready"
for i in $(seq 1 "$starts"); do
    start "portal, start $i with the demo loaded" "$portal" "$ready"
done
