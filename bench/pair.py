#!/usr/bin/env python3
"""Times two builds' commands side by side and prints the median of their per-round ratios.

usage: bench/pair.py ROWS_FILE RUNS

ROWS_FILE as bench/alternate.py's (name, kind, marker, prep, command, tab-separated). Every round
runs each row once, the order rotated from round to round, after one warm-up round. A row named
"main X" is the reference of every other row named "Y X": for each the script prints the median of
the per-round ratios Y/main, which follows a change better than two medians do when the machine's
load drifts (branch ubank10, docs/performance.md). Rows named "hello ..." are printed as context.
"""
import importlib.util
import os
import statistics
import sys
from collections import defaultdict

spec = importlib.util.spec_from_file_location(
    "alternate", os.path.join(os.path.dirname(os.path.abspath(__file__)), "alternate.py"))
alternate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(alternate)


def main():
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
    runs = int(sys.argv[2])
    times = defaultdict(list)
    for round_no in range(runs + 1):
        shift = round_no % len(rows)
        for row in rows[shift:] + rows[:shift]:
            t = alternate.once(row)
            if round_no > 0:
                times[row[0]].append(t)
    alternate.tmux("kill-server")
    print("load average", " ".join(open("/proc/loadavg").read().split()[:3]))
    for name, t in times.items():
        q = statistics.quantiles(t, n=4)
        print("%-36s median %8.1f ms  q1-q3 %.1f-%.1f" % (name, statistics.median(t), q[0], q[2]))
    for name, t in times.items():
        build, _, what = name.partition(" ")
        ref = times.get("main " + what)
        if build not in ("main", "hello") and ref:
            ratio = statistics.median(b / m for b, m in zip(t, ref))
            print("%s/main %-30s median of per-round ratios %.3f" % (build, what, ratio))


if __name__ == "__main__":
    main()
