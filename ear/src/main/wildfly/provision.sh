#!/usr/bin/env bash
# Turns the WildFly unpacked into ear/target/server into the Sanling server and deploys the EAR, so that
# `ear/target/server/bin/standalone.sh` starts the whole portal. Run by `mvn package` (ear/pom.xml).
#
# The server configuration is rebuilt from the pristine standalone.xml whenever these provisioning
# files change, and left alone otherwise (the H2 database under standalone/data is kept either way).
set -euo pipefail

server=$1   # the unpacked WildFly
ear=$2      # the EAR to deploy
driver=$3   # the PostgreSQL JDBC driver jar
here=$(cd "$(dirname "$0")" && pwd)
conf="$server/standalone/configuration"
stamp="$server/.sanling-provisioned"

fingerprint=$(cat "$here"/configure.cli "$here"/configure-it.cli "$here"/postgresql-module.xml \
    "$here"/standalone.conf.sanling "$here"/provision.sh "$driver" | sha256sum)

if [ "$(cat "$stamp" 2>/dev/null)" != "$fingerprint" ]; then
    echo "Provisioning WildFly in $server"
    [ -f "$conf/standalone.xml.dist" ] || cp "$conf/standalone.xml" "$conf/standalone.xml.dist"
    [ -f "$server/bin/standalone.conf.dist" ] || cp "$server/bin/standalone.conf" "$server/bin/standalone.conf.dist"
    cp "$conf/standalone.xml.dist" "$conf/standalone.xml"
    cat "$server/bin/standalone.conf.dist" "$here/standalone.conf.sanling" > "$server/bin/standalone.conf"

    module="$server/modules/org/postgresql/main"
    mkdir -p "$module"
    cp "$driver" "$module/postgresql.jar"
    cp "$here/postgresql-module.xml" "$module/module.xml"

    JAVA_OPTS="-Xmx256m" "$server/bin/jboss-cli.sh" --file="$here/configure.cli"
    cp "$conf/standalone.xml" "$conf/standalone-it.xml"
    JAVA_OPTS="-Xmx256m" "$server/bin/jboss-cli.sh" --file="$here/configure-it.cli"
    echo "$fingerprint" > "$stamp"
fi

cp "$ear" "$server/standalone/deployments/sanling.ear"
echo "Deployed $(basename "$ear") to $server/standalone/deployments"
