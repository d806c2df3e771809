#!/usr/bin/env bash
# e2e_clients.sh - the exports in the programs people use: the .ics in
# khal, calcurse and Python's icalendar module; the JSON against its JSON
# Schema; TimelineJS and the HTML page in headless Chromium; `show` in a
# real terminal (tmux); the man page against every --help.
# A missing client is a failure: scripts/test installs them all.
. "$(dirname "$0")/e2e_lib.sh"
ROOT="$TL_SOURCE_ROOT"
SEEDS="$ROOT/../shared/seeds/seeds.jsonl"
INPUT="$ROOT/examples"
[ -f "$SEEDS" ] && INPUT="$SEEDS"
DB="$WORK/c.db"
# Debian's Python, where python3-icalendar and python3-jsonschema live
PYSYS=/usr/bin/python3
[ -x "$PYSYS" ] || PYSYS=python3
tl build -q --db "$DB" "$INPUT" || bad "build $INPUT"
tl export --db "$DB" --format ics --name "Timeline test" -o "$WORK/a.ics" || bad "export ics"
tl export --db "$DB" --format json -o "$WORK/a.json" || bad "export json"
for c in khal calcurse tmux chromium python3; do
  command -v "$c" >/dev/null || bad "$c is not installed (scripts/test installs it)"
done

# --- Python's icalendar module -------------------------------------------------------
"$PYSYS" - "$WORK/a.ics" "$WORK/a.json" <<'PY' && ok || bad "icalendar module"
import datetime, icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = json.load(open(sys.argv[2]))['events']
assert cal.get('prodid') and str(cal.get('version')) == '2.0', 'PRODID/VERSION'
assert str(cal.get('x-wr-calname')) == 'Timeline test', 'calendar name'
vev = [c for c in cal.walk('VEVENT')]
assert len(vev) == len(events), (len(vev), len(events))
for v, e in zip(vev, events):
    assert str(v['uid']) == e['id'] + '@timeline'
    assert v.get('dtstamp') is not None
    start, end = v['dtstart'].dt, v['dtend'].dt
    assert type(start) is datetime.date and type(end) is datetime.date, 'all-day'
    assert start.isoformat() == e['start'], (start, e['start'])
    assert end == datetime.date.fromisoformat(e['end']) + datetime.timedelta(days=1), 'exclusive DTEND'
    assert str(v['summary']) == e['title']
    assert str(v['categories'].cats[0]) == e['type']
    if e['lat'] is not None:
        assert abs(v['geo'].latitude - e['lat']) < 1e-3
PY
# every physical line within 75 octets, CRLF endings, no control characters
python3 - "$WORK/a.ics" <<'PY' && ok || bad "RFC 5545 lines"
import sys
raw = open(sys.argv[1], 'rb').read()
lines = raw.split(b'\r\n')
assert all(len(l) <= 75 for l in lines), max(len(l) for l in lines)
assert all(c >= 0x20 or c == 0x09 for l in lines for c in l), 'control character'
assert raw.count(b'PRODID:') == 1 and raw.count(b'VERSION:') == 1
PY

# --- JSON Schema ---------------------------------------------------------------------
"$PYSYS" - "$ROOT/docs/timeline.schema.json" "$WORK/a.json" <<'PY' && ok || bad "JSON export against its schema"
import json, jsonschema, sys
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
PY
# every type of event there is (legislation and sport included), from the story sets
tl build -q --db "$WORK/all.db" "$ROOT/tests/fixtures/stories" || bad "build the story sets"
tl export --db "$WORK/all.db" --format json -o "$WORK/all.json" || bad "export json of the story sets"
"$PYSYS" - "$ROOT/docs/timeline.schema.json" "$WORK/all.json" <<'PY' && ok || bad "JSON export of every type against its schema"
import json, jsonschema, sys
doc = json.load(open(sys.argv[2]))
jsonschema.validate(doc, json.load(open(sys.argv[1])))
types = {e['type'] for e in doc['events']}
assert {'legislation', 'sport', 'office', 'death'} <= types, types
PY

