# Shared helpers for scripts/*.sh (sourced, not executed).
# shellcheck shell=bash

# Repo root, whatever the caller's working directory.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

if [ -t 2 ]; then _B=$'\033[1m' _R=$'\033[31m' _N=$'\033[0m'; else _B='' _R='' _N=''; fi
log() { printf '%s==> %s%s\n' "$_B" "$*" "$_N" >&2; }
die() { printf '%sERROR: %s%s\n' "$_R" "$*" "$_N" >&2; exit 1; }

# Run a command as root: directly if we are root, else through sudo (non-interactive).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n "$@"
    else
        die "need root (or sudo) to run: $*"
    fi
}

# The wasm-bindgen crate version pinned in Cargo.lock (the CLI must match it exactly).
wasm_bindgen_lock_version() {
    awk '
        /^\[\[package\]\]/ { name = "" }
        /^name = / { name = $3; gsub(/"/, "", name) }
        /^version = / && name == "wasm-bindgen" { v = $3; gsub(/"/, "", v); print v; exit }
    ' "$ROOT/Cargo.lock"
}
