#!/usr/bin/env bash
# Batch scoring, this build against an older one, side by side in one run:
#   [NEW=NEW.jar] bench/score-vs.sh OLD.jar [ANSWERS] [RUNS]   (defaults: target/mockloop.jar, 10000, 7)
# 1. in process: bench/run's batch workload (ScoreRatioBench: shuffled model-answer sentences)
#    from each jar in its own class loader in one JVM, old and new timed alternately (ScoreVs);
# 2. end to end: `mockloop score --batch` over bench/score.sh's calibration-derived answers,
#    old and new alternately, one thread (-XX:ActiveProcessorCount=1), JVM start included.
# Medians of RUNS; wall clock and CPU time. Make OLD.jar from an older commit with
#   git worktree add /tmp/old REV && (cd /tmp/old && mvn -B -q -o package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
old="$1"
n="${2:-10000}"
runs="${3:-7}"
jar="${NEW:-target/mockloop.jar}"   # NEW=path: another build to compare (default this one)
[[ -f "$jar" ]] || mvn -o -q -B -DskipTests package
out=target/bench/vs
mkdir -p "$out/classes"
javac -nowarn -d "$out/classes" -cp "$jar" bench/java/dev/mockloop/Medians.java \
  bench/java/dev/mockloop/scoring/ScoreRatioBench.java bench/java/dev/mockloop/scoring/ScoreVs.java
pin=()   # PIN=1: pin to core 0 (only on a quiet machine: other jobs pin there too)
if [[ -n "${PIN:-}" ]] && command -v taskset >/dev/null; then pin=(taskset -c 0); fi
echo "== in process, $n answers, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"${pin[@]}" java -XX:ActiveProcessorCount=1 -cp "$out/classes" dev.mockloop.scoring.ScoreVs \
  "$old" "$jar" "$out/classes" "$n" "$runs"
javac -d "$out" -cp "$jar" bench/ScoreBench.java
if [[ ! -f target/bench/answers.jsonl ]] || [[ "$(wc -l < target/bench/answers.jsonl)" -ne "$n" ]]; then
  java -cp "$jar:$out" ScoreBench "$n" 0   # writes target/bench/answers.jsonl only
fi
echo "== end to end, score --batch over $n calibration-derived answers, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
  for build in old new; do
    j="$old"; [[ $build == new ]] && j="$jar"
    TIMEFORMAT="$build %R %U %S"
    { time "${pin[@]}" java -XX:ActiveProcessorCount=1 -jar "$j" --questions questions score \
        --batch target/bench/answers.jsonl > "$out/$build.jsonl"; } 2>> "$out/times.txt"
  done
  cmp -s "$out/old.jsonl" "$out/new.jsonl" || { echo "outputs differ"; exit 1; }
done
tail -n $((2 * runs)) "$out/times.txt" | python3 -c '
import sys, statistics
n = int(sys.argv[1]); t = {"old": [], "new": []}
for line in sys.stdin:
    b, real, user, sys_ = line.split(); t[b].append((float(real), float(user) + float(sys_)))
for b in ("old", "new"):
    wall = statistics.median(n / r for r, _ in t[b]); cpu = statistics.median(n / c for _, c in t[b])
    print(f"{b}: median {wall:.0f} answers/s wall clock, {cpu:.0f} per CPU second ({len(t[b])} runs)")
' "$n"
