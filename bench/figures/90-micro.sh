#!/usr/bin/env bash
# Micro-benchmarks of the engine's hot paths with BenchmarkDotNet (bench/Benchmarks: route lookup, snapshot build,
# reading an article's values, converting property values, reading a document type file), on the generated site.
# Short job, in process. Information rows: mean time and managed allocation per operation.
set -euo pipefail
source "$BENCH_DIR/lib/common.sh"

# On demand (about 5 minutes): bench/run.sh --micro, or --only micro.
if [ "${BENCH_MICRO:-0}" != 1 ]; then
  say "micro-benchmarks skipped (bench/run.sh --micro runs them)"
  exit 0
fi

out="$BENCH_WORK/micro"
dotnet build "$BENCH_DIR/Benchmarks" -c Release -o "$BENCH_WORK/benchmarks" -nologo -v q >"$BENCH_WORK/benchmarks-build.log" 2>&1 \
  || { tail -20 "$BENCH_WORK/benchmarks-build.log" >&2; exit 1; }
BENCH_GEN="$BENCH_GEN" dotnet "$BENCH_WORK/benchmarks/ClinicCms.Benchmarks.dll" \
  --filter '*' --job short --inProcess --artifacts "$out" >"$BENCH_WORK/micro.log" 2>&1 \
  || { tail -30 "$BENCH_WORK/micro.log" >&2; exit 1; }

python3 - "$out/results" <<'PY' | while IFS=$'\t' read -r name measured; do record "$name" "information" "$measured" INFO; done
import csv, glob, os, sys
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*-report.csv"))):
    group = os.path.basename(path).split("-report")[0].split(".")[-1].removesuffix("Benchmarks")
    for row in csv.DictReader(open(path)):
        print(f"micro: {group}.{row['Method']}\t{row.get('Mean', '?')} (± {row.get('StdDev', '?')}), {row.get('Allocated', '?')} allocated")
PY
