/**
 * The speaker ranker (lib/quotes/ranker.ts) fitted on the large PolNeAR-train proxy (bench/speakers-proxy.ts: thousands
 * of direct quotes labelled from the annotated source span) instead of the ~900 hand-judged quotes, and measured:
 * leave one outlet out on the proxy (seven outlets: fitted on six, scored on the seventh), against the rules alone and
 * the shipped weights (lib/quotes/fitted-speakers.ts). The judged samples are scored with the written model by
 * `npx tsx bench/fit-speakers.ts --model F` (they were never part of this fit, except polnear9's 70 quotes, which
 * lie in train articles).
 *
 *   npx tsx bench/fit-speakers-proxy.ts                 # LOOO table, the weights fitted on all of train
 *   npx tsx bench/fit-speakers-proxy.ts --write F.json  # … and write the model to F (for fit-speakers.ts --model F)
 *   npx tsx bench/fit-speakers-proxy.ts --drop a,b      # ablation: those features zeroed
 *   npx tsx bench/fit-speakers-proxy.ts --l2 0.01       # regularisation (default 1e-3, as fit-speakers.ts)
 */
import { writeFileSync } from 'node:fs';
import { extractQuotes } from '../lib/quotes/extract.ts';
import { SPEAKER_MODEL } from '../lib/quotes/fitted-speakers.ts';
import { FEATURES, pickSpeaker, type Candidate, type SpeakerModel } from '../lib/quotes/ranker.ts';
import { type PolnearDoc, polnearOrSkip } from './data/polnear.ts';
import { fitLogistic } from './logistic.ts';
import { attributed, labelOf, proxyRight, type ProxyLabel } from './speakers-proxy.ts';

/** One labelled PolNeAR-train quote: its outlet, label, the rules' answer, whether the rules read an attribution to nobody, its candidates. */
export interface Row {
  outlet: string;
  label: ProxyLabel;
  rule: string | null;
  nobody: boolean;
  cands: Candidate[];
}

/** The ranker's candidates of every labelled direct quote (pronoun labels left out: the annotation does not say who). */
export function proxyCandidateRows(docs: PolnearDoc[], o: { unattributed?: boolean; dropped?: Set<number> } = {}): Row[] {
  const NOBODY = FEATURES.indexOf('ruleNobody');
  const rows: Row[] = [];
  for (const doc of docs) {
    const got: Array<{ start: number; end: number; rule: string | null; cands: Candidate[] }> = [];
    extractQuotes(doc.article, { model: null, onCandidates: (q, cands) => got.push({ start: q.start, end: q.end, rule: q.speaker, cands }) });
    for (const g of got) {
      // unattributed: a quote the annotators attached to no attribution (scare quotes, titles, terms) as nobody's.
      const l = labelOf(doc, g) ?? (o.unattributed && !attributed(doc, g) ? { label: { kind: 'unnamed' as const, name: null } } : null);
      if (!l || l.label.kind === 'pronoun') continue;
      const cands = o.dropped?.size ? g.cands.map((c) => ({ name: c.name, x: c.x.map((v, i) => (o.dropped!.has(i) ? 0 : v)) })) : g.cands;
      rows.push({ outlet: doc.publisher, label: l.label, rule: g.rule, nobody: g.cands[0]?.x[NOBODY] === 1, cands });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
const args = process.argv.slice(2);
const opt = (f: string) => (args.indexOf(f) >= 0 ? args[args.indexOf(f) + 1] : undefined);
const docs = polnearOrSkip('train', 'fit-speakers-proxy');
const dropped = new Set((opt('--drop') ?? '').split(',').filter(Boolean).map((f) => FEATURES.indexOf(f as (typeof FEATURES)[number])));
if (dropped.has(-1)) throw new Error(`--drop: unknown feature (${FEATURES.join(', ')})`);
const l2 = Number(opt('--l2') ?? 1e-3);
const rows: Row[] = proxyCandidateRows(docs, { unattributed: args.includes('--unattributed'), dropped });

const decide = (r: Row, model: SpeakerModel | null) => (r.nobody || !model ? r.rule : pickSpeaker(r.cands, model));
const right = (r: Row, got: string | null) => proxyRight(got, r.label) === true;

function fit(train: Row[]): SpeakerModel {
  const xs: number[][] = [];
  const ys: boolean[] = [];
  for (const r of train) {
    if (r.nobody) continue;
    for (const c of r.cands) {
      xs.push(c.x);
      ys.push(right(r, c.name));
    }
  }
  const { weights, bias } = fitLogistic(xs, ys, l2);
  return { weights: Object.fromEntries(FEATURES.map((f, i) => [f, weights[i]!])) as SpeakerModel['weights'], bias, threshold: 0.5 };
}

console.log(`PolNeAR train: ${rows.length} labelled direct quotes (named ${rows.filter((r) => r.label.kind === 'named').length}, unnamed ${rows.filter((r) => r.label.kind === 'unnamed').length}), ${rows.reduce((n, r) => n + r.cands.length, 0)} candidates`);
console.log('leave one outlet out (proxy right of labelled quotes):');
console.log('outlet         quotes  rules    shipped  proxy-fit');
const tot = [0, 0, 0, 0];
for (const o of [...new Set(rows.map((r) => r.outlet))].sort()) {
  const test = rows.filter((r) => r.outlet === o);
  const m = fit(rows.filter((r) => r.outlet !== o));
  const a = test.filter((r) => right(r, decide(r, null))).length;
  const b = test.filter((r) => right(r, decide(r, SPEAKER_MODEL))).length;
  const c = test.filter((r) => right(r, decide(r, m))).length;
  tot[0]! += test.length;
  tot[1]! += a;
  tot[2]! += b;
  tot[3]! += c;
  const f = (x: number) => `${x} (${(x / test.length).toFixed(3)})`;
  console.log(`${o.padEnd(14)} ${String(test.length).padStart(6)}  ${f(a)}  ${f(b)}  ${f(c)}`);
}
console.log(`all            ${tot[0]}  ${tot[1]} (${(tot[1]! / tot[0]!).toFixed(3)})  ${tot[2]} (${(tot[2]! / tot[0]!).toFixed(3)})  ${tot[3]} (${(tot[3]! / tot[0]!).toFixed(3)})`);
const all = fit(rows);
console.log('\nfitted on all of train (shipped in brackets):');
for (const f of FEATURES) console.log(`  ${f.padEnd(14)} ${all.weights[f].toFixed(3)}  (${SPEAKER_MODEL?.weights[f].toFixed(3)})`);
console.log(`  ${'bias'.padEnd(14)} ${all.bias.toFixed(3)}  (${SPEAKER_MODEL?.bias.toFixed(3)})`);
if (opt('--write')) {
  writeFileSync(opt('--write')!, JSON.stringify(all, null, 1));
  console.log(`written ${opt('--write')}`);
}
}
