#!/usr/bin/env bash
# Times `mockloop review list` and `review stats` over N generated transcripts (default 10,000).
# Reports the median wall and CPU time (user + system) of RUNS runs (default 7) of each, through
# the ./mockloop launcher, next to `review list` over an empty sessions folder (JVM start-up,
# picocli and the review command, the floor these commands pay), and the one cold run that
# builds the index from the transcripts.
#
#   bench/review-bench.sh [N]        env: RUNS=7  BENCH_DIR=/tmp/mockloop-review-bench-N
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-10000}"
runs="${RUNS:-7}"
dir="${BENCH_DIR:-/tmp/mockloop-review-bench-$n}"
jar=target/mockloop.jar
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

./mockloop --version >/dev/null   # builds the jar when it is stale
count=$(find "$dir" -maxdepth 1 -name '*.yaml' 2>/dev/null | wc -l)
if [ "$count" -ne "$n" ]; then
  rm -rf "$dir"
  echo "generating $n transcripts in $dir ..."
  java -cp "$jar" bench/ReviewBenchGen.java "$dir" "$n" 42
fi

measure() { # runs "$@" once; prints "<wall ms> <cpu ms>" (cpu = user + system, all threads)
  local f
  f=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$f" "$@" >/dev/null
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$f"
  rm -f "$f"
}

median() { # "<median wall ms> <median cpu ms>" over RUNS runs of "$@"
  local walls=() cpus=() w c
  for _ in $(seq "$runs"); do
    read -r w c < <(measure "$@")
    walls+=("$w"); cpus+=("$c")
  done
  local mid=$(( (runs + 1) / 2 ))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${mid}p")" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${mid}p")"
}

row() { # label, base wall, base cpu, wall, cpu
  printf '  %-22s %6s ms wall %+6d   %6s ms cpu %+6d\n' "$1" "$4" $(( $4 - $2 )) "$5" $(( $5 - $3 ))
}

# through the launcher, as users run it (AppCDS archive when it has one)
ml=(./mockloop)
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
rm -f "$dir/.index"
read -r cold _ < <(measure "${ml[@]}" --sessions "$dir" review list)
read -r bw bc < <(median "${ml[@]}" --sessions "$empty" review list)
read -r lw lc < <(median "${ml[@]}" --sessions "$dir" review list)
read -r sw sc < <(median "${ml[@]}" --sessions "$dir" review stats)
read -r jw jc < <(median "${ml[@]}" --sessions "$dir" review list --json)

echo "review bench: $n transcripts in $dir ($(du -sh "$dir" | cut -f1)), median of $runs runs,"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); differences are against"
echo "review list over an empty folder (start-up)"
printf '  %-22s %6s ms wall          %6s ms cpu\n' "start-up (0 sessions)" "$bw" "$bc"
row "review list" "$bw" "$bc" "$lw" "$lc"
row "review stats" "$bw" "$bc" "$sw" "$sc"
row "review list --json" "$bw" "$bc" "$jw" "$jc"
printf '  %-22s %6s ms wall (one-off: reads every transcript, writes .index)\n' \
  "first list, no index" "$cold"

# inside the JVM: Main.run to return, the first call in a fresh JVM and the warm median
unset JDK_JAVA_OPTIONS
java -cp "$jar" bench/ReviewInProcess.java "$dir" list 5
java -cp "$jar" bench/ReviewInProcess.java "$dir" stats 5

# the same with the JIT limited to C1 (JDK_JAVA_OPTIONS reaches the java the launcher runs):
# short runs spend much of their CPU in C2 compiler threads
export JDK_JAVA_OPTIONS="-XX:TieredStopAtLevel=1"
read -r bw bc < <(median "${ml[@]}" --sessions "$empty" review list 2>/dev/null)
read -r lw lc < <(median "${ml[@]}" --sessions "$dir" review list 2>/dev/null)
read -r sw sc < <(median "${ml[@]}" --sessions "$dir" review stats 2>/dev/null)
echo "with JDK_JAVA_OPTIONS=$JDK_JAVA_OPTIONS:"
printf '  %-22s %6s ms wall          %6s ms cpu\n' "start-up (0 sessions)" "$bw" "$bc"
row "review list" "$bw" "$bc" "$lw" "$lc"
row "review stats" "$bw" "$bc" "$sw" "$sc"
