#!/usr/bin/env python3
"""Times commands side by side with a baseline, alternating them, and prints medians.

usage: bench/alternate.py ROWS_FILE RUNS OUT_TSV

ROWS_FILE holds one row per line, tab-separated: name, kind, marker, prep, command.
  kind "exec": the command runs to completion (output discarded); timed from start to exit.
  kind "tmux": the command starts in a detached 100x30 tmux window; timed from launch until
    capture-pane, polled every 5 ms, shows the marker (the first frame).
  prep: a shell command run, untimed, before each timed run ("-" for none), e.g. removing a
    cache for a cold-start row.
The first row of each kind is that kind's baseline. Every round runs, for each other row, the
baseline and then the row, so both see the same machine load; one warm-up round is not counted.
Each result line: name, median ms, median ms of the baseline runs next to it, ratio, runs.
"""
import os
import statistics
import subprocess
import sys
import time

SOCK = "mlalt%d" % os.getpid()


def run_exec(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   stdin=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCK] + list(args), stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True)


def run_tmux(cmd, marker):
    tmux("kill-server")
    start = time.perf_counter()
    tmux("new-session", "-d", "-s", "b", "-x", "100", "-y", "30", cmd + "; sleep 30")
    while True:
        if marker in tmux("capture-pane", "-t", "b", "-p").stdout:
            break
        if time.perf_counter() - start > 30:
            print("bench: '%s' never showed for: %s" % (marker, cmd), file=sys.stderr)
            break
        time.sleep(0.005)
    elapsed = (time.perf_counter() - start) * 1000
    tmux("kill-server")
    return elapsed


def once(row):
    name, kind, marker, prep, cmd = row
    if prep != "-":
        subprocess.run(prep, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return run_exec(cmd) if kind == "exec" else run_tmux(cmd, marker)


def main():
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
    runs = int(sys.argv[2])
    baseline = {}
    for row in rows:
        baseline.setdefault(row[1], row)
    others = [r for r in rows if baseline[r[1]] is not r]
    times = {r[0]: [] for r in others}
    base_times = {r[0]: [] for r in others}
    for round_no in range(runs + 1):
        for row in others:
            b = once(baseline[row[1]])
            t = once(row)
            if round_no > 0:
                base_times[row[0]].append(b)
                times[row[0]].append(t)
    with open(sys.argv[3], "a") as out:
        for row in others:
            m = statistics.median(times[row[0]])
            b = statistics.median(base_times[row[0]])
            out.write("%s\t%.1f\t%.1f\t%.2f\t%d\n" % (row[0], m, b, m / b, runs))
    tmux("kill-server")


if __name__ == "__main__":
    main()
