#!/usr/bin/env bash
# Installs what is missing, builds the wasm module and the page bundle, then serves
# the playground (www/) on http://127.0.0.1:8080/ (PORT=NNNN to change the port).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build-wasm.sh"
"$ROOT/scripts/build-page.sh"
exec python3 "$ROOT/scripts/serve.py"
