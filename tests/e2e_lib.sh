# e2e_lib.sh - helpers for the CLI end-to-end tests (sourced).
# $TIMELINE is the binary; $TL_WRAP may prefix it (valgrind in scripts/test).
set -u
PASS=0
FAIL=0
WORK=$(mktemp -d /tmp/tl_e2e.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

tl() { ${TL_WRAP:-} "$TIMELINE" "$@"; }

ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "FAIL: $*" >&2; }

# expect_rc EXPECTED DESCRIPTION -- command...
expect_rc() {
  local want=$1 what=$2
  shift 3
  "$@" >"$WORK/out" 2>"$WORK/err"
  local rc=$?
  if [ "$rc" -eq "$want" ]; then ok; else bad "$what: exit $rc, expected $want"; sed 's/^/  | /' "$WORK/err" >&2; fi
}

# expect_grep PATTERN FILE DESCRIPTION
expect_grep() {
  if grep -q -- "$1" "$2"; then ok; else bad "$3: '$1' not found in $2"; sed 's/^/  | /' "$2" | head -20 >&2; fi
}

finish() {
  echo "$PASS checks passed, $FAIL failed"
  [ "$FAIL" -eq 0 ]
}
