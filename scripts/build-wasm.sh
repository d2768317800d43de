#!/usr/bin/env bash
# Builds the shipped wasm module (see shared/TOOLCHAIN.md):
#   www/pkg/kubeplay{.js,_bg.wasm}   --target web, for the page
#   pkg/node/kubeplay{.js,_bg.wasm}  --target nodejs, for headless use
# both optimised with wasm-opt -Oz from the npm binaryen package (never Debian's).
# Expects scripts/setup.sh to have run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

WASM_OPT="$ROOT/scripts/node_modules/.bin/wasm-opt"
[ -x "$WASM_OPT" ] || die "npm binaryen missing ($WASM_OPT): run scripts/setup.sh"
command -v wasm-bindgen >/dev/null || die "wasm-bindgen missing: run scripts/setup.sh"

# cdylib only: with ["cdylib", "rlib"] cargo silently drops LTO (+14% wasm).
log "build-wasm: cargo rustc (release, cdylib)"
cargo rustc -p kubeplay-web --lib --release --target wasm32-unknown-unknown --crate-type cdylib
raw="target/wasm32-unknown-unknown/release/kubeplay.wasm"
[ -f "$raw" ] || die "expected $raw after cargo rustc"

log "build-wasm: wasm-bindgen (web -> www/pkg, nodejs -> pkg/node)"
rm -rf www/pkg pkg/node
wasm-bindgen "$raw" --target web --out-dir www/pkg --out-name kubeplay
wasm-bindgen "$raw" --target nodejs --out-dir pkg/node --out-name kubeplay

# The features rustc enables by default on wasm32-unknown-unknown (Rust >= 1.87);
# wasm-opt must be allowed to keep them. All are supported by Chromium and Node >= 20.
features=(--enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int
          --enable-sign-ext --enable-reference-types --enable-multivalue)
for wasm in www/pkg/kubeplay_bg.wasm pkg/node/kubeplay_bg.wasm; do
    log "build-wasm: wasm-opt -Oz $wasm"
    "$WASM_OPT" -Oz "${features[@]}" "$wasm" -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
done

# The node build is publishable as the npm package `kubeplay` (version from Cargo.toml).
version="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)"
sed "s/\"version\": \"[^\"]*\"/\"version\": \"$version\"/" web/npm/package.json > pkg/node/package.json

size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
wasm="www/pkg/kubeplay_bg.wasm"
js="www/pkg/kubeplay.js"
printf 'wasm size: %s bytes raw, %s bytes gzip -9 (%s); glue %s: %s bytes raw, %s gzipped\n' \
    "$(size "$wasm")" "$(gz "$wasm")" "$wasm" "$js" "$(size "$js")" "$(gz "$js")"
