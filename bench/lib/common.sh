# Shared helpers for bench/run.sh and the figure scripts in bench/figures/ (sourced, not run).
#
# Environment set by run.sh and read here:
#   BENCH_WORK      temp folder of this run (site build, generated site, database, nginx, results)
#   BENCH_SITE      the site published in Release;  BENCH_GEN  the generated site (uSync/, urls/, site.json)
#   BENCH_DB        the SQLite database file the site uses;  BENCH_SITE_PORT / BENCH_NGINX_PORT  loopback ports
#   BENCH_DURATION  seconds per wrk round;  BENCH_ROUNDS  alternating site/nginx rounds per figure
#   BENCH_RESULTS   the table rows (TSV: figure, budget, measured, result)

say() { printf '==> %s\n' "$*" >&2; }

# record FIGURE BUDGET MEASURED RESULT   (RESULT: PASS, FAIL, INFO or SKIP)
record() {
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$BENCH_RESULTS"
  say "$1: $3 [$4]"
}

# verdict EXPRESSION -> PASS or FAIL; the expression is awk, e.g. verdict "$ratio >= 0.9"
verdict() { awk "BEGIN { exit !($1) }" && echo PASS || echo FAIL; }

# calc EXPRESSION [FORMAT] -> the value of an awk expression, e.g. calc "$a / $b" %.2f
calc() { awk "BEGIN { printf \"${2:-%.2f}\", $1 }"; }

# Remembers a number between figure scripts (e.g. the RSS at the end of a load run).
state_set() { mkdir -p "$BENCH_WORK/state"; printf '%s\n' "$2" >"$BENCH_WORK/state/$1"; }
state_get() { cat "$BENCH_WORK/state/$1" 2>/dev/null || true; }

now_ns() { date +%s%N; }

# CPU time (user + system) a process has used so far, in seconds: on a shared machine it shows the work apart from the waiting.
cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$1/stat" 2>/dev/null; }

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

reference_path() { head -1 "$BENCH_GEN/urls/reference-article.txt"; }

# --- the site -------------------------------------------------------------------------------------------------

# The administrator the site creates on its first boot (Umbraco's unattended install), for the back-office figures.
export BENCH_USER_EMAIL=bench@clinic.test BENCH_USER_PASSWORD=bench-password-1

SITE_PID=""

# site_start [NAME=VALUE ...]: starts the published site on loopback with the generated uSync folder and the
# bench database; extra settings are environment variables (ASP.NET Core's double-underscore form).
site_start() {
  [ -z "$SITE_PID" ] || site_stop
  # The content root is the current directory: start in the published folder so its appsettings.json and wwwroot apply.
  (cd "$BENCH_SITE" && exec env ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS="http://127.0.0.1:$BENCH_SITE_PORT" \
      ConnectionStrings__umbracoDbDSN="Data Source=$BENCH_DB;Cache=Shared;Foreign Keys=True;Pooling=True" \
      ConnectionStrings__umbracoDbDSN_ProviderName=Microsoft.Data.Sqlite \
      uSync__Folder="$BENCH_GEN/uSync" \
      Umbraco__CMS__Unattended__InstallUnattended=true Umbraco__CMS__Unattended__UnattendedUserName="Bench Admin" \
      Umbraco__CMS__Unattended__UnattendedUserEmail="$BENCH_USER_EMAIL" \
      Umbraco__CMS__Unattended__UnattendedUserPassword="$BENCH_USER_PASSWORD" \
      "$@" \
      ./ClinicCms.Web) >>"$BENCH_WORK/site.log" 2>&1 &
  SITE_PID=$!
  echo "$SITE_PID" >>"$BENCH_WORK/pids"
}

