#!/usr/bin/env bash
# Bundles the page's JavaScript (www/src/main.js and its npm dependencies: CodeMirror 6)
# with esbuild into www/dist/main.js (gitignored). The wasm glue (www/pkg/, from
# scripts/build-wasm.sh) stays a separate file, loaded at run time by the bundle.
# Expects scripts/setup.sh to have run (npm ci in www/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ESBUILD="$ROOT/www/node_modules/.bin/esbuild"
[ -x "$ESBUILD" ] || die "esbuild missing ($ESBUILD): run scripts/setup.sh"

log "build-page: esbuild www/src/main.js -> www/dist/main.js"
rm -rf www/dist
"$ESBUILD" www/src/main.js --bundle --minify --format=esm --target=es2022 \
    --sourcemap --legal-comments=none --log-level=warning --outfile=www/dist/main.js

size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
printf 'page bundle: %s bytes raw, %s bytes gzip -9 (www/dist/main.js)\n' \
    "$(size www/dist/main.js)" "$(gz www/dist/main.js)"
