#!/usr/bin/env bash
# Cold start with the schema unchanged and the generated site already imported: from starting the process to the
# first article page served, over several runs with hyperfine (budget: median under 3 s). Then the resident set
# size of a freshly started site that has served that page (budget: under 200 MB).
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
figure_begin

json="$BENCH_WORK/cold-start.json"
rm -f "$BENCH_WORK/cold-start-cpu.txt"
hyperfine --runs "$BENCH_COLD_RUNS" --warmup 1 --shell=none --export-json "$json" \
  "bash $BENCH_DIR/lib/cold-start-once.sh" >&2
read -r median min max cpu < <(python3 -c '
import json, sys, statistics
t = json.load(open(sys.argv[1]))["results"][0]["times"]
cpu = statistics.median(float(line) for line in open(sys.argv[2]))
print(f"{statistics.median(t):.2f} {min(t):.2f} {max(t):.2f} {cpu:.2f}")' "$json" "$BENCH_WORK/cold-start-cpu.txt")
record "cold start to the first page ($BENCH_NODES nodes, schema unchanged)" "< 3 s" \
  "$median s median of $BENCH_COLD_RUNS (min $min, max $max; site CPU $cpu s a start)" "$(verdict "$median < 3")"

site_start
site_wait "$(reference_path)" 60
sleep 3
rss=$(rss_mb "$SITE_PID")
record "memory: RSS after start ($BENCH_NODES nodes, first page served)" "< 200 MB" "$rss MB" "$(verdict "$rss < 200")"
