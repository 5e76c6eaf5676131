#!/usr/bin/env bash
# Two portal nodes on one PostgreSQL database behind HAProxy on http://127.0.0.1:8000 (README, Running a cluster).
#
#   scripts/cluster.sh up        builds if needed, creates or reuses the database, starts node 1 (which loads the demo
#                                district once), node 2 and the balancer; returns when the balancer serves /login.xhtml
#   scripts/cluster.sh kill N    kills node N's JVM with kill -9
#   scripts/cluster.sh start N   starts node N again; returns when it is ready
#   scripts/cluster.sh status    each node's JVM and readiness, and the balancer's view of them
#   scripts/cluster.sh down      stops everything it started (the database stays)
#
# The database is POSTGRESQL_URL (default jdbc:postgresql://127.0.0.1:5432/sanling_cluster, made if missing) with
# POSTGRESQL_USER / POSTGRESQL_PASSWORD (default postgres / postgres). Each node has its own port offset (100, 200),
# transaction node id, data folder and search index (fed from the shared outbox); the photos folder is shared.
# The nodes share their HTTP sessions (a login and its pages outlive the node that made them) over JGroups on
# 127.0.0.1, each node finding the other at its JGroups port (7600 plus the offset: 7700, 7800).
# Needs HAProxy from Debian (apt-get install -y haproxy).
set -euo pipefail
cd "$(dirname "$0")/.."

server=ear/target/server
root=${SANLING_CLUSTER_DIR:-$PWD/ear/target/cluster}
export POSTGRESQL_URL=${POSTGRESQL_URL:-jdbc:postgresql://127.0.0.1:5432/sanling_cluster}
export POSTGRESQL_USER=${POSTGRESQL_USER:-postgres}
export POSTGRESQL_PASSWORD=${POSTGRESQL_PASSWORD:-postgres}
balancer_port=8000

offset() { echo $((100 * $1)); }
http_port() { echo $((8080 + $(offset "$1"))); }
management_port() { echo $((9990 + $(offset "$1"))); }
jgroups_port() { echo $((7600 + $(offset "$1"))); }
node_dir() { echo "$root/node$1"; }
jvm_pid() { cat "$(node_dir "$1")/jvm.pid" 2>/dev/null || true; }

check_node() {
    case "${1:-}" in
        1 | 2) ;;
        *) echo "Name the node: 1 or 2." >&2; exit 2 ;;
    esac
}

