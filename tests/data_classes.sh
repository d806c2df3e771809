#!/usr/bin/env bash
# data_classes.sh - every word class the extractor asks for by name
# (word_is, class_after, class_before in src/extract.c) is a class of
# data/wordclasses.tsv, and every class there is asked for: a misspelt
# name would make a rule silently never fire.
set -euo pipefail
ROOT=${TL_SOURCE_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
used=$(grep -oE '(word_is|text_is|class_after|class_before)\([^"();]*(\([^"();]*\))?[^"();]*"[a-z_]+"\)' "$ROOT/src/extract.c" |
  grep -oE '"[a-z_]+"\)$' | tr -d '")' | sort -u)
listed=$(grep -v '^#' "$ROOT/data/wordclasses.tsv" | awk -F'\t' 'NF == 2 { print $2 }' | sort -u)
bad=0
# a call whose class this script cannot read (not a string literal) would
# escape the check: only the helpers' own definitions pass a variable
unread=$(grep -nE '(word_is|text_is|class_after|class_before)\(' "$ROOT/src/extract.c" |
  grep -vE '(word_is|text_is|class_after|class_before)\([^"();]*(\([^"();]*\))?[^"();]*"[a-z_]+"\)' | grep -v 'klass' || true)
if [ -n "$unread" ]; then
  echo "calls whose class is not a literal this check can read:"
  echo "$unread"
  bad=1
fi
for c in $used; do
  grep -qx "$c" <<<"$listed" || { echo "class '$c' is asked for in src/extract.c but not in data/wordclasses.tsv"; bad=1; }
done
for c in $listed; do
  grep -qx "$c" <<<"$used" || { echo "class '$c' of data/wordclasses.tsv is asked for nowhere"; bad=1; }
done
# every line is word<TAB>class, lower case
if grep -v '^#' "$ROOT/data/wordclasses.tsv" | grep -v '^$' | grep -vqE '^[a-z][a-z-]*'$'\t''[a-z_]+$'; then
  echo "data/wordclasses.tsv: lines not of the form word<TAB>class:"
  grep -v '^#' "$ROOT/data/wordclasses.tsv" | grep -v '^$' | grep -vE '^[a-z][a-z-]*'$'\t''[a-z_]+$' | head
  bad=1
fi
n_used=$(wc -w <<<"$used")
n_listed=$(wc -w <<<"$listed")
echo "word classes: $n_used asked for, $n_listed listed"
[ "$n_used" -gt 0 ] || { echo "no class found in src/extract.c"; exit 1; }
exit $bad
