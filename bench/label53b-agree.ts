/**
 * Two labellings of one BASIL event, side by side (label53b): label53 and label53b labelled two events independently
 * and unknowingly (basil-muellerreport = basil-release, e71d149d; basil-wikileaks = basil-donjr, dd1e6e3b). For every
 * gold item the scorer uses (reader X, related R, unit u of R: is u added to X?), each labelling's answer (added / not
 * / unscored), their agreement and Cohen's kappa on the items both score; then main's engine scored against each.
 *   npx tsx bench/label53b-agree.ts basil-release tests/data/engine/basil-muellerreport-labels.json tests/data/engine/basil-release-labels.json
 * The first argument names the texts (a BASIL_SETS entry); skips with a reason when the mirror or a file is absent.
 * --no-engine: the agreement only, no engine run (for held events, e.g. label54b's second labelling of basil-schumer):
 *   npx tsx bench/label53b-agree.ts basil-schumer2 tests/data/engine/basil-schumer-labels.json tests/data/engine/basil-schumer2-labels.json --no-engine
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { evaluate, sum } from '../tests/data/engine/eval.ts';
import { twoLabellings } from './two-labellings.ts';

const { name, fileA, fileB, articles, A, B } = twoLabellings('label53b-agree');
const noEngine = process.argv.includes('--no-engine');
for (const [f, r] of [[fileA, A], [fileB, B]] as const) if (r.problems.length) console.log(`${f}: ${r.problems.join('; ')}`);

const cell = (g: boolean | null) => (g === null ? 'u' : g ? 'y' : 'n');
const table = new Map<string, number>();
for (const x of articles)
  for (const r of articles) {
    if (r === x) continue;
    for (const u of r.units) {
      const k = `${cell(A.missing(r.id, u.i, x.id))}${cell(B.missing(r.id, u.i, x.id))}`;
      table.set(k, (table.get(k) ?? 0) + 1);
    }
  }
const n = (k: string) => table.get(k) ?? 0;
const both = n('yy') + n('yn') + n('ny') + n('nn');
const po = (n('yy') + n('nn')) / both;
const pa = (n('yy') + n('yn')) / both;
const pb = (n('yy') + n('ny')) / both;
const pe = pa * pb + (1 - pa) * (1 - pb);
console.log(`${name}: gold items (reader, related unit) ${[...table.values()].reduce((s, v) => s + v, 0)}; rows = first labelling, columns = second (y added, n not, u unscored)`);
console.log(`| | y | n | u |\n|---|---|---|---|`);
for (const a of ['y', 'n', 'u']) console.log(`| ${a} | ${n(`${a}y`)} | ${n(`${a}n`)} | ${n(`${a}u`)} |`);
console.log(`both score ${both}: agree ${n('yy') + n('nn')} (${po.toFixed(3)}), Cohen's kappa ${((po - pe) / (1 - pe)).toFixed(3)}; added share ${pa.toFixed(3)} / ${pb.toFixed(3)}`);

if (noEngine) process.exit(0);
const index = new MemoryIndex(articles);
const per: Array<{ a: ReturnType<typeof evaluate>; b: ReturnType<typeof evaluate> }> = [];
for (const x of articles) {
  const rep = await compareArticle(x, index);
  per.push({ a: evaluate(rep, A), b: evaluate(rep, B) });
}
const f1 = (s: { precision: number; recall: number }) => (2 * s.precision * s.recall) / (s.precision + s.recall || 1);
for (const [lab, pick] of [[fileA, (p: (typeof per)[number]) => p.a], [fileB, (p: (typeof per)[number]) => p.b]] as const) {
  const ad = sum(per.map((p) => pick(p).added));
  const lo = sum(per.map((p) => pick(p).leftOut));
  console.log(`engine against ${lab}: added P ${ad.precision.toFixed(3)} R ${ad.recall.toFixed(3)} F1 ${f1(ad).toFixed(4)}; left out F1 ${f1(lo).toFixed(4)}`);
}
