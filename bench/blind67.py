#!/usr/bin/env python3
"""blind67: a blind reading of the cards audit67's change (rank.ts RANK_RULES.place off) moves in or out of the dev card
sheets' top 5 (docs/notes/audit67.md, "blind67"). The exact script that drew the sheet (Python's seeded shuffle, seed 67).

  python3 bench/blind67.py sheet MAIN-dump.json Q-dump.json OUTDIR   # 20 cards of each arm x section, grouped by event;
                                                                       # OUTDIR/sheet.txt for the judge, OUTDIR/key.json (arm)
  python3 bench/blind67.py score [bench/data/blind67-cards.tsv]        # R / P / W by arm and section

The dumps are `bench/cards63-cards.ts --dump=` on main (place on) and with `RANK_RULES.place` false. "ent" = a card the
change brings into a top 5, "lea" = one it removes. The judge saw the sheet only (no arm, no earlier verdict).
"""
import json, random, sys
from collections import Counter

def sheet(main_f, q_f, out):
    m = json.load(open(main_f)); q = json.load(open(q_f))
    qe = {d['event'] + '|' + d['half']: d for d in q}; me = {d['event'] + '|' + d['half']: d for d in m}
    pools = {}
    for d in m:
        k = d['event'] + '|' + d['half']; dq = qe[k]
        for sec in 'AL':
            mh = {c['hash']: c for c in d['cards'] if c['section'] == sec}
            qh = {c['hash']: c for c in dq['cards'] if c['section'] == sec}
            pools.setdefault(('ent', sec), []).extend((k, c) for h, c in qh.items() if h not in mh)
            pools.setdefault(('lea', sec), []).extend((k, c) for h, c in mh.items() if h not in qh)
    rng = random.Random(67); picked = []
    for key in sorted(pools):
        p = sorted(pools[key], key=lambda x: (x[0], x[1]['hash'])); rng.shuffle(p)
        picked += [(key, k, c) for k, c in p[:20]]
    rng.shuffle(picked)
    byev = {}
    for key, k, c in picked: byev.setdefault(k, []).append((key, c))
    keys = []; lines = []; cid = 0
    for k in sorted(byev):
        lines.append(f"\n==================== EVENT {k}")
        for a in me[k]['articles']:
            lines.append(f"-- {a['id']} {a.get('outlet')}")
            for u in a['units']: lines.append(f"   [{u['i']}]{'(nf)' if u.get('fact') is False else ''} {u['text']}")
        lines.append("-- CARDS TO JUDGE")
        for key, c in byev[k]:
            cid += 1
            sec = 'ADDED (other outlets tell it, the page does not)' if key[1] == 'A' else 'LEFT OUT (the page tells it, the outlets named do not)'
            mark = f" (new only: «{' … '.join(c['marked'])}»)" if c['marked'] else ''
            lines.append(f"  CARD {cid:03d} [{sec}] {c['text']}{mark}\n      told by {', '.join(c['told'])}; said not told by {', '.join(c['notTold'])}")
            keys.append({'card': cid, 'arm': key[0], 'sec': key[1], 'event': k, 'hash': c['hash']})
    open(f'{out}/sheet.txt', 'w').write('\n'.join(lines) + '\n')
    json.dump(keys, open(f'{out}/key.json', 'w'))

def score(f):
    rows = [l.rstrip('\n').split('\t') for l in open(f)][1:]
    t = {}
    for r in rows: t.setdefault((r[1], r[2]), Counter())[r[5]] += 1
    for arm in ('lea', 'ent'):
        for sec in ('A', 'L', 'AL'):
            c = sum((t.get((arm, s), Counter()) for s in sec), Counter()); n = sum(c.values())
            print(f"{arm} {sec:2} R {c['R']:2} P {c['P']:2} W {c['W']:2}  strict {c['R'] / n:.2f} lenient {(c['R'] + c['P']) / n:.2f}")

if sys.argv[1] == 'sheet': sheet(*sys.argv[2:5])
else: score(sys.argv[2] if len(sys.argv) > 2 else 'bench/data/blind67-cards.tsv')
