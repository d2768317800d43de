#!/usr/bin/env bash
# Installs what building and testing kubeplay needs, and only what is missing:
#   - the wasm32-unknown-unknown Rust target (rustup)
#   - wasm-bindgen-cli (wasm-bindgen + wasm-bindgen-test-runner) at exactly the
#     version of the wasm-bindgen crate in Cargo.lock (cargo install)
#   - Debian's chromium and chromium-driver (apt-get), for the browser tests
#   - npm packages from the committed lockfiles (npm ci): binaryen's wasm-opt in
#     scripts/, CodeMirror 6 + esbuild (the page bundle) in www/, playwright-core
#     in tests/e2e/
# Idempotent and non-interactive (safe with CI=true and no stdin).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export DEBIAN_FRONTEND=noninteractive

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
command -v rustup >/dev/null || die "rustup not found: the wasm target is installed with rustup"
command -v node >/dev/null || die "node not found: Node.js >= 20 is needed (wasm-opt, page tests)"
command -v npm >/dev/null || die "npm not found"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js >= 20 needed, found $(node --version)"

# 1. Rust target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "setup: wasm32-unknown-unknown target present"
else
    log "setup: rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at the Cargo.lock version.
[ -f Cargo.lock ] || cargo generate-lockfile
wb_version="$(wasm_bindgen_lock_version)"
[ -n "$wb_version" ] || die "no wasm-bindgen package in Cargo.lock"
have_wb=""
if command -v wasm-bindgen >/dev/null && command -v wasm-bindgen-test-runner >/dev/null; then
    have_wb="$(wasm-bindgen --version | awk '{print $2}')"
fi
if [ "$have_wb" = "$wb_version" ]; then
    log "setup: wasm-bindgen-cli $wb_version present"
else
    log "setup: cargo install wasm-bindgen-cli --version =$wb_version (found: ${have_wb:-none}; takes ~2 min)"
    # --locked fails on these machines (the registry lacks a crate the CLI's own
    # lockfile pins): try it, then fall back to a fresh resolution.
    if ! cargo install wasm-bindgen-cli --version "=$wb_version" --locked --force; then
        log "setup: --locked install failed; retrying without --locked"
        cargo install wasm-bindgen-cli --version "=$wb_version" --force
    fi
    [ "$(wasm-bindgen --version | awk '{print $2}')" = "$wb_version" ] \
        || die "wasm-bindgen on PATH is not $wb_version (is ~/.cargo/bin first on PATH?)"
fi

# 3. Chromium + ChromeDriver from Debian (never a downloaded browser build).
missing_debs=()
[ -x /usr/bin/chromium ] || missing_debs+=(chromium)
[ -x /usr/bin/chromedriver ] || missing_debs+=(chromium-driver)
if [ "${#missing_debs[@]}" -eq 0 ]; then
    log "setup: chromium and chromedriver present"
else
    log "setup: apt-get install ${missing_debs[*]}"
    as_root apt-get update -q
    as_root apt-get install -y -q --no-install-recommends "${missing_debs[@]}"
fi

# 4. npm packages from the committed lockfiles. `npm ci` wipes node_modules, so
#    only run it when the lockfile changed since the last install.
for dir in scripts www tests/e2e; do
    [ -f "$dir/package-lock.json" ] || continue
    stamp="$dir/node_modules/.package-lock.json"
    if [ -f "$stamp" ] && [ "$stamp" -nt "$dir/package-lock.json" ] \
        && [ "$stamp" -nt "$dir/package.json" ]; then
        log "setup: npm packages in $dir present"
    else
        log "setup: npm ci in $dir"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done

log "setup: done"
