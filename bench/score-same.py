#!/usr/bin/env python3
"""Checks that two builds of mockloop score every answer byte for byte the same.

    bench/score-same.py OLD.jar|OLD.jsonl NEW.jar [QUESTIONS]

Builds one JSON Lines batch from every calibration answer (src/test/resources/calibration/
*.jsonl) and, for every scenario-level of the bank (default: questions/), its model answer, an
echo of its prompt and context, and each follow-up's model answer and an echo of its question;
runs `score --batch` with each jar and compares the outputs line by line. Prints the first
differences and exits 1 if any line differs, 0 if all are identical. Speed work on the scorer
must keep this at 0 (docs/performance.md). The new build's output is kept in
target/bench/score-same.jsonl; passing a saved output (.jsonl) as OLD skips rerunning the old
build.
"""
import glob
import json
import os
import subprocess
import sys

import yaml


def lines(root, questions):
    out = []
    for path in sorted(glob.glob(os.path.join(root, "src/test/resources/calibration/*.jsonl"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    d = json.loads(line)
                    entry = {"id": f"{name}:{n}", "scenario": d["scenario"], "level": d["level"],
                             "answer": d["answer"]}
                    if d.get("follow_up"):
                        entry["follow_up"] = d["follow_up"]
                    out.append(entry)
    for path in sorted(glob.glob(os.path.join(questions, "**/*.yaml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            d = yaml.safe_load(f)
        if not isinstance(d, dict) or "levels" not in d or "id" not in d:
            continue
        for lv, s in d["levels"].items():
            base = {"scenario": d["id"], "level": lv}
            out.append({**base, "id": f"{d['id']}|{lv}|model",
                        "answer": s.get("model_answer") or ""})
            out.append({**base, "id": f"{d['id']}|{lv}|echo",
                        "answer": "Let me restate the situation. " + s["prompt"] + " "
                        + (s.get("context") or "")})
            for fu in s.get("follow_ups") or []:
                f_base = {**base, "follow_up": fu["id"]}
                out.append({**f_base, "id": f"{d['id']}|{lv}|{fu['id']}|model",
                            "answer": fu.get("model_answer") or ""})
                out.append({**f_base, "id": f"{d['id']}|{lv}|{fu['id']}|echo",
                            "answer": "So the question is: " + fu["ask"]})
    return out


def score(jar, questions, batch):
    p = subprocess.run(["java", "-jar", jar, "--questions", questions, "score", "--batch", "-"],
                       input=batch, capture_output=True)
    if p.returncode not in (0, 2):
        sys.exit(f"score-same: {jar} failed ({p.returncode}): {p.stderr.decode()[:2000]}")
    return p.stdout.decode("utf-8").splitlines()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    questions = sys.argv[3] if len(sys.argv) > 3 else os.path.join(root, "questions")
    entries = lines(root, questions)
    batch = ("\n".join(json.dumps(e) for e in entries) + "\n").encode("utf-8")
    if sys.argv[1].endswith(".jsonl"):
        with open(sys.argv[1], encoding="utf-8") as f:
            old = f.read().splitlines()
    else:
        old = score(sys.argv[1], questions, batch)
    new = score(sys.argv[2], questions, batch)
    os.makedirs(os.path.join(root, "target/bench"), exist_ok=True)
    with open(os.path.join(root, "target/bench/score-same.jsonl"), "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in new))
    errors = sum(1 for line in new if '"error"' in line and '"score"' not in line)
    diffs = [(i, a, b) for i, (a, b) in enumerate(zip(old, new)) if a != b]
    if len(old) != len(new):
        diffs.append((min(len(old), len(new)), f"{len(old)} lines", f"{len(new)} lines"))
    for i, a, b in diffs[:5]:
        print(f"line {i + 1} differs:\n  old: {a[:600]}\n  new: {b[:600]}")
    print(f"score-same: {len(entries)} answers ({errors} error lines in both), "
          f"{len(diffs)} different")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
