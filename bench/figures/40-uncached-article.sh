#!/usr/bin/env bash
# Article pages rendered on every request (output cache off: ClinicCms:Site:OutputCache=false).
#  1. the reference article against nginx serving the same bytes, alternating rounds: budget at least 0.3 times
#     nginx's requests per second, and p99 latency under 25 ms (median of the rounds' p99);
#  2. a crawl of every article in turn for one round (information: how rendering holds up when nothing is warm).
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"
figure_begin

path=$(reference_path)
site_start ClinicCms__Site__OutputCache=false
site_wait "$path" 60
root="$BENCH_WORK/static-uncached"
save_page "$root" "$path"
nginx_start "$root"

read -r site nginx worst_p99 median_p99 site_us nginx_us < <(compare_rounds "http://127.0.0.1:$BENCH_SITE_PORT$path" "http://127.0.0.1:$BENCH_NGINX_PORT$path")
ratio=$(calc "$site / $nginx")
record "uncached article render, requests/s vs nginx (wrk -t2 -c32)" "≥ 0.3 × nginx" \
  "$ratio × (site $site req/s, nginx $nginx req/s; CPU a request: site $site_us µs, nginx $nginx_us µs)" "$(verdict "$ratio >= 0.3")"
record "uncached article render, p99 latency" "< 25 ms" \
  "$median_p99 ms (median of $BENCH_ROUNDS rounds; worst $worst_p99 ms)" "$(verdict "$median_p99 < 25")"

articles=$(wc -l <"$BENCH_GEN/urls/articles.txt")
read -r crawl crawl_p99 < <(BENCH_PATHS="$BENCH_GEN/urls/articles.txt" \
  wrk_run "http://127.0.0.1:$BENCH_SITE_PORT" "$((BENCH_DURATION * 2))" -s "$BENCH_DIR/lib/paths.lua")
record "uncached crawl of all $articles articles in turn (wrk -t2 -c32)" "information" \
  "$crawl req/s, p99 $crawl_p99 ms" INFO
state_set rss-after-uncached-load "$(rss_mb "$SITE_PID")"
