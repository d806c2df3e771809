#!/usr/bin/env bash
# bench/build_speed.sh [N...] - `timeline build` throughput on corpora of N
# realistic ~4 KB articles made by bench/gen_corpus.py (default 1000 10000
# 100000).  Each build starts from an empty database; the median of RUNS
# runs (default 3) is printed with articles/s, MB/s, peak RSS and database
# size.  Then 1% new articles are added to the largest database, the
# incremental build, and its cost is compared with the full build.
# TIMELINE_THREADS=1 in the environment measures one worker thread.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/build/timeline"
[ -x "$BIN" ] || { echo "build first: meson setup build && ninja -C build" >&2; exit 1; }
RUNS=${RUNS:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
printf '%8s %10s %10s %10s %12s %8s\n' articles seconds art/s MB/s peak_RSS_MB db_MB
last_n=0 last_secs=0
for n in "${@:-1000 10000 100000}"; do
  python3 "$ROOT/bench/gen_corpus.py" "$n" "$TMP/feed.jsonl" >/dev/null
  : >"$TMP/secs"
  : >"$TMP/rss"
  for _ in $(seq "$RUNS"); do
    rm -f "$TMP/b.db" "$TMP/b.db-wal" "$TMP/b.db-shm"
    /usr/bin/time -f '%e %M' -o "$TMP/time" "$BIN" build -q --db "$TMP/b.db" "$TMP/feed.jsonl"
    read -r secs kb <"$TMP/time"
    echo "$secs" >>"$TMP/secs"
    echo "$kb" >>"$TMP/rss"
  done
  secs=$(median <"$TMP/secs")
  kb=$(sort -n "$TMP/rss" | tail -1)
  bytes=$(stat -c %s "$TMP/feed.jsonl")
  dbmb=$(du -m "$TMP/b.db" | cut -f1)
  python3 -c "import sys; n,s,b,kb,db=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]),sys.argv[5]; s=max(s,0.01); print('%8d %10.2f %10.0f %10.2f %12.1f %8s' % (n, s, n/s, b/s/1e6, kb/1024, db))" "$n" "$secs" "$bytes" "$kb" "$dbmb"
  last_n=$n last_secs=$secs
done
# incremental: 1% new articles into the last database, twice: reporting
# events anywhere in the two years (the worst case: every day of the
# timeline is touched), and reporting the events of the last two weeks
# (the next day's news)
add=$((last_n / 100))
[ "$add" -ge 1 ] || exit 0
incremental() { # label, extra gen_corpus options
  local label=$1
  shift
  python3 "$ROOT/bench/gen_corpus.py" "$add" "$TMP/add.jsonl" --start "$last_n" "$@" >/dev/null
  : >"$TMP/secs"
  for _ in $(seq "$RUNS"); do
    cp "$TMP/b.db" "$TMP/inc.db"
    sync # the copy's write-back is not the build's cost
    /usr/bin/time -f '%e' -o "$TMP/time" "$BIN" build --db "$TMP/inc.db" "$TMP/add.jsonl" 2>"$TMP/summary"
    cat "$TMP/time" >>"$TMP/secs"
    rm -f "$TMP/inc.db" "$TMP/inc.db-wal" "$TMP/inc.db-shm"
  done
  secs=$(median <"$TMP/secs")
  reread=$(sed -n 's/.*merged, \([0-9]*\) re-read).*/\1/p' "$TMP/summary")
  python3 -c "import sys; a,s,n,f,l,r=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),float(sys.argv[4]),sys.argv[5],sys.argv[6]; print('incremental, %s: %d new articles into %d: %.2f s = %.1f%% of the full build (%s mentions re-read)' % (l, a, n, s, 100*s/max(f,0.01), r))" "$add" "$secs" "$last_n" "$last_secs" "$label" "${reread:-?}"
}
incremental "any dates"
incremental "last two weeks" --recent 14
