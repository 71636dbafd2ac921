#!/usr/bin/env bash
# A cached article page (output cache on, the default) against nginx serving the same bytes as a static file:
# wrk -t2 -c32, alternating rounds in the same run. Budget: at least 0.9 times nginx's requests per second.
# Then one round crawling every article in turn with the cache on (information; the memory figure uses its RSS).
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

read -r site nginx _ _ site_us nginx_us < <(compare_rounds "http://127.0.0.1:$BENCH_SITE_PORT$path" "http://127.0.0.1:$BENCH_NGINX_PORT$path")
ratio=$(calc "$site / $nginx")
record "cached article page, requests/s vs nginx (wrk -t2 -c32)" "≥ 0.9 × nginx" \
  "$ratio × (site $site req/s, nginx $nginx req/s; CPU a request: site $site_us µs, nginx $nginx_us µs; page $bytes B)" \
  "$(verdict "$ratio >= 0.9")"

# A search engine's crawl of every article, the output cache filling as it goes (information; its memory counts below).
articles=$(wc -l <"$BENCH_GEN/urls/articles.txt")
read -r crawl crawl_p99 < <(BENCH_PATHS="$BENCH_GEN/urls/articles.txt" \
  wrk_run "http://127.0.0.1:$BENCH_SITE_PORT" "$((BENCH_DURATION * 2))" -s "$BENCH_DIR/lib/paths.lua")
record "cached crawl of all $articles articles in turn (wrk -t2 -c32)" "information" "$crawl req/s, p99 $crawl_p99 ms" INFO
state_set rss-after-cached-load "$(rss_mb "$SITE_PID")"
