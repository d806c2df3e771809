#!/usr/bin/env bash
# tools/snapshot.sh BIN OUTDIR - the timeline each story set gives, for
# comparing two builds of the extractor and resolver:
#   tools/snapshot.sh /tmp/old/timeline /tmp/snap-old
#   tools/snapshot.sh build/timeline /tmp/snap-new
#   diff -r /tmp/snap-old /tmp/snap-new
# Story sets: tests/fixtures/stories/* (short articles the team wrote on
# real events, several outlets per story, no gold), the two development
# sets of tests/fixtures/events*, and the seeds when ../shared is beside
# the checkout. Each gives OUTDIR/NAME.tsv: start, end, precision, type,
# title and place of every event, as `timeline show --format tsv` prints
# them without the uid.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BIN OUTDIR" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
snap() { # name files...
  local name=$1
  shift
  rm -f "$tmp"/s.db*
  "$bin" build -q --db "$tmp/s.db" "$@" 2>/dev/null || true
  "$bin" show --db "$tmp/s.db" --format tsv 2>/dev/null | cut -f2-7 >"$out/$name.tsv" || true
}
for d in "$root"/tests/fixtures/stories/*/; do
  snap "story-$(basename "$d")" "$d"
done
for d in "$root"/tests/fixtures/events/*/ "$root"/tests/fixtures/events2/*/; do
  snap "dev-$(basename "$d")" "$d"
done
if [ -d "$root/../shared/seeds" ]; then
  snap seeds "$root"/../shared/seeds/*.jsonl
fi
echo "$(ls "$out" | wc -l) timelines in $out"