# --- khal: each event on its days; re-importing a later export adds no duplicates ---
mkdir -p "$WORK/khal/cal"
cat >"$WORK/khal/config" <<CONF
[calendars]
[[timeline]]
path = $WORK/khal/cal
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = timeline
CONF
khal_list() { khal -c "$WORK/khal/config" list --format "{start-date}|{end-date}|{title}|{cancelled}" --day-format "DAY {date}" 1990-01-01 2100-01-01 2>/dev/null; }
khal -c "$WORK/khal/config" import --batch "$WORK/a.ics" >/dev/null 2>&1 || bad "khal import"
khal_list >"$WORK/khal1"
python3 - "$WORK/a.json" "$WORK/khal1" <<'PY' && ok || bad "khal shows each event on its days"
import datetime, json, sys
events = json.load(open(sys.argv[1]))['events']
day, seen = None, set()
for line in open(sys.argv[2]):
    line = line.rstrip('\n')
    if line.startswith('DAY '):
        day = line[4:]
    elif line:
        seen.add((day, line.split('|')[2]))
for e in events:
    d = datetime.date.fromisoformat(e['start'])
    while d <= datetime.date.fromisoformat(e['end']):
        assert (d.isoformat(), e['title']) in seen, (d, e['title'])
        d += datetime.timedelta(days=1)
PY
# add articles, export again, import again: updated, not duplicated
tl build -q --db "$DB" "$ROOT/examples" || bad "build more"
tl export --db "$DB" --format ics -o "$WORK/b.ics" || bad "export again"
khal -c "$WORK/khal/config" import --batch "$WORK/b.ics" >/dev/null 2>&1 || bad "khal import again"
n_ics=$(grep -c '^BEGIN:VEVENT' "$WORK/b.ics")
n_cal=$(ls "$WORK/khal/cal" | wc -l)
if [ "$n_cal" -eq "$n_ics" ]; then ok; else bad "khal holds $n_cal events after two imports, the export has $n_ics"; fi
khal_list >"$WORK/khal2"
python3 - "$WORK/khal2" <<'PY' && ok || bad "khal lists an event twice on one day after re-import"
import collections, sys
day, seen = None, collections.Counter()
for line in open(sys.argv[1]):
    line = line.rstrip('\n')
    if line.startswith('DAY '):
        day = line[4:]
    elif line and not line.endswith('CANCELLED '):
        seen[(day, line)] += 1
dups = [k for k, n in seen.items() if n > 1]
assert not dups, dups
PY
cp "$WORK/khal1" "${TL_KHAL_OUT:-/dev/null}" 2>/dev/null || true

# --- calcurse ----------------------------------------------------------------------------
mkdir -p "$WORK/calcurse"
calcurse -D "$WORK/calcurse" -i "$WORK/a.ics" >/dev/null 2>&1 </dev/null || bad "calcurse import"
calcurse -D "$WORK/calcurse" --input-datefmt 4 -Q --from 1990-01-01 --to 2099-12-31 >"$WORK/calcurse.out" 2>/dev/null </dev/null
python3 - "$WORK/a.json" "$WORK/calcurse.out" <<'PY' && ok || bad "calcurse shows every event"
import json, sys
out = open(sys.argv[2]).read()
missing = [e['title'] for e in json.load(open(sys.argv[1]))['events'] if e['title'] not in out]
assert not missing, missing
PY

# --- an event merged away is cancelled under its old UID -----------------------------------
mkdir -p "$WORK/merge"
printf -- '---\npublished: 2025-03-12\n---\nMayor Ana Lopes met union leaders on Monday.\n' >"$WORK/merge/a.md"
printf -- '---\npublished: 2025-03-12\n---\nTransport chief Rui Costa held talks on Monday about the wage dispute.\n' >"$WORK/merge/b.md"
tl build -q --db "$WORK/m.db" "$WORK/merge"
before=$(tl show --db "$WORK/m.db" | wc -l)
printf -- '---\npublished: 2025-03-12\n---\nAna Lopes and Rui Costa met on Monday to end the dispute.\n' >"$WORK/merge/c.md"
tl build -q --db "$WORK/m.db" "$WORK/merge"
after=$(tl show --db "$WORK/m.db" | wc -l)
tl export --db "$WORK/m.db" --format ics -o "$WORK/m.ics"
if [ "$before" -eq 2 ] && [ "$after" -eq 1 ] && grep -q 'STATUS:CANCELLED' "$WORK/m.ics"; then ok
else bad "merged event not cancelled (events $before -> $after)"; fi
"$PYSYS" - "$WORK/m.ics" <<'PY' && ok || bad "cancelled event readable"
import icalendar, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
st = sorted(str(v['status']) for v in cal.walk('VEVENT'))
assert st == ['CANCELLED', 'CONFIRMED'], st
assert all(int(v['sequence']) >= 0 for v in cal.walk('VEVENT'))
PY

