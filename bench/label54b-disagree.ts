/**
 * The gold items two labellings of one BASIL event disagree on (label54b), for reading and classing: for every reader X
 * and unit u of a related article R where one labelling says "u is added to X" and the other "not added" (items both
 * score), the unit, each labelling's groups for u and, for the "not added" side, which units of X carry the shared group.
 * Reads labels and texts only: no engine run (safe on held events).
 *   npx tsx bench/label54b-disagree.ts basil-schumer2 tests/data/engine/basil-schumer-labels.json tests/data/engine/basil-schumer2-labels.json
 * --unscored: also count the items one labelling scores and the other leaves unscored (a loose pair or no label), by
 * the loose pair of the unscoring side that touches the unit's groups.
 * The first argument names the texts (a BASIL_SETS entry); skips with a reason when the mirror or a file is absent.
 */
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { twoLabellings } from './two-labellings.ts';

const { name, fileA, fileB, articles, A, B } = twoLabellings('label54b-disagree');
const short = (id: string) => id.slice(0, 2);
/** Units of X sharing one of the groups of (R, u) in labelling L. */
const carriers = (L: Resolved, rid: string, i: number, xid: string) => {
  const gs = L.factsOf(rid, i);
  const x = articles.find((a) => a.id === xid)!;
  return x.units.filter((v) => [...L.factsOf(xid, v.i)].some((g) => gs.has(g))).map((v) => `${short(xid)}#${v.i} [${[...L.factsOf(xid, v.i)].filter((g) => gs.has(g)).join(' ')}] ${v.text.slice(0, 90)}`);
};
/** Every item (unit u of article r, read beside article x) with the two labellings' answers (null: not scored). */
function* items() {
  const all = articles!;
  for (const r of all)
    for (const u of r.units)
      for (const x of all) if (x !== r) yield { r, u, x, a: A.missing(r.id, u.i, x.id), b: B.missing(r.id, u.i, x.id) };
}
let k = 0;
for (const { r, u, x, a, b } of items()) {
  if (a === null || b === null || a === b) continue;
  k++;
  console.log(`\n#${k} ${short(r.id)}#${u.i} -> reader ${short(x.id)}: first says ${a ? 'ADDED' : 'not added'}, second ${b ? 'ADDED' : 'not added'}`);
  console.log(`   ${u.text}`);
  console.log(`   first  [${[...A.factsOf(r.id, u.i)].join(' ')}]${A.isNonfact(r.id, u.i) ? ' NONFACT' : ''}`);
  console.log(`   second [${[...B.factsOf(r.id, u.i)].join(' ')}]`);
  for (const line of carriers(a ? B : A, r.id, u.i, x.id)) console.log(`     ${a ? 'second' : 'first'} shared in ${line}`);
}
console.log(`\n${name}: ${k} disagreements on items both score`);

if (process.argv.includes('--unscored')) {
  const why = new Map<string, number>();
  const looseOf = (L: Resolved, f: string) => {
    const labels = (L as unknown as { labels: Labels }).labels;
    return labels.loose.filter((p) => p.includes(f)).map((p) => p.join(' ~ '));
  };
  for (const { r, u, x, a, b } of items()) {
    if ((a === null) === (b === null)) continue;
    const [side, L] = a === null ? ['first', A] : ['second', B];
    const there = L.factsIn(x.id);
    const pairs = [...L.factsOf(r.id, u.i)].filter((f) => !there.has(f)).flatMap((f) => looseOf(L, f)).filter((p) => p.split(' ~ ').some((g) => there.has(g)));
    const key = `${side} unscores (other says ${(a ?? b) ? 'added' : 'not added'}): ${pairs.length ? [...new Set(pairs)].join(' | ') : 'no label'}`;
    why.set(key, (why.get(key) ?? 0) + 1);
  }
  for (const [key, c] of [...why].sort((p, q) => q[1] - p[1])) console.log(`${String(c).padStart(4)}  ${key}`);
}
