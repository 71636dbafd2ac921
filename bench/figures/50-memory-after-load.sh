#!/usr/bin/env bash
# Resident set size at the end of the load runs (the cached and uncached figures, each ending with a crawl of every
# article): the larger of the two sites' RSS when their load ended. Budget: under 400 MB.
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"

cached=$(state_get rss-after-cached-load)
uncached=$(state_get rss-after-uncached-load)
if [ -z "$cached" ] || [ -z "$uncached" ]; then
  record "memory: RSS at the end of the load run" "< 400 MB" "not measured (run the cached-article and uncached-article figures)" SKIP
  exit 0
fi
worst=$(( cached > uncached ? cached : uncached ))
record "memory: RSS at the end of the load run" "< 400 MB" \
  "$worst MB (after the cached crawl $cached MB, after the uncached crawl $uncached MB)" "$(verdict "$worst < 400")"
