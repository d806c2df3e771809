#!/usr/bin/env bash
# e2e_cli.sh - the timeline CLI end to end on examples/ and on bad input.
. "$(dirname "$0")/e2e_lib.sh"
EX="$TL_SOURCE_ROOT/examples"
DB="$WORK/ex.db"

# --- usage and help -----------------------------------------------------
expect_rc 0 "--version" -- tl --version
expect_grep "timeline 0" "$WORK/out" "--version prints the version"
expect_rc 0 "--help" -- tl --help
for c in build show export explain tag; do
  expect_rc 0 "$c --help" -- tl "$c" --help
  expect_grep "usage: timeline $c" "$WORK/out" "$c --help"
done
expect_rc 2 "unknown command" -- tl frobnicate
expect_rc 2 "build without input" -- tl build --db "$DB"
expect_rc 2 "bad --published" -- tl build --db "$DB" --published 2026-02-30 "$EX"
expect_rc 2 "bad show format" -- tl show --db "$DB" --format xml
expect_rc 1 "show without a database" -- tl show --db "$WORK/none.db"
expect_grep "no timeline database" "$WORK/err" "missing database is named"

# --- build the examples ------------------------------------------------------
expect_rc 0 "build examples" -- tl build --db "$DB" "$EX"
expect_grep "11 read, 11 added" "$WORK/err" "build summary"
expect_rc 0 "show" -- tl show --db "$DB"
cp "$WORK/out" "$WORK/show1"
n=$(grep -c '^20' "$WORK/show1")
if [ "$n" -ge 6 ]; then ok; else bad "examples give $n events, expected at least 6"; fi
expect_grep "^2025-12-02 .*Moscow" "$WORK/show1" "Kremlin meeting on 2 Dec"
expect_grep "^2025-12-04..12-06 .*Miami" "$WORK/show1" "Miami talks as one ranged event"
expect_grep "^2026-01-23 .*Abu Dhabi" "$WORK/show1" "Abu Dhabi talks"
expect_grep "^2026-02-17 .*Geneva" "$WORK/show1" "Geneva first day"
expect_grep "^2026-02-18 .*Geneva" "$WORK/show1" "Geneva second day"

# the SQLite file answers a user directly
if command -v sqlite3 >/dev/null; then
  sqlite3 "$DB" 'select * from timeline' >"$WORK/view"
  expect_grep "Miami" "$WORK/view" "timeline view"
fi

# --- idempotence: same input, same ids and same bytes ---------------------------
expect_rc 0 "export ics" -- tl export --db "$DB" --format ics -o "$WORK/a.ics"
expect_rc 0 "export json" -- tl export --db "$DB" --format json -o "$WORK/a.json"
expect_rc 0 "rebuild" -- tl build --db "$DB" "$EX"
expect_grep "0 added, 0 changed, 11 unchanged" "$WORK/err" "rebuild adds nothing"
expect_rc 0 "export ics again" -- tl export --db "$DB" --format ics -o "$WORK/b.ics"
expect_rc 0 "export json again" -- tl export --db "$DB" --format json -o "$WORK/b.json"
if cmp -s "$WORK/a.ics" "$WORK/b.ics"; then ok; else bad "ics differs after rebuild"; fi
if cmp -s "$WORK/a.json" "$WORK/b.json"; then ok; else bad "json differs after rebuild"; fi
expect_grep "BEGIN:VCALENDAR" "$WORK/a.ics" "ics header"
expect_grep "DTSTART;VALUE=DATE:20251204" "$WORK/a.ics" "all-day start"
expect_grep "DTEND;VALUE=DATE:20251207" "$WORK/a.ics" "exclusive end"

