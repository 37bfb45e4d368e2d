#!/usr/bin/env python3
"""bench/calibration.py JAR QDIR SET.jsonl [SPLIT] [-v]

Scores a graded calibration set (src/test/resources/calibration/*.jsonl) with `score --batch` and
prints what docs/scoring.md reports: Spearman's rho for all, main and follow-up answers (per split
when no SPLIT is given), grade-4 answers scoring under 45 (listed with -v), answers graded 3-4
scoring under 25 (the users' complaint the issue began with), strong plain-words vs strong jargon
means, and the mean and max of each adversarial kind (echo, filler, rejecting,
buzzword, fu-echo, fu-rejecting, fu-offtopic). `mockloop questions calibrate` gives the overall
rank statistics; this adds the per-split and per-kind figures."""
import json, subprocess, sys, statistics as st
args=[a for a in sys.argv[1:] if not a.startswith('-')]
verbose='-v' in sys.argv
jar,qdir,path=args[:3]; split=args[3] if len(args)>3 else None
rows=[json.loads(l) for l in open(path)]
inp='\n'.join(json.dumps({k:r[k] for k in ('id','scenario','level','answer','follow_up') if k in r}) for r in rows)
out=subprocess.run(['java','-jar',jar,'score','--batch','-','--questions',qdir],input=inp,capture_output=True,text=True).stdout
sc={}
for l in out.splitlines():
    d=json.loads(l)
    if 'score' in d: sc[d['id']]=d['score']
    else: print('ERR',d,file=sys.stderr)
def rank(xs):
    o=sorted(range(len(xs)),key=lambda i:xs[i]); r=[0]*len(xs); i=0
    while i<len(o):
        j=i
        while j+1<len(o) and xs[o[j+1]]==xs[o[i]]: j+=1
        for k in range(i,j+1): r[o[k]]=(i+j)/2+1
        i=j+1
    return r
def rho(rs):
    if len(rs)<3: return float('nan')
    a=rank([r['grade'] for r in rs]); b=rank([sc[r['id']] for r in rs])
    ma,mb=st.mean(a),st.mean(b)
    num=sum((x-ma)*(y-mb) for x,y in zip(a,b)); den=(sum((x-ma)**2 for x in a)*sum((y-mb)**2 for y in b))**.5
    return num/den
if split: rows=[r for r in rows if r.get('split')==split]
rows=[r for r in rows if r['id'] in sc]
fu=lambda r:'follow_up' in r
main=[r for r in rows if not fu(r)]; fus=[r for r in rows if fu(r)]
print(f"n={len(rows)} all {rho(rows):.3f} main {rho(main):.3f} fu {rho(fus):.3f}")
for sp in ('dev','v2','test'):
    rs=[r for r in rows if r.get('split')==sp]
    if rs and not split: print(f"  {sp}: all {rho(rs):.3f} main {rho([r for r in rs if not fu(r)]):.3f} fu {rho([r for r in rs if fu(r)]):.3f} grade4<45 {sum(r['grade']==4 and sc[r['id']]<45 for r in rs)}")
g4=[r for r in rows if r['grade']==4 and sc[r['id']]<45]
print(f"grade4<45: {len(g4)} lowest {min([sc[r['id']] for r in g4],default='-')}")
low=[r for r in rows if r['grade']>=3 and sc[r['id']]<25]
print(f"grade>=3 under 25: {len(low)} of {sum(r['grade']>=3 for r in rows)}")
if verbose:
    for r in sorted(g4,key=lambda r:sc[r['id']]): print(f"   {sc[r['id']]:3d} {r['id']} {r['scenario']} {r['level']} {r.get('follow_up','')} {r.get('kind','')}")
kinds={}
for r in rows: kinds.setdefault(r.get('kind') or r.get('intended'),[]).append(sc[r['id']])
pl=[sc[r['id']] for r in rows if r.get('kind')=='strong-plain' and r['grade']>=3]
jg=[sc[r['id']] for r in rows if r.get('kind')=='strong-jargon' and r['grade']>=3]
pl4=[sc[r['id']] for r in rows if r.get('kind')=='strong-plain' and r['grade']==4]
jg4=[sc[r['id']] for r in rows if r.get('kind')=='strong-jargon' and r['grade']==4]
if pl and jg: print(f"plain>=3 {st.mean(pl):.1f} (n{len(pl)}) jargon>=3 {st.mean(jg):.1f} (n{len(jg)}) gap {st.mean(jg)-st.mean(pl):.1f}; grade4: {st.mean(pl4) if pl4 else 0:.1f} vs {st.mean(jg4) if jg4 else 0:.1f}")
for k in ('echo','filler','rejecting','buzzword','fu-echo','fu-rejecting','fu-offtopic'):
    if k in kinds: print(f"  {k}: mean {st.mean(kinds[k]):.1f} max {max(kinds[k])} n{len(kinds[k])}")
if verbose and 'intended' in rows[0]:
    for k,v in sorted(kinds.items()): print(f"  {k}: mean {st.mean(v):.1f} n{len(v)}")