# site_wait PATH TIMEOUT_SECONDS: polls until PATH answers 200; fails if the site exits or the time runs out.
site_wait() {
  local deadline=$(( $(date +%s) + $2 ))
  until curl -sf -o /dev/null "http://127.0.0.1:$BENCH_SITE_PORT$1"; do
    kill -0 "$SITE_PID" 2>/dev/null || { say "the site exited; last log lines:"; tail -20 "$BENCH_WORK/site.log" >&2; return 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { say "the site did not answer $1 within $2 s"; return 1; }
    sleep 0.02
  done
}

site_stop() {
  [ -n "$SITE_PID" ] || return 0
  kill -TERM "$SITE_PID" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$SITE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$SITE_PID" 2>/dev/null || true
  wait "$SITE_PID" 2>/dev/null || true
  SITE_PID=""
}

# --- nginx, the baseline --------------------------------------------------------------------------------------

NGINX_PID=""

# nginx_start ROOT: serves ROOT on loopback with its own config, logs and temp paths under the run's folder.
nginx_start() {
  local dir="$BENCH_WORK/nginx"
  mkdir -p "$dir/tmp" "$dir/logs"
  sed -e "s|@ROOT@|$1|g" -e "s|@PORT@|$BENCH_NGINX_PORT|g" -e "s|@DIR@|$dir|g" \
    "$BENCH_DIR/lib/nginx.conf" >"$dir/nginx.conf"
  nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log"
  for _ in $(seq 50); do [ -s "$dir/nginx.pid" ] && break; sleep 0.1; done
  NGINX_PID=$(cat "$dir/nginx.pid")
  echo "$NGINX_PID" >>"$BENCH_WORK/pids"
}

nginx_stop() {
  [ -n "$NGINX_PID" ] || return 0
  kill -QUIT "$NGINX_PID" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}

# Saves the site's answer for PATH as a static file under ROOT, so nginx serves the very same bytes.
save_page() {
  local root=$1 path=$2
  mkdir -p "$root$path"
  curl -sf -o "$root$path/index.html" "http://127.0.0.1:$BENCH_SITE_PORT$path"
}

# --- load -----------------------------------------------------------------------------------------------------

# wrk_run URL SECONDS [wrk options...] -> "requests_per_second p99_ms"
wrk_run() {
  local url=$1 seconds=$2; shift 2
  wrk -t2 -c32 -d"${seconds}s" --latency "$@" "$url" | awk '
    /^Requests\/sec:/ { rps = $2 }
    /^ +99%/ { v = $2; ms = v + 0; if (v ~ /us$/) ms = ms / 1000; else if (v ~ /[^m]s$/) ms = ms * 1000; p99 = ms }
    /Non-2xx/ { bad = 1 }
    END { if (bad) rps = 0; printf "%.0f %.2f\n", rps, p99 }'
}

# CPU seconds used so far by nginx's workers (children of the master).
nginx_cpu_seconds() {
  local total=0 pid
  for pid in $(pgrep -P "$NGINX_PID"); do total=$(calc "$total + $(cpu_seconds "$pid")" %.2f); done
  echo "$total"
}

# compare_rounds SITE_URL NGINX_URL [wrk options...]: BENCH_ROUNDS alternating rounds (nginx, then the site) after
# a warm-up of each. Prints "site_rps nginx_rps worst_site_p99 median_site_p99 site_cpu_us nginx_cpu_us": requests
# per second and p99 over the rounds, and the CPU time each server spent per request (what load on the shared
# machine does not change much).
compare_rounds() {
  local site_url=$1 nginx_url=$2; shift 2
  wrk_run "$nginx_url" 3 "$@" >/dev/null
  wrk_run "$site_url" 3 "$@" >/dev/null
  local site_sum=0 nginx_sum=0 p99s=() site_cpu=0 nginx_cpu=0 before
  for round in $(seq "$BENCH_ROUNDS"); do
    before=$(nginx_cpu_seconds)
    read -r n_rps _ < <(wrk_run "$nginx_url" "$BENCH_DURATION" "$@")
    nginx_cpu=$(calc "$nginx_cpu + $(nginx_cpu_seconds) - $before" %.2f)
    before=$(cpu_seconds "$SITE_PID")
    read -r s_rps s_p99 < <(wrk_run "$site_url" "$BENCH_DURATION" "$@")
    site_cpu=$(calc "$site_cpu + $(cpu_seconds "$SITE_PID") - $before" %.2f)
    say "  round $round: nginx $n_rps req/s, site $s_rps req/s (p99 $s_p99 ms)"
    nginx_sum=$((nginx_sum + n_rps)); site_sum=$((site_sum + s_rps)); p99s+=("$s_p99")
  done
  local sorted; sorted=$(printf '%s\n' "${p99s[@]}" | sort -g)
  printf '%s %s %s %s %s %s\n' $((site_sum / BENCH_ROUNDS)) $((nginx_sum / BENCH_ROUNDS)) \
    "$(tail -1 <<<"$sorted")" "$(sed -n "$(( (${#p99s[@]} + 1) / 2 ))p" <<<"$sorted")" \
    "$(calc "$site_cpu * 1e6 / ($site_sum * $BENCH_DURATION)" %.0f)" "$(calc "$nginx_cpu * 1e6 / ($nginx_sum * $BENCH_DURATION)" %.0f)"
}

# Stops whatever the calling figure script started, however it ends.
figure_begin() { trap 'site_stop; nginx_stop' EXIT; }
