#!/usr/bin/env bash
# Times `mockloop review list` and `review stats` over N generated transcripts (default 10,000).
# Reports the median of RUNS runs (default 7) of each, next to the median of `mockloop --version`
# (JVM start-up plus picocli, the floor every command pays), and the one cold run that builds
# the index from the transcripts.
#
#   bench/review-bench.sh [N]        env: RUNS=7  BENCH_DIR=/tmp/mockloop-review-bench-N
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-10000}"
runs="${RUNS:-7}"
dir="${BENCH_DIR:-/tmp/mockloop-review-bench-$n}"
jar=target/mockloop.jar

./mockloop --version >/dev/null   # builds the jar when it is stale
count=$(find "$dir" -maxdepth 1 -name '*.yaml' 2>/dev/null | wc -l)
if [ "$count" -ne "$n" ]; then
  rm -rf "$dir"
  echo "generating $n transcripts in $dir ..."
  java -cp "$jar" bench/ReviewBenchGen.java "$dir" "$n" 42
fi

ms() { # runs "$@" once, prints its wall time in milliseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { # median of RUNS timings of "$@"
  local times=()
  for _ in $(seq "$runs"); do times+=("$(ms "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

rm -f "$dir/.index"
cold=$(ms java -jar "$jar" --sessions "$dir" review list)
base=$(median java -jar "$jar" --version)
list=$(median java -jar "$jar" --sessions "$dir" review list)
stats=$(median java -jar "$jar" --sessions "$dir" review stats)
json=$(median java -jar "$jar" --sessions "$dir" review list --json)

echo "review bench: $n transcripts in $dir ($(du -sh "$dir" | cut -f1)), median of $runs runs, $(nproc) cores"
printf '  %-28s %6s ms\n' "mockloop --version (start-up)" "$base"
printf '  %-28s %6s ms  (%+d ms beyond start-up)\n' "review list" "$list" $(( list - base ))
printf '  %-28s %6s ms  (%+d ms beyond start-up)\n' "review stats" "$stats" $(( stats - base ))
printf '  %-28s %6s ms  (%+d ms beyond start-up)\n' "review list --json" "$json" $(( json - base ))
printf '  %-28s %6s ms  (one-off: parses every transcript, writes .index)\n' "first list, no index" "$cold"
