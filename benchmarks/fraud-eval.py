# Compares graph-loader fraud results with planted-anomalies.csv (docs/risk-model.md, "Fraud patterns").
# Usage: python3 fraud-eval.py planted-anomalies.csv rings.out flags.out [clusters.out sellers.out]  (the .out
# files: output of graph-loader cypher --max-rows 100000 --file fraud-rings.cypher / fraud-flags.cypher /
# fraud-clusters.cypher / fraud-sellers.cypher)
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
pm={u for r in pr for u in r}
fm={u for r in fr for u in r}
tp=len(pm&fm)
print(f"ring members: planted {len(pm)} flagged {len(fm)} matched {tp} precision {tp/max(1,len(fm)):.3f} recall {tp/max(1,len(pm)):.3f}")
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
sc={p['members'].split(';')[0]:set(p['members'].split(';')) for p in planted if p['kind']=='shell_cluster'}
shell_firms=set().union(*sc.values()) if sc else set()
fl=set(flags.get('shell_cluster',{}))
tp=len(shell_firms&fl)
print(f"shell-cluster firms: planted {len(shell_firms)} flagged {len(fl)} matched {tp} precision {tp/max(1,len(fl)):.3f} recall {tp/max(1,len(shell_firms)):.3f}")
for u in sorted(fl-shell_firms): print('  FP',u,anyplanted.get(u),flags['shell_cluster'][u][1][:120])
if len(sys.argv)>5:
    found=[]
    for l in open(sys.argv[4]):
        m=re.match(r'\{key=(\S+), members=\[([^\]]*)\], severity=(\w+)\}',l.strip())
        if m: found.append((m.group(1),set(m.group(2).split(', ')),m.group(3)))
    exact=sum(1 for k,ms,sev in found if ms in sc.values())
    hit=sum(1 for ms in sc.values() if any(ms<=f for k,f,sev in found))
    print(f"shell clusters: planted {len(sc)} found {len(found)} (high {sum(1 for f in found if f[2]=='high')}) with exactly the planted members {exact}; planted clusters inside a found one {hit}: precision {exact/max(1,len(found)):.3f} recall {hit/max(1,len(sc)):.3f}")
    sellers={l.strip()[len('{seller='):-1] for l in open(sys.argv[5]) if l.startswith('{seller=')}
    ordinary=sellers-set(anyplanted)
    bf=set(flags.get('benford',{}))
    print(f"benford: sellers with >= 100 invoices {len(sellers)} (ordinary {len(ordinary)}); flagged {len(bf)}, ordinary among them {len(bf&ordinary)}: false-positive rate {len(bf&ordinary)/max(1,len(ordinary)):.4f}; planted flagged {sorted(anyplanted[u] for u in bf if u in anyplanted)}")
