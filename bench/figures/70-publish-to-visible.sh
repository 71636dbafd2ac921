#!/usr/bin/env bash
# Publish to visible: an editor changes the reference article's summary in the back office (Save and publish, through
# the running site's workspace form, signed in, with its antiforgery token), and a visitor polls the public page
# (output cache on) until the new text shows. 50 publishes in a row; budget: p99 under 1 s. (lib/backoffice.py)
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
figure_begin

path=$(reference_path)
site_start
site_wait "$path" 60
publishes=${BENCH_PUBLISHES:-50}
json="$BENCH_WORK/publish-to-visible.json"
python3 "$BENCH_DIR/lib/backoffice.py" publish-to-visible "http://127.0.0.1:$BENCH_SITE_PORT" \
  "$(head -1 "$BENCH_GEN/urls/reference-article-key.txt")" "$path" --publishes="$publishes" >"$json"
read -r p50 p99 max < <(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(*(round(d[k]) for k in ("p50_ms", "p99_ms", "max_ms")))' "$json")
record "publish to visible (Save and publish in the back office until the public page shows it)" "p99 < 1 s" \
  "p99 $p99 ms over $publishes publishes (median $p50 ms, max $max ms)" "$(verdict "$p99 < 1000")"
