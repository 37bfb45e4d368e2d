#!/usr/bin/env bash
# Benchmark: batch-score 10,000 answers generated from the calibration set on one core.
#   bench/score.sh [ANSWERS] [RUNS]
# Builds target/mockloop.jar if needed, compiles bench/ScoreBench.java against it, runs the
# in-process harness pinned to one CPU (median of RUNS timed runs after a warm-up), then times
# the real CLI end to end: `mockloop score --batch` over the same 10,000 lines.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
runs="${2:-5}"
jar=target/mockloop.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find src questions pom.xml -newer "$jar" -print -quit)" ]]; then
  echo "building $jar ..."
  mvn -o -q -B -DskipTests package
fi
mkdir -p target/bench
javac -d target/bench -cp "$jar" bench/ScoreBench.java
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
jvm=(-XX:ActiveProcessorCount=1 -Xms256m -Xmx256m)
echo "== in-process harness (one thread, ${pin[*]:-unpinned}, load average: $(cut -d' ' -f1-3 /proc/loadavg))"
"${pin[@]}" java "${jvm[@]}" -cp "$jar:target/bench" ScoreBench "$n" "$runs"
echo "== end to end: mockloop score --batch target/bench/answers.jsonl (JVM start and bank load included)"
TIMEFORMAT='%R %U %S'
times=$( { time "${pin[@]}" java "${jvm[@]}" -jar "$jar" --questions questions score --batch \
  target/bench/answers.jsonl > target/bench/results.jsonl; } 2>&1 )
lines=$(wc -l < target/bench/results.jsonl)
read -r real user sys <<< "$times"
awk -v l="$lines" -v r="$real" -v u="$user" -v s="$sys" 'BEGIN {
  printf "%d results in %.2f s wall clock (%.0f answers/s), %.2f s of CPU (%.0f answers/s per CPU second)\n",
    l, r, l / r, u + s, l / (u + s) }'
