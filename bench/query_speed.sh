#!/usr/bin/env bash
# bench/query_speed.sh [N] - time `timeline show` queries on a database of
# N resolved events (default 1,000,000) made by bench/make_big_db.py.
# Prints seconds, peak RSS and the number of lines each query printed.
# The database is kept in $TL_BENCH_DB (default /tmp/timeline-bench-N.db)
# so that reruns skip the few minutes it takes to make.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/build/timeline"
[ -x "$BIN" ] || { echo "build first: meson setup build && ninja -C build" >&2; exit 1; }
N=${1:-1000000}
DB=${TL_BENCH_DB:-/tmp/timeline-bench-$N.db}
if [ ! -s "$DB" ] || [ "$(sqlite3 "$DB" 'PRAGMA user_version' 2>/dev/null)" != "$(ls "$ROOT"/schema/*.sql | wc -l)" ]; then
  echo "making $DB ($N events)..." >&2
  python3 "$ROOT/bench/make_big_db.py" "$N" "$DB"
fi
echo "events: $(sqlite3 "$DB" 'SELECT count(*) FROM events')  mentions: $(sqlite3 "$DB" 'SELECT count(*) FROM mentions')  file: $(du -m "$DB" | cut -f1) MB"
printf '%-58s %8s %10s %7s\n' query seconds peak_MB lines
run() {
  /usr/bin/time -f '%e %M' -o /tmp/tl-q-time "$BIN" show --db "$DB" "$@" >/tmp/tl-q-out
  read -r secs kb </tmp/tl-q-time
  printf '%-58s %8s %10.1f %7s\n' "$*" "$secs" "$(echo "$kb / 1024" | bc -l)" "$(wc -l </tmp/tl-q-out)"
}
run --from 2020-03-01 --to 2020-03-07
run --from 2020-03-01 --to 2020-03-07 --format json
run --match Svalbard
run --match svalbard --from 2020-01-01 --to 2020-12-31
run --match "Geneva on" --from 2020-03-01 --to 2020-03-07
run --match Sv
run --who Umerov --from 2020-03-01 --to 2020-03-03
run --place Geneva --from 2020-03-01 --to 2020-03-31
run --top 20 --from 2020-01-01 --to 2020-12-31
rm -f /tmp/tl-q-time /tmp/tl-q-out
