# Compares graph-loader fraud results with planted-anomalies.csv (docs/risk-model.md, "Fraud patterns").
# Usage: python3 fraud-eval.py planted-anomalies.csv rings.out flags.out  (the .out files: output of
# graph-loader cypher --max-rows 100000 --file fraud-rings.cypher / fraud-flags.cypher)
import csv,re,sys
planted=list(csv.DictReader(open(sys.argv[1],encoding='utf-8')))
rings_out=[l for l in open(sys.argv[2]) if l.startswith('{key=ring/')]
found=[re.match(r'\{key=ring/([^,]+),',l).group(1).split('>') for l in rings_out]
def canon(m):
    i=m.index(min(m)); return tuple(m[i:]+m[:i])
pr={canon(p['members'].split(';')) for p in planted if p['kind']=='circular_trading'}
fr={canon(m) for m in found}
tp=len(pr&fr)
print(f"rings: planted {len(pr)} flagged {len(fr)} matched {tp} precision {tp/max(1,len(fr)):.3f} recall {tp/max(1,len(pr)):.3f}")
flags={}
for l in open(sys.argv[3]):
    m=re.match(r'\{pattern=(\w+), uscc=(\w+), ind=(\w+), detail=(.*)\}',l)
    if m: flags.setdefault(m.group(1),{})[m.group(2)]=(m.group(3),m.group(4))
ps={p['members'].split(';')[0] for p in planted if p['kind']=='implausible_goods'}
anyplanted={}
for p in planted:
    for u in p['members'].split(';'): anyplanted.setdefault(u,p['kind'])
ig=flags.get('implausible_goods',{})
tp=len(ps&set(ig))
print(f"implausible sellers: planted {len(ps)} flagged {len(ig)} matched {tp} precision {tp/max(1,len(ig)):.3f} recall {tp/max(1,len(ps)):.3f}")
for u,(ind,d) in sorted(ig.items()):
    if u not in ps: print('  FP',u,ind,d,anyplanted.get(u))
for p in planted:
    if p['kind']=='implausible_goods' and p['members'].split(';')[0] not in ig: print('  FN',p['detail'])
for k in flags:
    if k not in('implausible_goods','circular_trading'):
        f=flags[k]; print(k,len(f),'of which planted members:',sum(1 for u in f if u in anyplanted), {anyplanted.get(u) for u in f})
