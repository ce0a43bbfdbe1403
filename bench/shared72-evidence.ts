/**
 * shared72: what evidence a Shared card's outlet line rests on, read against the labels (dev sets only).
 * One row per (Shared card, outlet line under it) with a label: right (the line tells the card's fact) or wrong.
 * Per row: the pair's similarity, the matrix size, and whether the two units share a predicate word (align.ts
 * PredicateVeto) — all of them, and those outside attribution clauses ("the commission said", "according to LN") —,
 * and the pair decision's probability (align.ts `sameFact`): its veto band (below VETO_BELOW), and the AUC of right against
 * wrong lines of the similarity and of that probability.
 *
 *   TMPDIR=/tmp/shared72 npx tsx bench/shared72-evidence.ts [--sets a,b] [--list]
 */
import { factMatrix, predicateWords, REPORT_ALIGN, sameFact, type Weighted } from '../lib/engine/align.ts';
import { VETO_BELOW } from '../lib/engine/fitted/align.ts';
import { clauses, isAttribution } from '../lib/engine/report.ts';
import { weighAll } from '../lib/engine/story.ts';
import { stems } from '../lib/nlp/index.ts';
import { BASIL_DEV_SETS, DEV_SETS, loadSet, readingsOf } from './facts-causes.ts';
import { labelsOf } from './reading-inputs.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const sets = (optionValue('--sets', args) ?? [...DEV_SETS, ...BASIL_DEV_SETS].join(',')).split(',');
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const veto = REPORT_ALIGN.predicates!;

/** Stems said only in a unit's attribution clauses. */
const attributionOnly = (text: string) => {
  const attr = new Set<string>();
  const rest = new Set<string>();
  for (const c of clauses(text)) for (const s of stems(c)) (isAttribution(c) ? attr : rest).add(s);
  return new Set([...attr].filter((s) => !rest.has(s)));
};
const sharedPred = (a: Weighted, b: Weighted, dropAttr: boolean) => {
  const pa = predicateWords(a, veto.share);
  const pb = predicateWords(b, veto.share);
  const [xa, xb] = dropAttr ? [attributionOnly(a.f.unit.text), attributionOnly(b.f.unit.text)] : [new Set<string>(), new Set<string>()];
  return [...pa].filter((x) => pb.has(x) && !xa.has(x) && !xb.has(x));
};
const tab = new Map<string, number>();
const probs: Array<{ grp: string; p: number; s: number; right: boolean }> = [];
const bump = (k: string) => tab.set(k, (tab.get(k) ?? 0) + 1);
const labelled = new Map<string, ReturnType<typeof labelsOf>['sameByLabels']>();
for await (const { name, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  if (!labelled.has(name)) labelled.set(name, labelsOf(name, (await loadSet(name))!).sameByLabels);
  const sameByLabels = labelled.get(name)!;
  const wx = weighAll(fx, idf);
  const wrs = fr.map((f) => weighAll(f, idf));
  for (const c of rep.shared)
    for (const s of c.sources) {
      const v = sameByLabels(x.id, c.i, s.id, s.i);
      if (v === null || s.told) continue;
      const k = rel.findIndex((a) => a.id === s.id);
      const { ai, bi, S } = factMatrix(wx, wrs[k]!, REPORT_ALIGN.wordBonus);
      const xi = ai.findIndex((w) => w.f.unit.i === c.i);
      const yi = bi.findIndex((w) => w.f.unit.i === s.i);
      if (xi < 0 || yi < 0) continue;
      const sv = S[xi]![yi]!;
      const cells = ai.length * bi.length;
      const gated = sv < veto.cap && cells > (veto.minCells ?? 0);
      const all = sharedPred(ai[xi]!, bi[yi]!, false);
      const noAttr = sharedPred(ai[xi]!, bi[yi]!, true);
      const kind = !gated ? 'above cap or small matrix' : noAttr.length ? 'shares a predicate word outside attribution' : all.length ? 'shares predicate words only in attribution' : 'shares none (wordBonus / other)';
      const grp = name.startsWith('basil') ? 'basil' : 'dev';
      bump(`${grp}\t${kind}\t${v ? 'right' : 'wrong'}`);
      const p = sameFact(ai[xi]!, bi[yi]!).probability;
      bump(`${grp}\tpair decision ${p < VETO_BELOW ? 'sure another fact (p < VETO_BELOW)' : p < 0.5 ? 'p < 0.5' : 'p ≥ 0.5'}\t${v ? 'right' : 'wrong'}`);
      probs.push({ grp, p, s: sv, right: v });
      if (args.includes('--list') && gated && all.length !== noAttr.length)
        console.log(`${v ? 'R' : 'W'} ${name} s=${sv.toFixed(3)} [${all.join(',')}] → [${noAttr.join(',')}]\n   ${c.text.slice(0, 110)}\n   ${bi[yi]!.f.unit.text.slice(0, 110)}`);
    }
}
console.log('\n| sets | evidence | right / wrong |\n|---|---|---|');
for (const [k, n] of [...tab].sort()) console.log(`| ${k.replaceAll('\t', ' | ')} | ${n} |`);
/** AUC of a score for right against wrong lines (ties count one half). */
const auc = (xs: typeof probs, f: (x: (typeof probs)[number]) => number) => {
  const r = xs.filter((x) => x.right).map(f);
  const w = xs.filter((x) => !x.right).map(f);
  let t = 0;
  for (const a of r) for (const b of w) t += a > b ? 1 : a === b ? 0.5 : 0;
  return t / Math.max(1, r.length * w.length);
};
for (const g of ['dev', 'basil']) {
  const xs = probs.filter((x) => x.grp === g);
  console.log(`${g}: AUC right vs wrong lines — similarity ${auc(xs, (x) => x.s).toFixed(3)}, pair decision ${auc(xs, (x) => x.p).toFixed(3)}`);
}
