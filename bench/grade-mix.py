#!/usr/bin/env python3
"""bench/grade-mix.py JAR QDIR SET.jsonl [SET.jsonl ...]

How much of a set's Spearman is the scorer and how much the set's grade mix. A set made mostly of
grade-4 answers cannot reach the rho of a set spread over every grade, however good the scorer:
most of its pairs are ties in grade, and Spearman counts their spread of scores against it. For
each set and part (main, follow-up) this prints:

- rho: Spearman's rho between grades and scores, as bench/calibration.py prints it;
- concordance: of the pairs of answers with different grades, the share the score orders the same
  way (ties in score count half), which a grade mix does not bias;
- reference: the rho the reference set (blind.jsonl, its non-adversarial answers) gives when drawn
  with replacement to this set's grade mix, median and 90% interval of 2,000 draws. blind.jsonl is
  the set the scorer was fitted on, so the reference is an optimistic bar: a held-out set that
  reaches it generalizes as well as the fitting set.
"""
import json, random, subprocess, sys, statistics as st

ADVERSARIAL = {"echo", "filler", "rejecting", "buzzword", "fu-echo", "fu-rejecting", "fu-offtopic"}
REFERENCE = "src/test/resources/calibration/blind.jsonl"


def scored(jar, qdir, path):
    rows = [json.loads(l) for l in open(path)]
    keys = ("id", "scenario", "level", "answer", "follow_up")
    inp = "\n".join(json.dumps({k: r[k] for k in keys if k in r}) for r in rows)
    out = subprocess.run(["java", "-jar", jar, "score", "--batch", "-", "--questions", qdir],
                         input=inp, capture_output=True, text=True).stdout
    sc = {d["id"]: d.get("score") for d in map(json.loads, out.splitlines())}
    return [(r, sc[r["id"]]) for r in rows if sc.get(r["id"]) is not None]


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def rho(g, s):
    a, b = ranks(g), ranks(s)
    ma, mb = st.mean(a), st.mean(b)
    num = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    den = (sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** 0.5
    return num / den if den else float("nan")


def concordance(g, s):
    good = total = 0.0
    for i in range(len(g)):
        for j in range(i + 1, len(g)):
            if g[i] != g[j]:
                total += 1
                d = (g[i] - g[j]) * (s[i] - s[j])
                good += 1 if d > 0 else 0.5 if d == 0 else 0
    return good / total if total else float("nan")


def main():
    jar, qdir, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
    reference = scored(jar, qdir, REFERENCE)
    rng = random.Random(7)
    parts = (("main", lambda r: "follow_up" not in r), ("follow-up", lambda r: "follow_up" in r))
    for path in sets:
        rows = scored(jar, qdir, path)
        for part, wanted in parts:
            xs = [(r["grade"], s) for r, s in rows if wanted(r)]
            if len(xs) < 3:
                continue
            mix = {}
            for g, _ in xs:
                mix[g] = mix.get(g, 0) + 1
            pool = {}
            for r, s in reference:
                if wanted(r) and r.get("kind") not in ADVERSARIAL:
                    pool.setdefault(r["grade"], []).append(s)
            for r, s in reference:  # a grade only adversarial answers have (0): those
                if wanted(r) and r["grade"] not in pool and r.get("kind") in ADVERSARIAL:
                    pool.setdefault(("adv", r["grade"]), []).append(s)
            for key in [k for k in pool if isinstance(k, tuple)]:
                pool[key[1]] = pool.pop(key)
            draws = []
            for _ in range(2000):
                g, s = [], []
                for grade, n in mix.items():
                    near = pool.get(grade) or pool.get(int(grade), []) + pool.get(int(grade) + 1, [])
                    for v in rng.choices(near, k=n):
                        g.append(grade)
                        s.append(v)
                draws.append(rho(g, s))
            draws.sort()
            grades, scores = [g for g, _ in xs], [s for _, s in xs]
            shown = " ".join(f"{g:g}:{n}" for g, n in sorted(mix.items()))
            print(f"{path.split('/')[-1]:22} {part:9} n={len(xs):3d} rho {rho(grades, scores):.3f}"
                  f"  concordance {concordance(grades, scores):.3f}"
                  f"  reference {draws[1000]:.3f} [{draws[100]:.3f}, {draws[1900]:.3f}]  mix {shown}")


if __name__ == "__main__":
    main()
