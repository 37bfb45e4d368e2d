#!/usr/bin/env python3
"""bench/modelcheck.py JAR QDIR [MIN] [--all]

Scores every model answer of the bank's technical scenarios (main answers and follow-ups, both
levels) against its own rubric with `score --batch`, and lists the ones under MIN (default 85)
with the points they missed. A model answer covers every point of its rubric by construction, so
one that scores low shows a guard or a matching rule holding a complete answer down.
Behavioural questions (kind: behavioral) are left out unless --all is given."""
import glob, json, subprocess, sys, yaml
args = [a for a in sys.argv[1:] if not a.startswith('-')]
jar, qdir = args[:2]
low = int(args[2]) if len(args) > 2 else 85
rows = []
for f in sorted(glob.glob(qdir + '/**/*.yaml', recursive=True)):
    d = yaml.safe_load(open(f))
    if not isinstance(d, dict) or 'levels' not in d:
        continue
    if d.get('kind') == 'behavioral' and '--all' not in sys.argv:
        continue
    for lv, L in d['levels'].items():
        if L.get('model_answer'):
            rows.append({'id': f"{d['id']}/{lv}", 'scenario': d['id'], 'level': lv, 'answer': L['model_answer']})
        for fu in L.get('follow_ups') or []:
            if fu.get('model_answer'):
                rows.append({'id': f"{d['id']}/{lv}/{fu['id']}", 'scenario': d['id'], 'level': lv,
                             'follow_up': fu['id'], 'answer': fu['model_answer']})
inp = '\n'.join(json.dumps(r) for r in rows)
out = subprocess.run(['java', '-jar', jar, 'score', '--batch', '-', '--questions', qdir],
                     input=inp, capture_output=True, text=True).stdout
res = [json.loads(l) for l in out.splitlines()]
scores = []
for d in res:
    if 'score' not in d:
        print('ERR', d); continue
    scores.append(d['score'])
    if d['score'] < low:
        missed = [p['id'] for p in d['points'] if not p['covered']]
        listed = [p['id'] for p in d['points'] if p.get('covered') == 'listed' or p.get('listed')]
        flags = [f['code'] for f in d.get('flags', [])]
        print(f"{d['score']:3d} {d['id']} missed={missed} flags={flags}")
main = [d['score'] for d in res if 'score' in d and d['id'].count('/') == 1]
fus = [d['score'] for d in res if 'score' in d and d['id'].count('/') == 2]
print(f"model answers: {len(scores)} (main {len(main)}, follow-up {len(fus)}); under {low}: "
      f"main {sum(s < low for s in main)}, follow-up {sum(s < low for s in fus)}; "
      f"min main {min(main)}, min follow-up {min(fus)}")
