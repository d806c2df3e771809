#!/usr/bin/env bash
# e2e_seeds.sh - the seed articles (../shared/seeds) give the timeline the
# product was designed for.  Skipped (exit 77) when the seeds are absent.
. "$(dirname "$0")/e2e_lib.sh"
SEEDS="$TL_SOURCE_ROOT/../shared/seeds"
if [ ! -f "$SEEDS/seeds.jsonl" ]; then
  echo "seeds not found at $SEEDS; skipped"
  exit 77
fi

expect_rc 0 "build seeds.jsonl" -- tl build --db "$WORK/s.db" "$SEEDS/seeds.jsonl"
tl export --db "$WORK/s.db" --format json -o "$WORK/s.json" || bad "export json"
tl export --db "$WORK/s.db" --format ics -o "$WORK/s1.ics" || bad "export ics"

python3 - "$WORK/s.json" <<'PY' && ok || bad "seed timeline assertions"
import json, sys
d = json.load(open(sys.argv[1]))
ev = d["events"]
pub = {a["id"]: a["published"] for a in d["articles"]}
def arts(e): return {m["article"] for m in e["mentions"]}
def meetings(): return [e for e in ev if e["type"] in ("meeting", "visit")]
errors = []
def check(cond, msg):
    if not cond: errors.append(msg)

k = [e for e in meetings() if e["start"] == "2025-12-02" and e["end"] == "2025-12-02"]
check(len(k) == 1, "one Kremlin meeting on 2025-12-02, got %d" % len(k))
if k:
    p = set(k[0]["participants"])
    check({"Steve Witkoff", "Jared Kushner", "Vladimir Putin"} <= p, "Kremlin participants: %s" % p)
    check(k[0]["place"] == "Moscow", "Kremlin place: %s" % k[0]["place"])

miami = [e for e in meetings() if e["start"] >= "2025-12-04" and e["end"] <= "2025-12-06"]
both = [e for e in miami if {"002", "003"} <= arts(e)]
check(len(both) == 1, "one Miami event with mentions from 002 and 003, got %d" % len(both))
if both:
    check(both[0]["place"] in ("Miami", "Florida"), "Miami place: %s" % both[0]["place"])
    others = [e for e in miami if e is not both[0] and e["start"] <= both[0]["end"] and e["end"] >= both[0]["start"] and arts(e) & {"002", "003"} and e["place"] in ("Miami", "Florida")]
    check(not others, "Miami talks split: %s" % [e["title"] for e in others])

f19 = [e for e in meetings() if e["start"] == "2025-12-19"]
check(len(f19) >= 1, "talks of Friday 2025-12-19")
check(all(e not in both for e in f19), "19 Dec is a different event")

t23 = [e for e in meetings() if e["start"] == "2026-01-23" and "000" in arts(e)]
check(len(t23) == 1, "trilateral talks on 2026-01-23, got %d" % len(t23))

g17 = [e for e in meetings() if e["start"] == "2026-02-17" and "004" in arts(e)]
g18 = [e for e in meetings() if e["start"] == "2026-02-18" and "004" in arts(e)]
check(len(g17) >= 1 and len(g18) >= 1, "Geneva sessions of 17 and 18 Feb")
check(not set(map(id, g17)) & set(map(id, g18)), "Geneva days are different events")

for e in ev:
    for m in e["mentions"]:
        if not e["planned"] and m["published"] and e["start"] > m["published"]:
            errors.append("event after its article's date but not planned: %s" % e["title"])
for msg in errors: print("  " + msg, file=sys.stderr)
sys.exit(1 if errors else 0)
PY

# building the same input twice changes nothing
tl show --db "$WORK/s.db" >"$WORK/show1"
expect_rc 0 "rebuild seeds" -- tl build --db "$WORK/s.db" "$SEEDS/seeds.jsonl"
expect_grep "0 added, 0 changed, 5 unchanged" "$WORK/err" "second build adds nothing"
tl show --db "$WORK/s.db" >"$WORK/show2"
tl export --db "$WORK/s.db" --format ics -o "$WORK/s2.ics"
if cmp -s "$WORK/show1" "$WORK/show2"; then ok; else bad "event ids changed on rebuild"; fi
if cmp -s "$WORK/s1.ics" "$WORK/s2.ics"; then ok; else bad ".ics changed on rebuild"; fi

# the same articles with front matter, and raw with --published, give the same events
strip() { sed -E 's/ +ev-[0-9a-f]+$//' "$1"; }
expect_rc 0 "build frontmatter" -- tl build --db "$WORK/f.db" "$SEEDS/frontmatter"
tl show --db "$WORK/f.db" >"$WORK/showf"
if diff <(strip "$WORK/show1") <(strip "$WORK/showf") >/dev/null; then ok; else bad "front matter seeds differ"; diff <(strip "$WORK/show1") <(strip "$WORK/showf") >&2; fi
for f in "$SEEDS"/raw/*.txt; do
  id=$(basename "$f" | cut -c1-3)
  date=$(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r["id"] == sys.argv[2]: print(r["published"])' "$SEEDS/seeds.jsonl" "$id")
  tl build -q --db "$WORK/r.db" --published "$date" "$f" || bad "raw $f"
done
tl show --db "$WORK/r.db" >"$WORK/showr"
if diff <(strip "$WORK/show1" | sed -E 's/\[[0-9]+ sources?, [0-9]+ mentions?\]//') \
        <(strip "$WORK/showr" | sed -E 's/\[[0-9]+ sources?, [0-9]+ mentions?\]//') >/dev/null; then ok
else bad "raw seeds with --published differ"; diff <(strip "$WORK/show1") <(strip "$WORK/showr") >&2; fi

# adding articles keeps the ids of the events they only add to
mkdir -p "$WORK/inc"
cp "$SEEDS"/frontmatter/002_* "$WORK/inc/"
tl build -q --db "$WORK/i.db" "$WORK/inc"
id1=$(tl show --db "$WORK/i.db" | grep '^2025-12-04..12-06' | awk '{print $NF}')
cp "$SEEDS"/frontmatter/00[0134]_* "$WORK/inc/"
tl build -q --db "$WORK/i.db" "$WORK/inc"
id2=$(tl show --db "$WORK/i.db" | grep '^2025-12-04..12-06' | awk '{print $NF}')
if [ -n "$id1" ] && [ "$id1" = "$id2" ]; then ok; else bad "Miami event id changed when articles were added ($id1 -> $id2)"; fi

# explain shows every mention of a seed event with its sentence and merge reason
expect_rc 0 "explain the Miami talks" -- tl explain --db "$WORK/i.db" "$id2"
n=$(grep -c 'merged:' "$WORK/out")
if [ "$n" -ge 4 ]; then ok; else bad "explain shows $n merge reasons"; fi
expect_grep 'article 003' "$WORK/out" "explain lists the 003 mentions"

tl show --db "$WORK/s.db"
finish
