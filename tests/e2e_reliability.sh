#!/usr/bin/env bash
# e2e_reliability.sh - bad input, crashes and concurrent use lose nothing.
#  1. every kind of bad input is reported by name, the rest is stored, exit 1,
#     and what was stored before does not change;
#  2. `build` killed with SIGKILL at random moments (20 times) leaves a sound
#     database, and a second build gives exactly the uninterrupted result;
#  3. a full disk and a read-only database give a clear error, no damage;
#  4. show, export and sqlite3 work while a build runs; two builds at once
#     serialise.
. "$(dirname "$0")/e2e_lib.sh"
ROOT="$TL_SOURCE_ROOT"
export SOURCE_DATE_EPOCH=1767225600 # fixed clock: exports comparable byte for byte
integrity() { sqlite3 "$1" 'PRAGMA integrity_check' 2>&1; }
export_json() { tl export --db "$1" --format json; }

# --- 1. bad input -------------------------------------------------------------------------
DB="$WORK/bad.db"
tl build -q --db "$DB" "$ROOT/examples" || bad "initial build"
export_json "$DB" >"$WORK/before.json"
B="$WORK/bad"
mkdir -p "$B/loop"
: >"$B/empty.txt"
head -c 3000 /dev/urandom >"$B/binary.txt"
printf '\000binary' >>"$B/binary.txt"
printf 'Talks \377\376 resumed in Rome on Monday.\n' >"$B/invalid-utf8.txt"
printf '\377\376T\000a\000l\000k\000s\000\n\000' >"$B/utf16.txt"
python3 -c "import sys; sys.stdout.write('word ' * (210 * 1024 * 1024 // 5))" >"$B/huge.txt"
python3 -c "
import random; random.seed(7)
w = ['talks', 'the', 'ministers', 'met', 'on', 'Tuesday', 'in', 'Rome', 'and', 'agreed', 'officials']
print('---\npublished: 2025-12-10\n---'); print(' '.join(random.choice(w) for _ in range(200000)))" >"$B/long-line.md"
python3 -c "print('[' * 100000 + ']' * 100000)" >"$B/deep.json"
printf '{"id": 5, "title": ["x"], "text": "Talks in Rome on Monday."}\n' >"$B/wrong-types.json"
printf '{"id": "ok-1", "published": "2025-12-10", "text": "Delegates met in Rome on Monday."}\n{"id": "cut", "text": "Talks\n' >"$B/truncated.jsonl"
printf '<html><head><title>No body</title></head></html>' >"$B/nobody.html"
printf '{"id": "d1", "published": "2026-02-30", "text": "Envoys met in Rome on Monday."}\n{"id": "d2", "published": "0000-00-00", "text": "Envoys met in Rome on Tuesday."}\n' >"$B/bad-dates.jsonl"
printf -- '---\ntitle: never closed\nText of the article.\n' >"$B/open-front-matter.md"
ln -s .. "$B/loop/parent"
printf -- '---\npublished: 2025-12-10\n---\nIn the year 99999 and on 31/31/99999 the talks in Rome met on 9999999999-01-01.\n' >"$B/absurd.md"
tl build --db "$DB" "$B" "$WORK/does-not-exist.txt" >"$WORK/out" 2>"$WORK/err"
rc=$?
if [ "$rc" -eq 1 ]; then ok; else bad "bad input: exit $rc, expected 1"; fi
for name in empty.txt binary.txt utf16.txt huge.txt deep.json wrong-types.json truncated.jsonl:2 nobody.html \
  bad-dates.jsonl:1 bad-dates.jsonl:2 open-front-matter.md does-not-exist.txt "loop/parent"; do
  expect_grep "$name" "$WORK/err" "error names $name"
done
expect_grep "invalid-utf8.txt: invalid UTF-8 at byte 6" "$WORK/err" "invalid UTF-8 offset"
expect_grep "never closes" "$WORK/err" "unclosed front matter explained"
expect_grep "UTF-16" "$WORK/err" "UTF-16 explained"
expect_grep "directory loop" "$WORK/err" "symlink loop explained"
if [ "$(integrity "$DB")" = ok ]; then ok; else bad "integrity after bad input"; fi
python3 - "$WORK/before.json" <(export_json "$DB") <<'PY' && ok || bad "events stored before changed"
import json, sys
before = {e['id']: e for e in json.load(open(sys.argv[1]))['events']}
after = {e['id']: e for e in json.load(open(sys.argv[2]))['events']}
changed = [i for i, e in before.items() if i not in after or after[i]['start'] != e['start'] or after[i]['title'] != e['title']]
assert not changed, changed
PY
n=$(sqlite3 "$DB" "select count(*) from articles where ext_id in ('ok-1', 'd1', 'd2', 'long-line', 'absurd', 'invalid-utf8')")
if [ "$n" -eq 6 ]; then ok; else bad "good records among the bad not all stored ($n of 6)"; fi
rm -f "$B/huge.txt"

