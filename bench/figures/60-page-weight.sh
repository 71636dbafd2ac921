#!/usr/bin/env bash
# Article page weight on a first visit: the page and everything it references, fetched once each with compression as
# a browser asks for it (lib/page_weight.py). Budgets: under 100 KB transferred in total, at most 10 requests.
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
figure_begin

path=$(reference_path)
site_start
site_wait "$path" 60
json="$BENCH_WORK/page-weight.json"
python3 "$BENCH_DIR/lib/page_weight.py" "http://127.0.0.1:$BENCH_SITE_PORT" "$path" >"$json"
read -r requests kb third list < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
names = ",".join(r["url"].split("/", 3)[-1].split("?")[0] or "/" for r in d["resources"][1:])
kb = d["bytes"] / 1024
print(d["requests"], f"{kb:.1f}", len(d["third_party"]), names or "-")' "$json")
record "article page weight, first visit (compressed as a browser asks)" "< 100 KB" \
  "$kb KB in $requests requests (page + $list)" "$(verdict "$kb < 100 && $third == 0")"
record "article page requests, first visit" "≤ 10" "$requests ($third to other hosts)" "$(verdict "$requests <= 10 && $third == 0")"
