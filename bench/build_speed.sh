#!/usr/bin/env bash
# bench/build_speed.sh [N...] - time `timeline build` on feeds of N articles
# made by bench/make_feed.py; prints articles/s, MB/s and peak RSS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/build/timeline"
[ -x "$BIN" ] || { echo "build first: scripts/demo or meson setup build && ninja -C build" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
printf '%8s %10s %10s %10s %12s %10s\n' articles seconds art/s MB/s peak_RSS_MB db_MB
for n in "${@:-1000 10000}"; do
  python3 "$ROOT/bench/make_feed.py" "$n" "$TMP/feed.jsonl"
  rm -f "$TMP/b.db"*
  /usr/bin/time -f '%e %M' -o "$TMP/time" "$BIN" build -q --db "$TMP/b.db" "$TMP/feed.jsonl"
  read -r secs kb <"$TMP/time"
  mb=$(du -m "$TMP/feed.jsonl" | cut -f1)
  bytes=$(stat -c %s "$TMP/feed.jsonl")
  dbmb=$(du -m "$TMP/b.db" | cut -f1)
  python3 -c "import sys; n,s,b,kb,db=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]),sys.argv[5]; s=max(s,0.01); print('%8d %10.2f %10.0f %10.2f %12.1f %10s' % (n, s, n/s, b/s/1e6, kb/1024, db))" "$n" "$secs" "$bytes" "$kb" "$dbmb"
done
