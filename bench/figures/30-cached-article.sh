#!/usr/bin/env bash
# A cached article page (output cache on, the default) against nginx serving the same bytes as a static file:
# wrk -t2 -c32, alternating rounds in the same run. Budget: at least 0.9 times nginx's requests per second.
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
figure_begin

path=$(reference_path)
site_start
site_wait "$path" 60
root="$BENCH_WORK/static-cached"
save_page "$root" "$path"
bytes=$(stat -c %s "$root$path/index.html")
nginx_start "$root"

read -r site nginx _ _ < <(compare_rounds "http://127.0.0.1:$BENCH_SITE_PORT$path" "http://127.0.0.1:$BENCH_NGINX_PORT$path")
ratio=$(calc "$site / $nginx")
record "cached article page, requests/s vs nginx (wrk -t2 -c32)" "≥ 0.9 × nginx" \
  "$ratio × (site $site req/s, nginx $nginx req/s; page $bytes B)" "$(verdict "$ratio >= 0.9")"
state_set rss-after-cached-load "$(rss_mb "$SITE_PID")"
