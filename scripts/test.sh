#!/usr/bin/env bash
# The one test command (what .ci/run runs). Installs what is missing
# (scripts/setup.sh), then runs every check, stopping at the first failure:
#   fmt, clippy (native + wasm), native cargo tests, the web crate's
#   wasm-bindgen tests in headless Chromium, the wasm build, the page bundle
#   (esbuild), and the page end-to-end tests (node --test + playwright-core).
# Non-interactive: passes with CI=true and no stdin.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export CARGO_TERM_PROGRESS_WHEN=never
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

summary=()
run_start=$(date +%s.%N)

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1fs", b - a }'; }

# stage NAME CMD...: runs one stage; on failure, says which and exits with its code.
stage() {
    local name="$1"; shift
    local start rc=0
    log "stage: $name"
    printf '    $ %s\n' "$*" >&2
    start=$(date +%s.%N)
    "$@" </dev/null || rc=$?
    local took; took=$(elapsed "$start")
    if [ "$rc" -ne 0 ]; then
        printf '%sFAILED: stage "%s" (exit %s, after %s). Later stages were not run.%s\n' \
            "$_R" "$name" "$rc" "$took" "$_N" >&2
        exit "$rc"
    fi
    summary+=("$(printf '%-12s %8s' "$name" "$took")")
    log "stage: $name ok ($took)"
}

stage setup        scripts/setup.sh
stage fmt          cargo fmt --all -- --check
stage clippy       cargo clippy --workspace --all-targets -- -D warnings
stage clippy-wasm  cargo clippy -p kubeplay-web --target wasm32-unknown-unknown -- -D warnings
stage test-native  cargo test --workspace
stage test-browser cargo test -p kubeplay-web --target wasm32-unknown-unknown
stage build-wasm   scripts/build-wasm.sh
stage build-page   scripts/build-page.sh
stage test-node    node --test tests/node/*.test.mjs
# An explicit glob, not the folder: Node >= 21 reads `--test` arguments as globs.
stage test-e2e     node --test tests/e2e/*.test.mjs

log "all stages passed in $(elapsed "$run_start")"
printf '    %s\n' "${summary[@]}" >&2
