#!/usr/bin/env bash
# Builds the portal and starts it on the embedded H2 database with the demo district and accounts.
# Needs JDK 17 and Maven; everything else (WildFly included) comes from Maven Central.
# Ctrl-C stops the server. Set POSTGRESQL_URL (+ POSTGRESQL_USER, POSTGRESQL_PASSWORD) to use PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package
server=ear/target/server
# Every build provisions the server anew, so the portal's data (H2 database, photos, search index) lives beside
# it, where it outlasts builds (mvn clean removes it).
data=ear/target/data
mkdir -p "$server/standalone/log"

# Two-factor login is optional in the demo, so the demo leaders and admins log in with their password;
# SANLING_MFA_REQUIRED=true ./run.sh requires it of them as production does by default.
SANLING_DEMO=true SANLING_MFA_REQUIRED="${SANLING_MFA_REQUIRED:-false}" "$server/bin/standalone.sh" \
    -Djboss.server.data.dir="$PWD/$data" > "$server/standalone/log/console.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null' INT TERM EXIT

printf 'Starting WildFly (log: %s) ' "$server/standalone/log/console.log"
for _ in $(seq 1 180); do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo; echo "The server stopped during start-up; see the log above." >&2
        exit 1
    fi
    if curl -fs -o /dev/null http://127.0.0.1:8080/login.xhtml; then
        break
    fi
    printf '.'
    sleep 1
done
echo
cat <<'BANNER'

  Sanling 三零 portal is running:  http://127.0.0.1:8080/

  Demo logins (password Sanling@2026):
    admin             管理员 (whole district)
    district-leader   区级领导 (红旗区 410702)
    street-leader-a   街道领导 (西街街道 410702001)
    street-leader-b   街道领导 (东街街道 410702002)
    supervisor-a      社情民意监督员 (梦萦小区)
    handler-a         网格员 (梦萦小区第1网格)
    dept-urban        职能部门办事员 (红旗区城市管理局)
    volunteer-a       志愿者 (星海国际小区)
    volunteer-b       志愿者 (梦萦小区)

  Two-factor login: optional here (SANLING_MFA_REQUIRED=true ./run.sh requires it of leaders and admins);
  turn it on under 我的账号 (My account) with any authenticator app.

  API: curl -s -H 'Content-Type: application/json' \
         -d '{"username":"admin","password":"Sanling@2026"}' http://127.0.0.1:8080/api/v1/auth/token
  Health: http://127.0.0.1:9990/health/ready        Stop: Ctrl-C

BANNER
wait "$pid"