# --- 2. SIGKILL at random moments ----------------------------------------------------------------
python3 "$ROOT/bench/make_feed.py" 2500 "$WORK/feed.jsonl"
tl build -q --db "$WORK/ref.db" "$WORK/feed.jsonl" || bad "reference build"
export_json "$WORK/ref.db" >"$WORK/ref.json"
killed=0
for run in $(seq 1 20); do
  rm -f "$WORK/k.db" "$WORK/k.db-wal" "$WORK/k.db-shm"
  "$TIMELINE" build -q --db "$WORK/k.db" "$WORK/feed.jsonl" &
  pid=$!
  sleep "$(python3 -c "import random; print(random.uniform(0.02, 0.9))")"
  kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
  wait "$pid" 2>/dev/null
  [ -f "$WORK/k.db" ] || continue
  if [ "$(integrity "$WORK/k.db")" != ok ]; then bad "run $run: integrity after SIGKILL"; continue; fi
  sqlite3 "$WORK/k.db" 'select count(*) from articles' >/dev/null || { bad "run $run: unreadable"; continue; }
  tl build -q --db "$WORK/k.db" "$WORK/feed.jsonl" || { bad "run $run: second build"; continue; }
  if cmp -s "$WORK/ref.json" <(export_json "$WORK/k.db"); then ok; else bad "run $run: result differs from an uninterrupted build"; fi
done
echo "kill loop: 20 runs, $killed killed mid-build"

# --- 3. full disk, read-only database -------------------------------------------------------
tl build -q --db "$WORK/full.db" "$ROOT/examples"
export_json "$WORK/full.db" >"$WORK/full-before.json"
( ulimit -f 600; "$TIMELINE" build --db "$WORK/full.db" "$WORK/feed.jsonl" ) >"$WORK/out" 2>"$WORK/err"
rc=$?
if [ "$rc" -eq 1 ]; then ok; else bad "disk full: exit $rc, expected 1"; fi
if grep -qiE 'full|too large|disk|I/O' "$WORK/err"; then ok; else bad "disk full: no clear message"; sed 's/^/  | /' "$WORK/err" | tail -3 >&2; fi
if [ "$(integrity "$WORK/full.db")" = ok ]; then ok; else bad "integrity after disk full"; fi
python3 - "$WORK/full-before.json" <(export_json "$WORK/full.db") <<'PY' && ok || bad "disk full lost stored events"
import json, sys
before = {e['id'] for e in json.load(open(sys.argv[1]))['events']}
after = {e['id'] for e in json.load(open(sys.argv[2]))['events']}
assert before <= after, before - after
PY
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  mkdir -p "$WORK/ro" && cp "$WORK/full.db" "$WORK/ro/r.db" && chmod 755 "$WORK/ro" && chmod 644 "$WORK/ro/r.db"
  setpriv --reuid=nobody --regid=nogroup --clear-groups "$TIMELINE" build --db "$WORK/ro/r.db" "$ROOT/examples/feed.jsonl" \
    >"$WORK/out" 2>"$WORK/err"
  rc=$?
  if [ "$rc" -eq 1 ] && grep -qi 'readonly\|read-only\|unable to open' "$WORK/err"; then ok
  else bad "read-only database: exit $rc"; sed 's/^/  | /' "$WORK/err" | tail -3 >&2; fi
  if [ "$(integrity "$WORK/ro/r.db")" = ok ]; then ok; else bad "integrity of the read-only database"; fi
fi

# --- 4. concurrent use -----------------------------------------------------------------------
python3 "$ROOT/bench/make_feed.py" 6000 "$WORK/big.jsonl"
tl build -q --db "$WORK/c.db" "$ROOT/examples"
"$TIMELINE" build -q --db "$WORK/c.db" "$WORK/big.jsonl" &
pid=$!
sleep 0.3
readers_ok=1
for i in 1 2 3; do
  tl show --db "$WORK/c.db" >/dev/null || readers_ok=0
  tl export --db "$WORK/c.db" --format ics -o /dev/null || readers_ok=0
  sqlite3 "$WORK/c.db" 'select count(*) from timeline' >/dev/null || readers_ok=0
  sleep 0.2
done
if kill -0 "$pid" 2>/dev/null; then ok; else echo "note: the build finished before the readers"; ok; fi
if [ "$readers_ok" -eq 1 ]; then ok; else bad "show/export/sqlite3 failed during a build"; fi
wait "$pid" || bad "build with readers"
# two builds at once: both finish (one waits for the other) or one fails cleanly
"$TIMELINE" build -q --db "$WORK/two.db" "$WORK/feed.jsonl" &
p1=$!
"$TIMELINE" build -q --db "$WORK/two.db" "$WORK/feed.jsonl" 2>"$WORK/err2" &
p2=$!
wait "$p1"; r1=$?
wait "$p2"; r2=$?
if { [ "$r1" -eq 0 ] && [ "$r2" -eq 0 ]; } || { [ "$r1" -le 1 ] && [ "$r2" -le 1 ] && grep -qi 'locked\|busy' "$WORK/err2"; }; then ok
else bad "two builds: exits $r1 and $r2"; fi
if [ "$(integrity "$WORK/two.db")" = ok ]; then ok; else bad "integrity after two builds"; fi
tl build -q --db "$WORK/two.db" "$WORK/feed.jsonl"
if cmp -s "$WORK/ref.json" <(export_json "$WORK/two.db"); then ok; else bad "two builds: result differs"; fi

finish
