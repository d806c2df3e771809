#!/usr/bin/env bash
# bench/tag_speed.sh [COPIES] - temporal tagger throughput on one core:
# the text of every TempEval-3 TimeBank and AQUAINT file, concatenated
# COPIES times (default 20), tagged by `timeline tag` with a fixed DCT.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/build/timeline"
CORPUS="$ROOT/../shared/corpora/tempeval3-tbaq"
COPIES=${1:-20}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$CORPUS" "$TMP/one.txt" <<'PY'
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(sys.argv[0])), '..', 'tools'))
PY
python3 -c "
import os, sys
sys.path.insert(0, '$ROOT/tools')
import tempeval
out = open('$TMP/one.txt', 'wb')
for d in ('TimeBank', 'AQUAINT'):
    for f in sorted(os.listdir(os.path.join('$CORPUS', d))):
        if f.endswith('.tml'):
            out.write(tempeval.gold_of(os.path.join('$CORPUS', d, f))[0] + b'\n')
"
for _ in $(seq "$COPIES"); do cat "$TMP/one.txt"; done >"$TMP/all.txt"
bytes=$(stat -c %s "$TMP/all.txt")
best=""
for run in 1 2 3; do
  /usr/bin/time -f '%e' -o "$TMP/t" taskset -c 0 "$BIN" tag --dct 1998-01-01 --format json "$TMP/all.txt" >/dev/null
  t=$(cat "$TMP/t")
  echo "run $run: $t s"
  best=$(python3 -c "print(min(float('$t'), float('${best:-1e9}')))")
done
python3 -c "b=$bytes; t=max($best, 0.01); print('%.1f MB tagged in %.2f s (best of 3): %.2f MB/s' % (b/1e6, t, b/1e6/t))"