# --- show in a real terminal -----------------------------------------------------------------
tty_capture() { # $1: env prefix
  local s="tl$$"
  tmux new-session -d -s "$s" -x 100 -y 50 "env $1 $TIMELINE show --db '$DB'; sleep 5"
  sleep 1
  tmux capture-pane -p -e -t "$s" >"$WORK/tty"
  tmux kill-session -t "$s" 2>/dev/null
}
tty_capture "TERM=xterm"
expect_grep "December 2025" "$WORK/tty" "terminal output grouped by month"
expect_grep "Dec 4-6, 2025" "$WORK/tty" "terminal date range"
if grep -q $'\033\[' "$WORK/tty"; then ok; else bad "no colours in a terminal"; fi
python3 - "$WORK/tty" <<'PY' && ok || bad "lines wider than the terminal"
import re, sys
for line in open(sys.argv[1], encoding='utf-8'):
    assert len(re.sub(r'\x1b\[[0-9;]*m', '', line.rstrip('\n'))) <= 100, line
PY
tty_capture "TERM=xterm NO_COLOR=1"
if grep -q $'\033\[[0-9;]*m' "$WORK/tty"; then bad "colours despite NO_COLOR"; else ok; fi
tl show --db "$DB" >"$WORK/piped"
if grep -q $'\033' "$WORK/piped"; then bad "escape codes when piped"; else ok; fi
tl show --db "$DB" --format tsv >"$WORK/tsv"
if awk -F'\t' 'NR == 1 && $1 != "id" { exit 1 } NF != 11 { exit 1 }' "$WORK/tsv"; then ok; else bad "tsv columns"; fi

# --- the HTML page and TimelineJS in headless Chromium ------------------------------------------
chrome() { timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chrome" "$@" 2>/dev/null; }
tl export --db "$DB" --format json -o "$WORK/a.json" || bad "export json again"
tl export --db "$DB" --format html --name "Timeline test" -o "$WORK/page.html" || bad "export html"
chrome --dump-dom "file://$WORK/page.html" >"$WORK/page.dom"
python3 - "$WORK/a.json" "$WORK/page.dom" <<'PY' && ok || bad "every event in the rendered HTML page"
import html, json, sys
dom = html.unescape(open(sys.argv[2]).read())
missing = [e['title'] for e in json.load(open(sys.argv[1]))['events'] if e['title'] not in dom]
assert not missing, missing
PY
shot="${TL_SCREENSHOT:-$WORK/page.png}"
chrome --window-size=1100,1400 --screenshot="$shot" "file://$WORK/page.html"
if [ -s "$shot" ]; then ok; echo "screenshot: $shot"; else bad "no screenshot"; fi

TLJS="${XDG_CACHE_HOME:-$HOME/.cache}/timeline-tests/timelinejs"
if [ ! -f "$TLJS/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ]; then
  mkdir -p "$TLJS"
  (cd "$TLJS" && timeout 300 npm install --no-audit --no-fund --silent @knight-lab/timelinejs@3.9.11 >/dev/null 2>&1)
fi
if [ -f "$TLJS/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ]; then
  tl export --db "$DB" --format timelinejs --name "Timeline test" -o "$WORK/tl.json" || bad "export timelinejs"
  python3 - "$WORK/tl.json" "$TLJS/node_modules/@knight-lab/timelinejs/dist" "$WORK/tl.html" <<'PY'
import sys
data, dist, out = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
open(out, 'w').write('<!DOCTYPE html><html><head><meta charset="utf-8">'
    '<link rel="stylesheet" href="file://%s/css/timeline.css"><script src="file://%s/js/timeline.js"></script>'
    '</head><body><div id="tl" style="width:100%%;height:600px"></div>'
    '<script>new TL.Timeline("tl", %s, {});</script></body></html>' % (dist, dist, data))
PY
  chrome --virtual-time-budget=10000 --dump-dom "file://$WORK/tl.html" >"$WORK/tl.dom"
  python3 - "$WORK/tl.json" "$WORK/tl.dom" <<'PY' && ok || bad "TimelineJS renders every event"
import html, json, re, sys
dom = html.unescape(open(sys.argv[2]).read())
heads = set(re.findall(r'class="tl-headline">([^<]*)<', dom))
missing = [e['text']['headline'] for e in json.load(open(sys.argv[1]))['events'] if e['text']['headline'] not in heads]
assert heads and not missing, missing
PY
else
  bad "TimelineJS could not be installed from npm"
fi

# --- the man page documents every option of every --help ---------------------------------------------
for c in build show export explain tag; do
  for opt in $(tl "$c" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    if grep -q -- "$esc" "$ROOT/man/timeline.1"; then ok; else bad "man page lacks $c $opt"; fi
  done
done

finish
