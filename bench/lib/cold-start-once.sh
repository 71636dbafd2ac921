#!/usr/bin/env bash
# One cold start for hyperfine: start the site on the already imported database, wait for the reference article,
# stop the site. hyperfine times the whole script; stopping is a SIGKILL, so it adds almost nothing. The site's own CPU
# time is noted for the figure (hyperfine's includes the polling).
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
trap 'kill -KILL "$SITE_PID" 2>/dev/null || true' EXIT
site_start
site_wait "$(reference_path)" 60
echo "$(cpu_seconds "$SITE_PID")" >>"$BENCH_WORK/cold-start-cpu.txt"
kill -KILL "$SITE_PID"
wait "$SITE_PID" 2>/dev/null || true
