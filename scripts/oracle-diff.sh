#!/usr/bin/env bash
# scripts/oracle-diff.sh [--profile current|1.28] [--keep-going] [SCENARIO...] [-- 'kubectl args' ...]
#
# Compares kubeplay's kubectl output with the REAL kubectl's on the same objects:
#   1. core/examples/oracle_state.rs plays a scripted scenario in kubeplay and writes
#      state.json (kubeplay's objects and events in the fake API server's state format,
#      times as offsets from "now"), commands.txt and kubeplay's outputs NNN.ours.txt;
#   2. each command runs through shared/oracle/run.sh (fakeapi + the real kubectl:
#      FAKEAPI_VERSION=v1.33.1 for the current profile, v1.28.15 for 1.28) -> NNN.real.txt;
#   3. normalize.py --diff masks wall-clock dates only; differences go to NNN.diff.
#      `ok~` = identical but for ages, because kubectl finished more than a second after
#      the instant the state's times are relative to (run.sh warns; retried 3 times).
#
# Scenarios: see `cargo run -p kubeplay-core --example oracle_state -- --list` (default: all).
# Commands after `--` replace the scenario's default command list.
# Env: OUT (default /tmp/kubeplay-oracle-diff), ORACLE (default /work/shared/oracle).
# Exit status: 0 if every output matched, 1 otherwise.
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ORACLE="${ORACLE:-}"
if [ -z "$ORACLE" ]; then
  for d in /work/shared/oracle "$ROOT/../shared/oracle"; do
    [ -x "$d/run.sh" ] && { ORACLE="$d"; break; }
  done
fi
[ -x "${ORACLE:-}/run.sh" ] || { echo "oracle-diff: no shared/oracle/run.sh (set ORACLE)" >&2; exit 2; }
OUT="${OUT:-/tmp/kubeplay-oracle-diff}"
PROFILE=current
SCENARIOS=()
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) PROFILE="$2"; shift 2 ;;
    --profile=*) PROFILE="${1#--profile=}"; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) SCENARIOS+=("$1"); shift ;;
  esac
done
case "$PROFILE" in
  current|1.33) VERSION=v1.33.1 ;;
  1.28) VERSION=v1.28.15 ;;
  *) echo "oracle-diff: unknown profile $PROFILE" >&2; exit 2 ;;
esac

(cd "$ROOT" && cargo build -q -p kubeplay-core --example oracle_state) || exit 2
BIN="$ROOT/target/debug/examples/oracle_state"
[ ${#SCENARIOS[@]} -eq 0 ] && mapfile -t SCENARIOS < <("$BIN" --list)

EXTRA_ARGS=()
for c in "${EXTRA[@]+"${EXTRA[@]}"}"; do EXTRA_ARGS+=(--command "$c"); done

total=0; failed=0
for sc in "${SCENARIOS[@]}"; do
  dir="$OUT/$PROFILE/$sc"
  rm -rf "$dir"; mkdir -p "$dir"
  "$BIN" "$sc" --profile "$PROFILE" --out "$dir" "${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"}" >/dev/null || exit 2
  n=0
  while IFS= read -r cmd; do
    n=$((n + 1)); id=$(printf '%03d' "$n"); total=$((total + 1))
    # One server per command, so that every command starts at a fresh whole second and
    # ages read exactly; retry (3 tries) if kubectl was too slow for that.
    for _ in 1 2 3; do
      FAKEAPI_VERSION="$VERSION" "$ORACLE/run.sh" "$dir/state.json" "$cmd" >"$dir/$id.real.txt" 2>"$dir/$id.run.err"
      grep -q 'ages may read' "$dir/$id.run.err" || break
    done
    if python3 "$ORACLE/normalize.py" --diff "$dir/$id.real.txt" "$dir/$id.ours.txt" >"$dir/$id.diff"; then
      rm -f "$dir/$id.diff"
      printf 'ok    %-8s %-15s kubectl %s\n' "$PROFILE" "$sc" "$cmd"
    elif late=$(sed -n 's/.*kubectl finished \([0-9.]*\)s after BASE.*/\1/p' "$dir/$id.run.err" | head -1) &&
         [ -n "$late" ] && python3 - "$ORACLE" "$dir/$id" "$late" <<'PY'
# kubectl finished LATE seconds after the instant the state's offsets are relative to:
# accept the outputs if they differ only in ages that read at most that much later on
# kubectl's side.
import math, re, sys
sys.path.insert(0, sys.argv[1])
from normalize import norm
base = sys.argv[2]
late = math.ceil(float(sys.argv[3]))
real = norm(open(base + ".real.txt").read()).split("\n")
ours = norm(open(base + ".ours.txt").read()).split("\n")
AGE = re.compile(r"(?<![\w.])(?:\d+[smhdy])+(?!\w)")
UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400, "y": 365 * 86400}
def secs(t):
    return sum(int(n) * UNIT[u] for n, u in re.findall(r"(\d+)([smhdy])", t))
def grain(t):
    return 1 if t.endswith("s") else UNIT[t[-1]]
if len(real) != len(ours):
    sys.exit(1)
for a, b in zip(real, ours):
    if a == b:
        continue
    ta, tb = AGE.findall(a), AGE.findall(b)
    if AGE.sub("#", a).replace(" ", "") != AGE.sub("#", b).replace(" ", "") or len(ta) != len(tb):
        sys.exit(1)
    for x, y in zip(ta, tb):
        if x != y and not 0 < secs(x) - secs(y) <= max(late, grain(x)):
            sys.exit(1)
PY
    then
      printf 'ok~   %-8s %-15s kubectl %s   (ages differ by kubectl running late: %s)\n' "$PROFILE" "$sc" "$cmd" "$dir/$id.diff"
    else
      failed=$((failed + 1))
      printf 'DIFF  %-8s %-15s kubectl %s   (%s)\n' "$PROFILE" "$sc" "$cmd" "$dir/$id.diff"
    fi
  done <"$dir/commands.txt"
done
echo "oracle-diff: $((total - failed))/$total outputs identical to kubectl $VERSION (details in $OUT/$PROFILE)"
[ "$failed" -eq 0 ]