# --- filters, explain, tag ------------------------------------------------------
expect_rc 0 "show --from/--to" -- tl show --db "$DB" --from 2026-01-01 --to 2026-01-31
if grep -q "2025-12" "$WORK/out"; then bad "--from/--to let December through"; else ok; fi
expect_grep "Abu Dhabi" "$WORK/out" "--from/--to keeps January"
expect_rc 0 "show --match" -- tl show --db "$DB" --match geneva
if [ "$(grep -c '^20' "$WORK/out")" -ge 2 ] && ! grep -q Miami "$WORK/out"; then ok; else bad "--match geneva"; fi
expect_rc 0 "show --top 3" -- tl show --db "$DB" --top 3
if [ "$(grep -c '^20' "$WORK/out")" -eq 3 ]; then ok; else bad "--top 3 shows $(grep -c '^20' "$WORK/out") events"; fi
expect_grep "Miami" "$WORK/out" "--top keeps the most reported event"
expect_rc 2 "bad --top" -- tl show --db "$DB" --top zero
expect_rc 0 "show --format json" -- tl show --db "$DB" --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["events"] and d["articles"]; assert all(isinstance(e["salience"], (int, float)) for e in d["events"])' "$WORK/out" && ok || bad "show json parses, salience is a number"
all_articles=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$WORK/out")
expect_rc 0 "show --match --format json" -- tl show --db "$DB" --match geneva --format json
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
cited = {m["article"] for e in d["events"] for m in e["mentions"]}
listed = {a["id"] for a in d["articles"]}
assert cited and listed == cited and len(listed) < int(sys.argv[2]), (listed, cited)
' "$WORK/out" "$all_articles" && ok || bad "a filtered JSON view lists exactly the cited articles"
id=$(grep 'Miami' "$WORK/show1" | head -1 | awk '{print $NF}')
expect_rc 0 "explain" -- tl explain --db "$DB" "$id"
expect_grep "merged:" "$WORK/out" "explain gives merge reasons"
expect_grep "date: 'Thursday' -> 2025-12-04" "$WORK/out" "explain gives date resolution"
expect_rc 1 "explain unknown id" -- tl explain --db "$DB" ev-doesnotexist
echo "The envoys met on Tuesday and will meet again next week." >"$WORK/t.txt"
expect_rc 0 "tag" -- tl tag --dct 2025-12-06 "$WORK/t.txt"
expect_grep '"value": "2025-12-02"' "$WORK/out" "tag resolves Tuesday"
expect_grep '"value": "2025-W50"' "$WORK/out" "tag resolves next week"
expect_rc 0 "tag text" -- tl tag --format text --dct 2025-12-06 "$WORK/t.txt"
expect_grep "weekday" "$WORK/out" "tag names the rule"

# --- TIMELINE_DB and stdin ------------------------------------------------------
expect_rc 0 "build from stdin via TIMELINE_DB" -- env TIMELINE_DB="$WORK/stdin.db" sh -c "${TL_WRAP:-} '$TIMELINE' build - < '$EX/feed.jsonl'"
expect_grep "4 read, 4 added" "$WORK/err" "stdin feed"

# --- bad input: reported, the rest kept, exit 1, nothing lost --------------------
before=$(tl export --db "$DB" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["events"]))')
mkdir -p "$WORK/bad"
: >"$WORK/bad/empty.txt"
printf 'abc\000def' >"$WORK/bad/binary.txt"
printf '{"id": "x", "text": ' >"$WORK/bad/broken.json"
printf -- '---\ntitle: open\nno end\n' >"$WORK/bad/open.md"
printf '{"id": "ok1", "text": "Delegates met in Rome on Monday.", "published": "2025-12-10"}\n{"id": 1, "text": [1]}\n' >"$WORK/bad/mixed.jsonl"
printf 'Bad \377 byte, talks in Rome on Monday.\n' >"$WORK/bad/latin1.txt"
expect_rc 1 "bad inputs" -- tl build --db "$DB" --published 2025-12-10 "$WORK/bad" "$WORK/missing.txt"
for f in empty.txt binary.txt broken.json open.md mixed.jsonl:2 missing.txt; do
  expect_grep "$f" "$WORK/err" "error names $f"
done
expect_grep "latin1.txt: invalid UTF-8 at byte 4" "$WORK/err" "invalid UTF-8 offset"
after=$(tl export --db "$DB" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["events"]))')
if [ "$after" -ge "$before" ]; then ok; else bad "events lost after bad input ($before -> $after)"; fi
tl show --db "$DB" --match Rome >"$WORK/rome"
expect_grep "Rome" "$WORK/rome" "good records among bad ones are stored"