running() {
    local pid
    pid=$(jvm_pid "$1")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

ready() {
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$(management_port "$1")/health/ready"
}

build_if_needed() {
    if [ ! -f "$server/standalone/deployments/sanling.ear" ]; then
        echo "Building the portal (mvn -DskipTests package) ..."
        mvn -B -q -DskipTests package
    fi
}

create_database() {
    local name=${POSTGRESQL_URL##*/}
    name=${name%%\?*}
    local hostport=${POSTGRESQL_URL#jdbc:postgresql://}
    hostport=${hostport%%/*}
    local host=${hostport%%:*} port=5432
    [ "$hostport" != "$host" ] && port=${hostport##*:}
    if ! PGPASSWORD=$POSTGRESQL_PASSWORD psql -h "$host" -p "$port" -U "$POSTGRESQL_USER" -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
        echo "Creating the database $name"
        PGPASSWORD=$POSTGRESQL_PASSWORD psql -h "$host" -p "$port" -U "$POSTGRESQL_USER" -d postgres -qc "CREATE DATABASE $name"
        # The nodes' indexes and data, and the photos, belonged to another database.
        rm -rf "$(node_dir 1)" "$(node_dir 2)" "$root/photos"
    fi
}

# A node's own server base (configuration and deployments copied from the provisioned server, refreshed when the
# build is newer), its data folder and index; the JVM's pid is written by standalone.sh.
start_node() {
    local n=$1 dir
    dir=$(node_dir "$n")
    if running "$n"; then
        echo "Node $n is running already (pid $(jvm_pid "$n"))."
        return
    fi
    mkdir -p "$dir" "$root/photos"
    if [ ! -d "$dir/base" ] || [ "$server/standalone/deployments/sanling.ear" -nt "$dir/base/deployments/sanling.ear" ]; then
        rm -rf "$dir/base"
        mkdir -p "$dir/base"
        cp -r "$server/standalone/configuration" "$server/standalone/deployments" "$dir/base/"
    fi
    echo "Starting node $n: http://127.0.0.1:$(http_port "$n")/, management $(management_port "$n")"
    SANLING_DEMO=true SANLING_MFA_REQUIRED=${SANLING_MFA_REQUIRED:-false} \
        SANLING_PHOTO_DIR="$root/photos" SANLING_INDEX_DIR="$dir/index" \
        LAUNCH_JBOSS_IN_BACKGROUND=true JBOSS_PIDFILE="$dir/jvm.pid" \
        nohup "$server/bin/standalone.sh" -Djboss.server.base.dir="$dir/base" -Djboss.server.data.dir="$dir/data" \
        -Djboss.server.log.dir="$dir/log" -Djboss.socket.binding.port-offset="$(offset "$n")" \
        -Djboss.tx.node.id="sanling-$n" -Djboss.node.name="node$n" -Djboss.bind.address.private=127.0.0.1 \
        -Dsanling.cluster.fixed-ports=true -Dsanling.cluster.node1.port="$(jgroups_port 1)" \
        -Dsanling.cluster.node2.port="$(jgroups_port 2)" > "$dir/console.log" 2>&1 &
    for _ in $(seq 1 300); do
        if ready "$n"; then
            echo "Node $n is ready (pid $(jvm_pid "$n"))."
            return
        fi
        if [ -f "$dir/jvm.pid" ] && ! running "$n"; then
            break
        fi
        sleep 1
    done
    echo "Node $n did not become ready; the end of $dir/console.log:" >&2
    tail -30 "$dir/console.log" >&2
    exit 1
}

kill_node() {
    local n=$1 pid
    pid=$(jvm_pid "$n")
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "Node $n is not running."
        return
    fi
    kill -9 "$pid"
    echo "Node $n (pid $pid) killed with kill -9."
}

stop_node() {
    local n=$1 pid
    pid=$(jvm_pid "$n")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
        echo "Node $n stopped."
    fi
    rm -f "$(node_dir "$n")/jvm.pid"
}

# HAProxy: round robin with sticky sessions (a cookie naming the node), a node taken out after two failed checks of
# /health/ready one second apart, and a request whose node is down sent to the other (redispatch).
start_balancer() {
    if ! command -v haproxy >/dev/null; then
        echo "HAProxy is missing: apt-get install -y haproxy" >&2
        exit 1
    fi
    if [ -f "$root/haproxy.pid" ] && kill -0 "$(cat "$root/haproxy.pid")" 2>/dev/null; then
        return
    fi
    cat > "$root/haproxy.cfg" <<EOF
global
    maxconn 4096
    stats socket $root/haproxy.sock mode 600 level admin

defaults
    mode http
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 120s
    timeout server 120s

frontend portal
    bind 127.0.0.1:$balancer_port
    default_backend nodes

backend nodes
    balance roundrobin
    cookie SANLING_NODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:$(http_port 1) check port $(management_port 1) cookie node1
    server node2 127.0.0.1:$(http_port 2) check port $(management_port 2) cookie node2
EOF
    haproxy -f "$root/haproxy.cfg" -D -p "$root/haproxy.pid"
    for _ in $(seq 1 30); do
        if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$balancer_port/login.xhtml"; then
            echo "The balancer serves http://127.0.0.1:$balancer_port/"
            return
        fi
        sleep 1
    done
    echo "The balancer does not serve /login.xhtml" >&2
    exit 1
}

status() {
    for n in 1 2; do
        if running "$n"; then
            if ready "$n"; then state=ready; else state="not ready"; fi
            echo "node $n: pid $(jvm_pid "$n"), $state (http $(http_port "$n"), management $(management_port "$n"))"
        else
            echo "node $n: down"
        fi
    done
    if [ -S "$root/haproxy.sock" ] && [ -f "$root/haproxy.pid" ] && kill -0 "$(cat "$root/haproxy.pid")" 2>/dev/null; then
        echo "balancer: http://127.0.0.1:$balancer_port/ (pid $(cat "$root/haproxy.pid"))"
        echo "show servers state nodes" | python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(sys.stdin.read().encode())
lines = b"".join(iter(lambda: s.recv(4096), b"")).decode().splitlines()
header = lines[1].lstrip("# ").split()
for line in lines[2:]:
    if line.strip():
        row = dict(zip(header, line.split()))
        print("  balancer sees", row["srv_name"], "UP" if row["srv_op_state"] == "2" else "DOWN")
' "$root/haproxy.sock"
    else
        echo "balancer: down"
    fi
}

command=${1:-}
case "$command" in
    up)
        build_if_needed
        create_database
        mkdir -p "$root"
        # Node 1 first: it migrates the database and loads the demo district once; node 2 then finds it there.
        start_node 1
        start_node 2
        start_balancer
        ;;
    kill) check_node "${2:-}"; kill_node "$2" ;;
    start) check_node "${2:-}"; start_node "$2" ;;
    status) status ;;
    down)
        if [ -f "$root/haproxy.pid" ]; then
            kill "$(cat "$root/haproxy.pid")" 2>/dev/null || true
            rm -f "$root/haproxy.pid"
            echo "Balancer stopped."
        fi
        stop_node 2
        stop_node 1
        ;;
    *)
        sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
