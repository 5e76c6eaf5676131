#!/bin/sh
# Takes Workbox's built files from the npm registry into the web module (web/src/main/webapp/workbox),
# so the service worker loads Workbox from the portal itself, never from Google's CDN.
# Usage: scripts/update-workbox.sh [version]   (default 7)
set -eu
version=${1:-7}
target=$(cd "$(dirname "$0")/.." && pwd)/web/src/main/webapp/workbox
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$target"
mkdir -p "$target"
for module in workbox-sw workbox-core workbox-precaching workbox-routing workbox-strategies; do
    (cd "$work" && npm pack --silent "$module@$version" >/dev/null)
    tar -xzf "$work"/"$module"-*.tgz -C "$work"
    cp "$work"/package/build/*.js "$target"/
    if [ "$module" = workbox-sw ]; then
        cp "$work"/package/LICENSE "$target"/LICENSE
        got=$(node -p "require('$work/package/package.json').version")
    fi
    rm -rf "$work"/package "$work"/"$module"-*.tgz
done
# The service worker runs Workbox's production builds only (debug: false).
rm -f "$target"/*.dev.js
echo "Workbox $got in $target:"
ls "$target"