# --- incremental builds ------------------------------------------------------
# adding articles one build at a time gives the timeline of one build over
# all of them, and a build re-reads only the mentions on the dates it touched
FX="$TL_SOURCE_ROOT/tests/fixtures/events"
tl build -q --db "$WORK/all.db" "$FX"
for f in "$FX"/*; do tl build -q --db "$WORK/one.db" "$f"; done
tl show --db "$WORK/all.db" | sed 's/ev-[0-9a-f]*//' >"$WORK/all.txt"
tl show --db "$WORK/one.db" | sed 's/ev-[0-9a-f]*//' >"$WORK/one.txt"
if [ -s "$WORK/all.txt" ] && cmp -s "$WORK/all.txt" "$WORK/one.txt"; then ok
else bad "one build per article differs from one build"; diff "$WORK/all.txt" "$WORK/one.txt" | head >&2; fi
printf '{"id": "far", "published": "2019-03-08", "text": "Ministers meet in Lisbon\\nThe foreign ministers of France and Germany met in Lisbon on Wednesday for talks on energy prices."}\n' >"$WORK/far.jsonl"
expect_rc 0 "add a distant article" -- tl build --db "$WORK/one.db" "$WORK/far.jsonl"
reread=$(sed -n 's/.*merged, \([0-9]*\) re-read).*/\1/p' "$WORK/err")
total=$(sqlite3 "$WORK/one.db" 'select count(*) from mentions' 2>/dev/null || echo 0)
if [ -n "$reread" ] && [ "$reread" -ge 1 ] && [ "$reread" -le 3 ] && [ "$total" -gt 30 ]; then ok
else bad "a distant article re-read ${reread:-?} of $total mentions"; sed 's/^/  | /' "$WORK/err" >&2; fi
tl show --db "$WORK/one.db" --from 2019-03-01 --to 2019-03-31 >"$WORK/far.txt"
expect_grep "^2019-03-06 .*Lisbon" "$WORK/far.txt" "the distant event is resolved"
expect_rc 0 "build --full" -- tl build --full --db "$WORK/one.db"
reread=$(sed -n 's/.*merged, \([0-9]*\) re-read).*/\1/p' "$WORK/err")
if [ "${reread:-0}" -ge "$total" ]; then ok; else bad "--full re-read ${reread:-?} of $total mentions"; fi
before_far=$(grep -c '^20' "$WORK/one.txt")
after_far=$(tl show --db "$WORK/one.db" | grep -c '^20')
if [ "$after_far" -eq $((before_far + 1)) ]; then ok; else bad "events $before_far -> $after_far after one distant article"; fi
# --reextract: every stored article extracted again from its stored text,
# the same timeline (this version's rules on this version's extraction)
narts=$(sqlite3 "$WORK/one.db" 'select count(*) from articles' 2>/dev/null || echo 0)
tl show --db "$WORK/one.db" >"$WORK/before_rx.txt"
expect_rc 0 "build --reextract" -- tl build --reextract --db "$WORK/one.db"
expect_grep "$narts read, 0 added, $narts changed" "$WORK/err" "--reextract reads every stored article again"
tl show --db "$WORK/one.db" >"$WORK/after_rx.txt"
if cmp -s "$WORK/before_rx.txt" "$WORK/after_rx.txt"; then ok; else bad "--reextract changed the timeline"; fi

# --- a JSONL feed on stdin streams (read a block at a time) -----------------
python3 "$TL_SOURCE_ROOT/bench/gen_corpus.py" 60 "$WORK/feed.jsonl"
awk 'NR==40{print "{\"id\": broken"} {print}' "$WORK/feed.jsonl" >"$WORK/feedbad.jsonl"
tl build -q --db "$WORK/ffile.db" "$WORK/feedbad.jsonl" 2>/dev/null
expect_rc 1 "feed on stdin" -- tl build --db "$WORK/fstdin.db" - <"$WORK/feedbad.jsonl"
expect_grep "stdin:40: invalid JSON" "$WORK/err" "stdin feed error names its line"
expect_grep "60 read, 60 added" "$WORK/err" "stdin feed: every good line"
if [ "$(tl show --db "$WORK/ffile.db" | sed 's/ev-.*//')" = "$(tl show --db "$WORK/fstdin.db" | sed 's/ev-.*//')" ]; then ok
else bad "a feed on stdin differs from the same feed as a file"; fi

# a changed feed: the word index follows (filled a batch at a time, schema 010)
sed 's/Warsaw/Gdansk/g' "$WORK/feed.jsonl" >"$WORK/feed2.jsonl"
tl build -q --db "$WORK/ffile.db" "$WORK/feed2.jsonl"
if sqlite3 "$WORK/ffile.db" "INSERT INTO mention_text(mention_text) VALUES('integrity-check')" 2>"$WORK/fts"; then ok
else bad "word index inconsistent after changed articles: $(cat "$WORK/fts")"; fi
tl show --db "$WORK/ffile.db" --match Gdansk >"$WORK/m1"
tl show --db "$WORK/ffile.db" --match Warsaw >"$WORK/m2"
expect_grep "Gdansk" "$WORK/m1" "--match finds the new wording"
expect_grep "no events" "$WORK/m2" "--match no longer finds the old wording"

finish
