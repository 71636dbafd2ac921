#!/usr/bin/env bash
# ClinicCms benchmarks: builds the site in Release, generates a realistic 10,000-node site as uSync files, runs every
# figure in bench/figures/ against the site and nginx on loopback, and prints one table (figure, budget, measured,
# result). See bench/README.md.
#
#   bench/run.sh [--nodes 10000] [--seed 17] [--duration 5] [--rounds 3] [--cold-runs 5]
#                [--only import,cold-start,...] [--micro] [--keep] [--out bench/results/latest.md]
#   bench/run.sh --only micro      the BenchmarkDotNet micro-benchmarks alone (--micro adds them to a full run)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

nodes=10000 seed=17 only="" keep=0 out=""
export BENCH_DURATION=5 BENCH_ROUNDS=3 BENCH_COLD_RUNS=5 BENCH_MICRO=0
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --duration) BENCH_DURATION=$2; shift 2 ;;
    --rounds) BENCH_ROUNDS=$2; shift 2 ;;
    --cold-runs) BENCH_COLD_RUNS=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --micro) BENCH_MICRO=1; shift ;;
    --keep) keep=1; shift ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

[[ ",$only," == *",micro,"* ]] && BENCH_MICRO=1
# A run of some figures keeps the full run's table: the micro-benchmarks alone go to micro.md, other parts to partial.md.
if [ -z "$out" ]; then
  case "$only" in
    "") out="$BENCH_DIR/results/latest.md" ;;
    micro) out="$BENCH_DIR/results/micro.md" ;;
    *) out="$BENCH_DIR/results/partial.md" ;;
  esac
fi
export BENCH_DIR REPO BENCH_NODES=$nodes
BENCH_WORK=$(mktemp -d /tmp/cliniccms-bench.XXXXXX)
export BENCH_WORK BENCH_SITE="$BENCH_WORK/site" BENCH_DB="$BENCH_WORK/data/site.db"
export BENCH_RESULTS="$BENCH_WORK/results.tsv" BENCH_SITE_PORT=${BENCH_SITE_PORT:-5104}
export BENCH_NGINX_PORT=${BENCH_NGINX_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
# nginx's workers run as an unprivileged user and must be able to read the pages saved under the run's folder.
chmod 755 "$BENCH_WORK"
mkdir -p "$BENCH_WORK/data"
: >"$BENCH_RESULTS"
source "$BENCH_DIR/lib/common.sh"

cleanup() {
  # Ends only the processes this run started (their ids are in $BENCH_WORK/pids).
  if [ -f "$BENCH_WORK/pids" ]; then
    while read -r pid; do kill -TERM "$pid" 2>/dev/null || true; done <"$BENCH_WORK/pids"
  fi
  if [ "$keep" = 1 ]; then say "kept $BENCH_WORK"; else rm -rf "$BENCH_WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools ---
missing=()
for tool in wrk hyperfine nginx curl python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]} from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$BENCH_WORK/apt.log" 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$BENCH_WORK/apt.log" 2>&1; }
  else
    echo "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root" >&2; exit 1
  fi
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- build and generate ---
say "publishing the site in Release (linux-x64, ReadyToRun)"
dotnet publish "$REPO/src/ClinicCms.Web" -c Release -r linux-x64 --self-contained false -o "$BENCH_SITE" -nologo -v q >"$BENCH_WORK/publish.log" 2>&1 \
  || { tail -30 "$BENCH_WORK/publish.log"; exit 1; }
# The generated site depends only on the node count, the seed, the generator and the project's uSync folder: it is
# kept in a cache folder between runs (BENCH_CACHE, default ~/.cache/cliniccms-bench) and made again when any changes.
inputs=$(cd "$REPO" && cat bench/SiteGenerator/*.cs bench/SiteGenerator/wordbank.txt $(find uSync -type f | sort) | sha256sum | cut -c1-16)
BENCH_GEN="${BENCH_CACHE:-$HOME/.cache/cliniccms-bench}/site-$nodes-$seed-$inputs"
export BENCH_GEN
if [ -f "$BENCH_GEN/site.json" ]; then
  say "reusing the generated site in $BENCH_GEN"
else
  say "building the site generator"
  dotnet build "$BENCH_DIR/SiteGenerator" -c Release -o "$BENCH_WORK/generator" -nologo -v q >"$BENCH_WORK/generator.log" 2>&1 \
    || { tail -30 "$BENCH_WORK/generator.log"; exit 1; }
  say "generating a site of $nodes nodes (seed $seed)"
  find "$(dirname "$BENCH_GEN")" -maxdepth 1 -name "site-$nodes-$seed-*" -exec rm -rf {} + 2>/dev/null || true
  (cd "$REPO" && dotnet "$BENCH_WORK/generator/ClinicCms.Bench.SiteGenerator.dll" --out "$BENCH_GEN.tmp" --nodes "$nodes" --seed "$seed") >&2
  rm -rf "$BENCH_GEN" && mv "$BENCH_GEN.tmp" "$BENCH_GEN"
fi

# --- figures ---
for figure in "$BENCH_DIR"/figures/*.sh; do
  name=$(basename "$figure" .sh); name=${name#*-}
  if [ -n "$only" ] && [[ ",$only," != *",$name,"* ]]; then continue; fi
  say "figure: $name"
  bash "$figure" || record "$name" "" "the figure script failed (see the log above)" FAIL
done

# --- the table ---
machine="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null) ($(uname -sr))"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $machine; .NET $(dotnet --version), nginx $(nginx -v 2>&1 | sed 's|.*/||'), $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')."
  echo "Site: $nodes nodes (seed $seed). Load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)."
  echo "Command: \`bench/run.sh$( [ "$nodes" = 10000 ] || echo " --nodes $nodes")$( [ -z "$only" ] || echo " --only $only")\` ($BENCH_ROUNDS alternating rounds of ${BENCH_DURATION} s per wrk figure)."
  echo
  echo "| figure | budget | measured | result |"
  echo "|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' "$BENCH_RESULTS"
} >"$BENCH_WORK/table.md"
echo
cat "$BENCH_WORK/table.md"
mkdir -p "$(dirname "$out")" && cp "$BENCH_WORK/table.md" "$out"
! grep -q $'\tFAIL$' "$BENCH_RESULTS"
