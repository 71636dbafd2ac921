#!/usr/bin/env bash
# Runs every ClinicCms test on a fresh Debian machine, and ends with one line: "N passed, N failed, N skipped".
#
#   ./build/test.sh            all tests: core, integration on SQLite, integration again on PostgreSQL, browser
#
# It installs what the tests need when it can (Debian's postgresql and chromium, as root), starts a throwaway
# PostgreSQL cluster on a free port under a temporary folder, and stops and removes it afterwards.
# Outside CI (CI unset) a missing PostgreSQL or chromium makes those tests skip with a reason; under CI they must run.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
logs=$(mktemp -d /tmp/cliniccms-test.XXXXXX)
pg_dir=""
pg_bin=""

say() { printf '==> %s\n' "$*"; }

install_prerequisites() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]} from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$logs/apt.log" 2>&1 \
      || { say "apt-get install failed, see $logs/apt.log"; tail -5 "$logs/apt.log"; }
  else
    say "missing ${missing[*]} (run as root to install them); their tests will skip outside CI"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$pg_bin" ] || return 1
  pg_dir=$(mktemp -d /tmp/cliniccms-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"
  local port; port=$(free_port)
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust >"$logs/initdb.log" 2>&1 || return 1
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >"$logs/pg_ctl.log" 2>&1 || return 1
  export CLINICCMS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
  say "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $port"
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT

# The run summaries, each skipped test, and each failed test with the first lines of its message and stack trace.
summarise() {
  awk '/^failed /{n=16} n>0{print; n--; next} /^skipped |Test run summary|^  (total|failed|succeeded|skipped):/{print}'
}

install_prerequisites
command -v chromium >/dev/null 2>&1 && export CLINICCMS_CHROMIUM="$(command -v chromium)"

say "building"
if ! dotnet build ClinicCms.sln -c Debug -nologo -v quiet >"$logs/build.log" 2>&1; then
  grep -E "error|Error" "$logs/build.log" | head -40
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

say "tests on SQLite (all projects)"
dotnet test --solution ClinicCms.sln --no-build 2>&1 | tee "$logs/sqlite.log" | summarise

if start_postgres; then
  say "integration tests on PostgreSQL"
  CLINICCMS_TEST_DATABASE=Npgsql dotnet test --project tests/ClinicCms.Web.Tests/ClinicCms.Web.Tests.csproj --no-build 2>&1 \
    | tee "$logs/postgres.log" | summarise
elif [ -n "${CI:-}" ]; then
  say "could not start PostgreSQL under CI:"; cat "$logs"/initdb.log "$logs"/pg_ctl.log 2>/dev/null | tail -20
  echo "summary: PostgreSQL pass could not run" >"$logs/postgres.log"
  printf 'Test run summary: Failed!\n  failed: 1\n' >>"$logs/postgres.log"
else
  say "PostgreSQL is not installed: skipping the PostgreSQL pass (CI is unset)"
fi

awk '/^Test run summary:/{on=1} on&&/^ +failed:/{f+=$2} on&&/^ +succeeded:/{p+=$2} on&&/^ +skipped:/{s+=$2}
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s; exit (f > 0 || p == 0) }' "$logs"/sqlite.log "$logs"/postgres.log 2>/dev/null
