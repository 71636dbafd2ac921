#!/usr/bin/env bash
# Profiles the published site with dotnet-trace (a local tool: dotnet tool restore) and prints where the time went.
#
#   bench/tools/trace-site.sh start SITE_DIR GENERATED_DIR DATABASE [NAME=VALUE ...]
#       from process start to the first article page (cold start, or the first-boot import on an empty database)
#   bench/tools/trace-site.sh load SITE_DIR GENERATED_DIR DATABASE [NAME=VALUE ...]
#       10 s of wrk -t2 -c32 on the reference article after a warm-up (add ClinicCms__Site__OutputCache=false to
#       profile rendering)
#   bench/tools/trace-site.sh crawl SITE_DIR GENERATED_DIR DATABASE [NAME=VALUE ...]
#       the same over every article in turn (bench/lib/paths.lua)
#
# SITE_DIR is a `dotnet publish -c Release` output, GENERATED_DIR a generator output (bench/README.md). The trace and
# its speedscope conversion are left in /tmp/cliniccms-trace.*; read them again with bench/tools/speedscope-top.py.
set -euo pipefail
mode=$1 site=$2 gen=$3 db=$4; shift 4
tools=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d /tmp/cliniccms-trace.XXXXXX)
port=${BENCH_SITE_PORT:-5104}
url="http://127.0.0.1:$port$(head -1 "$gen/urls/reference-article.txt")"
export ConnectionStrings__umbracoDbDSN="Data Source=$db;Cache=Shared;Foreign Keys=True;Pooling=True" uSync__Folder="$gen/uSync"
for setting in "$@"; do export "${setting?}"; done

run_trace() { (cd "$tools" && exec dotnet dotnet-trace collect --profile dotnet-sampled-thread-time -o "$out/trace.nettrace" "$@") >"$out/trace.log" 2>&1; }
if [ "$mode" = start ]; then
  run_trace -- "$site/ClinicCms.Web" --urls "http://127.0.0.1:$port" --contentRoot "$site" &
  tracer=$!
  until curl -sf -o /dev/null "$url"; do sleep 0.05; done
  kill -TERM "$(pgrep -P "$tracer" | head -1)"
  wait "$tracer" || true
  focus=InitialiseCmsAsync
else
  (cd "$site" && exec ./ClinicCms.Web --urls "http://127.0.0.1:$port") >"$out/site.log" 2>&1 &
  site_pid=$!
  trap 'kill -TERM $site_pid 2>/dev/null || true' EXIT
  until curl -sf -o /dev/null "$url"; do sleep 0.1; done
  load=()
  if [ "$mode" = crawl ]; then
    export BENCH_PATHS="$gen/urls/articles.txt"
    load=(-s "$tools/bench/lib/paths.lua")
    url="http://127.0.0.1:$port"
  fi
  wrk -t2 -c32 -d3s "${load[@]}" "$url" >/dev/null
  run_trace -p "$site_pid" --duration 00:00:00:12 &
  tracer=$!
  sleep 1
  wrk -t2 -c32 -d10s --latency "${load[@]}" "$url" | grep -E "Requests/sec|99%"
  wait "$tracer" || true
  focus=ResourceInvoker
fi
(cd "$tools" && dotnet dotnet-trace convert --format speedscope "$out/trace.nettrace" -o "$out/trace") >/dev/null
python3 "$tools/bench/tools/speedscope-top.py" "$out/trace.speedscope.json" --cpu --under "$focus" -n 40
echo "trace: $out/trace.nettrace"
