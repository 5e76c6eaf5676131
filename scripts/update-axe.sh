#!/bin/sh
# Takes axe-core's built file from the npm registry into the integration tests' resources
# (ear/src/test/resources/axe), so AccessibilityBrowserIT hands it to the pages from the test's own files,
# never from a CDN. Only the tests use it: the portal itself does not ship axe-core.
# Usage: scripts/update-axe.sh [version]   (default 4)
set -eu
version=${1:-4}
target=$(cd "$(dirname "$0")/.." && pwd)/ear/src/test/resources/axe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$target"
mkdir -p "$target"
(cd "$work" && npm pack --silent "axe-core@$version" >/dev/null)
tar -xzf "$work"/axe-core-*.tgz -C "$work"
cp "$work"/package/axe.min.js "$work"/package/LICENSE "$target"/
got=$(node -p "require('$work/package/package.json').version")
echo "$got" > "$target"/VERSION
echo "axe-core $got in $target:"
ls "$target"
