#!/usr/bin/env bash
# bench/tag_speed.sh [COPIES] - temporal tagger throughput on one core,
# side by side with chrono-node on the same text and reference date.
# The text of every TempEval-3 TimeBank and AQUAINT document (plain text,
# TimeML tags removed), concatenated COPIES times (default 20), is tagged
# by `timeline tag --dct 1998-01-01`; then chrono-node (npm, installed
# into ~/.cache/timeline-bench on first use) parses the same documents
# with the same reference date under Node, pinned to the same core.
# Prints MB/s for each (best of 3 runs) and the ratio; then the same
# tagging written as text instead of JSON, and the time 50x would allow.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/build/timeline"
CORPUS="$ROOT/../shared/corpora/tempeval3-tbaq"
COPIES=${1:-20}
CACHE=${TL_BENCH_CACHE:-$HOME/.cache/timeline-bench}
[ -x "$BIN" ] || { echo "build first: meson setup build && ninja -C build" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$ROOT/tools" "$CORPUS" "$TMP/one.txt" <<'PY'
import os, sys
sys.path.insert(0, sys.argv[1])
import tempeval
with open(sys.argv[3], 'wb') as out:
    for d in ('TimeBank', 'AQUAINT'):
        for f in sorted(os.listdir(os.path.join(sys.argv[2], d))):
            if f.endswith('.tml'):
                out.write(tempeval.gold_of(os.path.join(sys.argv[2], d, f))[0] + b'\n\f\n')
PY
for _ in $(seq "$COPIES"); do cat "$TMP/one.txt"; done >"$TMP/all.txt"
bytes=$(stat -c %s "$TMP/all.txt")

best_of_3() { # command...; prints the best wall time
  local best=1e9
  for _ in 1 2 3; do
    /usr/bin/time -f '%e' -o "$TMP/t" taskset -c 0 "$@" >"$TMP/out"
    best=$(python3 -c "print(min($(cat "$TMP/t"), $best))")
  done
  echo "$best"
}

t_tl=$(best_of_3 "$BIN" tag --dct 1998-01-01 --format json "$TMP/all.txt")
n_tl=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['timexes']) if isinstance(d, dict) else len(d))" "$TMP/out" 2>/dev/null || echo "?")
# the same tagging with one line of text per expression: what writing the
# JSON (through jansson) costs is the difference
t_tx=$(best_of_3 "$BIN" tag --dct 1998-01-01 --format text "$TMP/all.txt")

if [ ! -d "$CACHE/node_modules/chrono-node" ]; then
  mkdir -p "$CACHE"
  (cd "$CACHE" && npm install --no-audit --no-fund --silent chrono-node >/dev/null)
fi
cat >"$TMP/chrono.js" <<'JS'
const chrono = require(process.argv[2] + '/node_modules/chrono-node');
const fs = require('fs');
const docs = fs.readFileSync(process.argv[3], 'utf8').split('\f');
const ref = new Date('1998-01-01T12:00:00Z');
let n = 0;
for (const d of docs) n += chrono.parse(d, ref).length;
console.log(n);
JS
t_ch=$(best_of_3 node "$TMP/chrono.js" "$CACHE" "$TMP/all.txt")
n_ch=$(cat "$TMP/out")
ver=$(node -p "require('$CACHE/node_modules/chrono-node/package.json').version")
python3 - "$bytes" "$t_tl" "$t_ch" "$n_tl" "$n_ch" "$ver" "$t_tx" <<'PY'
import sys
b, ttl, tch = int(sys.argv[1]), max(float(sys.argv[2]), 0.01), max(float(sys.argv[3]), 0.01)
ttx = max(float(sys.argv[7]), 0.01)
print('%.1f MB of news text, one core, best of 3' % (b / 1e6))
print('timeline tag      %7.2f s  %8.2f MB/s  (%s expressions)' % (ttl, b / 1e6 / ttl, sys.argv[4]))
print('chrono-node %-6s%7.2f s  %8.2f MB/s  (%s results)' % (sys.argv[6], tch, b / 1e6 / tch, sys.argv[5]))
print('ratio: timeline is %.1fx chrono-node' % (tch / ttl))
print('timeline tag --format text %.2f s  %.2f MB/s: %.1fx chrono-node; 50x would take %.3f s' % (ttx, b / 1e6 / ttx, tch / ttx, tch / 50))
PY
