# scripts/setup.sh - sourced by scripts/demo and scripts/test: installs the
# Debian packages the build needs (when root) and configures the build.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PACKAGES="gcc meson ninja-build pkg-config python3 libsqlite3-dev libjansson-dev libical-dev libxml2-dev libyaml-dev libgeonames-dev iso-codes check sqlite3 valgrind time khal calcurse python3-icalendar python3-jsonschema tmux chromium"
# npm (for TimelineJS in the browser test): the machine's own, else Debian's
command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES npm"

ensure_packages() {
  local missing=""
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq $missing >/dev/null
  else
    echo "setup: missing Debian packages:$missing" >&2
    echo "setup: run as root, or: sudo apt-get install$missing" >&2
    exit 1
  fi
}

# configure DIR [meson options...]
configure() {
  local dir=$1
  shift
  local log
  log=$(mktemp)
  if [ -f "$dir/build.ninja" ]; then
    meson setup --reconfigure "$dir" "$@" >"$log" 2>&1 || { cat "$log" >&2; return 1; }
  else
    meson setup "$dir" "$@" >"$log" 2>&1 || { cat "$log" >&2; return 1; }
  fi
  ninja -C "$dir" >"$log" 2>&1 || { tail -40 "$log" >&2; return 1; }
  rm -f "$log"
}
