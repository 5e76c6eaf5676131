#!/bin/sh
# Takes the QR decoder of the check-in page from the npm registry into the web module
# (web/src/main/webapp/qr): barcode-detector, a BarcodeDetector ponyfill on ZXing-C++ compiled to
# WebAssembly, and the zxing-wasm reader it loads. The page points the ponyfill at /qr/ for its .wasm,
# so nothing is fetched from a CDN, and the service worker precaches both for scanning offline.
# Usage: scripts/update-qr-decoder.sh [barcode-detector version]   (default 3.2.2)
set -eu
version=${1:-3.2.2}
target=$(cd "$(dirname "$0")/.." && pwd)/web/src/main/webapp/qr
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "barcode-detector@$version" >/dev/null)
tar -xzf "$work"/barcode-detector-*.tgz -C "$work"
# The ponyfill is built for exactly one zxing-wasm version, whose .wasm it expects beside it.
wasm=$(node -p "require('$work/package/package.json').dependencies['zxing-wasm']")
rm -rf "$target"
mkdir -p "$target"
cp "$work"/package/dist/iife/ponyfill.js "$target"/barcode-detector.js
cp "$work"/package/LICENSE "$target"/LICENSE.barcode-detector
rm -rf "$work"/package
(cd "$work" && npm pack --silent "zxing-wasm@$wasm" >/dev/null)
tar -xzf "$work"/zxing-wasm-*.tgz -C "$work"
cp "$work"/package/dist/reader/zxing_reader.wasm "$target"/
cp "$work"/package/LICENSE "$target"/LICENSE.zxing-wasm
# The .wasm is ZXing-C++ (Apache 2.0) and zint (BSD) too: keep the package's own list of those licences.
sed -n '/^## Licenses/,$p' "$work"/package/README.md > "$target"/LICENSES.zxing-wasm.md
echo "barcode-detector $version with zxing-wasm $wasm in $target:"
ls -l "$target"
