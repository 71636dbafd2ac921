#!/usr/bin/env bash
# Back office with the 10,000-node site (imported from the generated uSync files, through the engine): opening an
# article for editing, signed in as the administrator. Counts the requests of a first open (the workspace page and
# everything it references, empty browser cache), then times each of them: the workspace page over 40 articles
# spread across the tree (warm cache, as an editor moving through the tree) and each asset 40 times.
# Budgets: at most 10 requests; each kind's p95 under 150 ms. (lib/backoffice.py)
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
figure_begin

site_start
site_wait "$(reference_path)" 60
json="$BENCH_WORK/backoffice.json"
BENCH_LIST_KEYS="$BENCH_GEN/urls/list-keys.txt" python3 "$BENCH_DIR/lib/backoffice.py" open-article "http://127.0.0.1:$BENCH_SITE_PORT" \
  "$BENCH_GEN/urls/article-keys.txt" --opens="${BENCH_BACKOFFICE_OPENS:-40}" >"$json"
{ read -r requests third worst list; read -r detail; read -r screens; } < <(python3 - "$json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
names = ",".join(p.rsplit("/", 1)[-1] or p for p in d["first_open"][1:]) or "-"
print(d["requests"], len(d["third_party"]), f"{max(k['p95_ms'] for k in d['kinds']):.1f}", names)
print("; ".join(f"{k['url'].rsplit('/', 1)[-1]} {k['p95_ms']:.1f}" for k in d["kinds"]))
print("; ".join(f"{s['screen']} {s['p95_ms']:.0f}" + ("" if s["status"] == 200 else f" (HTTP {s['status']})") for s in d["screens"]))
PY
)
record "back office: requests to open an article for editing (first open, $BENCH_NODES nodes)" "≤ 10" \
  "$requests (workspace page + $list; $third to other hosts)" "$(verdict "$requests <= 10 && $third == 0")"
record "back office: p95 of each request opening an article ($BENCH_NODES nodes)" "each < 150 ms" \
  "slowest p95 $worst ms (p95 ms: $detail)" "$(verdict "$worst < 150")"
record "back office: other screens, p95 ($BENCH_NODES nodes)" "information" "$screens ms" INFO
