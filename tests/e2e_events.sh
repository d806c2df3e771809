#!/usr/bin/env bash
# e2e_events.sh - events and merging on the development set
# (tests/fixtures/events, gold in tests/fixtures/events.gold.json), scored
# by tools/eventeval.py: every figure must be at least 0.90 and no gold
# events of different days may be merged.
set -u
exec python3 "$TL_SOURCE_ROOT/tools/eventeval.py" --bin "$TIMELINE" --min 0.90 \
  "$TL_SOURCE_ROOT/tests/fixtures/events" "$TL_SOURCE_ROOT/tests/fixtures/events.gold.json"
