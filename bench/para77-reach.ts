/**
 * para77: what a word-pair table could reach among the dev sets' rewordings the report misses. For each paraphrase miss
 * (bench/facts-paraphrase.ts's selection: u is added from R though a unit g of X tells all its facts), the reworded part is
 * u's content stems g lacks × g's content stems u lacks; a table reaches the miss when it links at least one such pair.
 * Also counted over the different-fact pairs the report must keep apart: for every added unit u that is right (no unit of X
 * tells it), its best row partner in X by unit similarity — a table that reaches those raises different facts too.
 *
 *   SYN_DIR=/tmp/para77 npx tsx bench/para77-reach.ts --tables=full,slotboth,C3L3 [--sets=dnc,…] [--list]
 * Tables as bench/facts-synonym-arg.ts names them (`full`: WordNet 3.1, lib/nlp/synonym-data.ts; NAME: $SYN_DIR/synNAME.ts).
 * Dev sets only (the nine and the eight BASIL dev sets).
 */
import { unitSimilarity, type Weighted } from '../lib/engine/align.ts';
import { synonymTable, type SynonymTable } from '../lib/nlp/synonyms.ts';
import { addedErrors, weighedByUnit } from './reading-inputs.ts';
import { BASIL_DEV_SETS, DEV_SETS, readingsOf } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = process.argv.includes('--list');
const ALL = [...DEV_SETS, ...BASIL_DEV_SETS];
const sets = arg('sets')?.split(',') ?? ALL;
for (const s of sets) if (!ALL.includes(s)) throw new Error(`${s}: not a dev set (held-out errors are never read)`);

const tables: Array<[string, SynonymTable]> = [];
for (const name of (arg('tables') ?? 'full').split(',')) {
  const file = name === 'full' ? '../lib/nlp/synonym-data.ts' : `${process.env.SYN_DIR ?? '/tmp/para77'}/syn${name}.ts`;
  tables.push([name, synonymTable(((await import(file)) as { SYNONYM_PAIRS: string }).SYNONYM_PAIRS)]);
}

const leftover = (a: Weighted, b: Weighted): Array<[string, string]> => {
  const la = new Set(a.f.lex.filter((w) => !/\d/.test(w)));
  const lb = new Set(b.f.lex.filter((w) => !/\d/.test(w)));
  const ua = [...la].filter((w) => !lb.has(w));
  const ub = [...lb].filter((w) => !la.has(w));
  return ua.flatMap((x) => ub.map((y) => [x, y] as [string, string]));
};
const hits = (t: SynonymTable, pairs: Array<[string, string]>) => pairs.filter(([x, y]) => t.get(x)?.has(y));

let misses = 0;
let others = 0;
const reachMiss = new Map<string, number>(tables.map(([n]) => [n, 0]));
const reachOther = new Map<string, number>(tables.map(([n]) => [n, 0]));
/** Counts, per table, a pair whose leftover stem pairs the table links; with --list, prints what it links. */
function tally(reach: Map<string, number>, lp: ReturnType<typeof leftover>, what: string, texts: string): void {
  for (const [n, t] of tables) {
    const h = hits(t, lp);
    if (!h.length) continue;
    reach.set(n, reach.get(n)! + 1);
    if (list) console.log(`${what} reached by ${n}: ${h.map((p) => p.join('/')).join(', ')}\n   ${texts}`);
  }
}
for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  const { w: wx } = weighedByUnit(fx, idf);
  const weighedRel = fr.map((f) => weighedByUnit(f, idf));
  for (const { R, k, u, pred, uu } of addedErrors(x, rep, rel, r)) {
    if (!pred || r.isNonfact(R.id, u.i) || uu.matches.length || uu.reworded?.length) continue;
    const fu = r.factsOf(R.id, u.i);
    const holders = x.units.filter((v) => [...fu].every((f) => r.factsOf(x.id, v.i).has(f)));
    if (holders.length === 0) continue;
    const w = weighedRel[k]!.w.get(u.i);
    const g = wx.get(holders[0]!.i);
    if (!w || !g) continue;
    misses++;
    tally(reachMiss, leftover(w, g), `[${name}] MISS`, `u: ${u.text.slice(0, 140)}\n   g: ${g.f.unit.text.slice(0, 140)}`);
  }
  // Right "added" units: no unit of X tells their facts; their nearest unit of X is a different fact.
  rel.forEach((R, k) => {
    for (const u of R.units) {
      if (r.isNonfact(R.id, u.i)) continue;
      const fu = r.factsOf(R.id, u.i);
      if (fu.size === 0 || x.units.some((v) => [...fu].some((f) => r.factsOf(x.id, v.i).has(f)))) continue;
      const w = weighedRel[k]!.w.get(u.i);
      if (!w) continue;
      let best: Weighted | null = null;
      let bs = -1;
      for (const v of wx.values()) {
        const s = unitSimilarity(v, w);
        if (s > bs) [bs, best] = [s, v];
      }
      if (!best) continue;
      others++;
      tally(reachOther, leftover(w, best), `[${name}] OTHER`, `u: ${u.text.slice(0, 140)}\n   v: ${best.f.unit.text.slice(0, 140)}`);
    }
  });
}
console.log(`\n${sets.length} dev sets: ${misses} missed rewordings, ${others} untold units (with their nearest unit, a different fact)`);
console.log('| table | pairs | misses reached | different facts reached |\n|---|---|---|---|');
for (const [n, t] of tables) {
  let p = 0;
  for (const s of t.values()) p += s.size;
  console.log(`| ${n} | ${p / 2} | ${reachMiss.get(n)} (${((100 * reachMiss.get(n)!) / Math.max(1, misses)).toFixed(1)} %) | ${reachOther.get(n)} (${((100 * reachOther.get(n)!) / Math.max(1, others)).toFixed(1)} %) |`);
}
