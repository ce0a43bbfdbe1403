/**
 * Fits the coverage decision (lib/engine/coverage.ts): P(some fact of unit u of article O is missing
 * from article P), a logistic regression over `COVERAGE_FEATURES`, on the DEVELOPMENT sets only
 * (seeds, harbor, doobie, plague, dnc, ukvisit, meth; the held-out europa, comey and tariffs are never
 * loaded here). Every (reading X, related R) pair of a set gives two kinds of rows: units of X against
 * R ("left out by R") and units of R against X ("added"); the gold is the labels' (tests/data/engine/eval.ts
 * `Resolved.missing`), scored exactly as bench/eval.ts scores a report.
 *
 *   npx tsx bench/fit-coverage.ts                 leave-one-set-out (LOSO) table: cascade vs model per set
 *   npx tsx bench/fit-coverage.ts --select        greedy forward feature selection by mean LOSO F1
 *   npx tsx bench/fit-coverage.ts --features=a,b  LOSO of that feature set
 *   npx tsx bench/fit-coverage.ts --write         fit on all dev rows, write lib/engine/fitted/coverage.ts
 * Options: --l2=N (default 1), --rows=FILE (cache of the rows; rebuilt when absent).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex, relatedStory } from '../lib/engine/index.ts';
import { align, DEFAULT_ALIGN } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { buildReport, type CoverageRow, type StoryArticle } from '../lib/engine/report.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
import { COVERAGE_FEATURES, missingProbability, type CoverageFeature, type CoverageModel } from '../lib/engine/coverage.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { loadNewsWclSet, newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { fitLogistic } from './fit-lib.ts';
import type { Article } from '../lib/types.ts';

const DEV: Array<{ name: string; dir: string; newswcl?: boolean }> = [
  { name: 'seeds', dir: 'seeds' },
  { name: 'harbor', dir: 'tests/data/engine/harbor' },
  { name: 'doobie', dir: 'tests/data/engine/doobie' },
  { name: 'plague', dir: 'tests/data/engine/plague' },
  { name: 'dnc', dir: '', newswcl: true },
  { name: 'ukvisit', dir: '', newswcl: true },
  { name: 'meth', dir: 'tests/data/engine/meth' },
];

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const L2 = Number(arg('l2') ?? 1);
const ROWS = arg('rows') ?? '/tmp/parallax-coverage-rows.json';

/** A scored item: gold from the labels, cascade decision, features (null: the engine makes no coverage row — non-fact unit or conflict; never predicted). */
interface Item {
  set: string;
  dir: 'left' | 'added';
  gold: boolean;
  cascade: boolean;
  x: number[] | null;
}

async function setItems(name: string, dir: string, newswcl: boolean | undefined): Promise<Item[] | null> {
  let articles: Article[];
  if (newswcl) {
    const got = loadNewsWclSet(name);
    if (!got) {
      console.log(`${name}: skipped: ${newsWclMissing() ?? 'texts not found'}`);
      return null;
    }
    articles = got;
  } else articles = (await loadCorpusDir(dir)).articles;
  const labels = JSON.parse(readFileSync(`tests/data/engine/${name}-labels.json`, 'utf8')) as Labels;
  const r = new Resolved(labels, articles);
  const index = new MemoryIndex(articles);
  const items: Item[] = [];
  for (const a of articles) {
    // compare.ts compareArticle, with the report's coverage rows collected and the cascade deciding.
    const related = (await relatedStory(a, index)).filter((c) => c.related);
    const feats = reportFeatures(a, featuresOf(a));
    const relFeats = related.map((c) => reportFeatures(c.article, featuresOf(c.article)));
    const uidf = unitIdf([feats, ...relFeats]);
    const weighted = weighAll(feats, uidf);
    const story: StoryArticle[] = related.map((c, k) => ({ article: c.article, score: c.score, feats: relFeats[k]!, weighted: weighAll(relFeats[k]!, uidf) }));
    const rows: CoverageRow[] = [];
    const rep = buildReport({ article: a, feats, weighted, related: story, withHere: story.map((s) => align(weighted, s.weighted, DEFAULT_ALIGN)), params: DEFAULT_ALIGN, coverage: null, collect: (row) => rows.push(row) });
    const byKey = new Map(rows.map((row) => [`${row.dir}|${row.of}#${row.i}|${row.other}`, row.x]));
    const left = new Set(rep.leftOut.flatMap((l) => l.missingFrom.map((id) => `${l.i}@${id}`)));
    const added = new Set(rep.added.flatMap((c) => c.sources.map((s) => `${s.id}#${s.i}`)));
    for (const c of related) {
      // Added: units of the related article missing from the one read.
      for (const u of c.article.units) {
        const gold = r.missing(c.article.id, u.i, a.id);
        if (gold === null) continue;
        items.push({ set: name, dir: 'added', gold, cascade: added.has(`${c.article.id}#${u.i}`), x: byKey.get(`added|${c.article.id}#${u.i}|${a.id}`) ?? null });
      }
      // Left out: units of the one read missing from the related article.
      if (c.article.summaryOnly) continue;
      for (const u of a.units) {
        const gold = r.missing(a.id, u.i, c.article.id);
        if (gold === null) continue;
        items.push({ set: name, dir: 'left', gold, cascade: left.has(`${u.i}@${c.article.id}`), x: byKey.get(`left|${a.id}#${u.i}|${c.article.id}`) ?? null });
      }
    }
  }
  return items;
}

async function allItems(): Promise<Item[]> {
  if (existsSync(ROWS)) {
    const cached = JSON.parse(readFileSync(ROWS, 'utf8')) as { features: string[]; items: Item[] };
    if (cached.features.join() === COVERAGE_FEATURES.join()) return cached.items;
  }
  const items: Item[] = [];
  for (const s of DEV) {
    const got = await setItems(s.name, s.dir, s.newswcl);
    if (got) items.push(...got);
  }
  writeFileSync(ROWS, JSON.stringify({ features: COVERAGE_FEATURES, items }));
  return items;
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
function prf(pred: boolean[], items: Item[]) {
  let tp = 0,
    fp = 0,
    fn = 0;
  items.forEach((it, k) => {
    if (pred[k] && it.gold) tp++;
    else if (pred[k]) fp++;
    else if (it.gold) fn++;
  });
  return { p: tp + fp ? tp / (tp + fp) : 1, r: tp + fn ? tp / (tp + fn) : 1, f1: f1(tp, fp, fn) };
}

function fit(items: Item[], features: readonly CoverageFeature[], threshold: number): CoverageModel {
  const rows = items.filter((it) => it.x);
  const cols = features.map((f) => COVERAGE_FEATURES.indexOf(f));
  const { weights, bias } = fitLogistic(
    rows.map((it) => cols.map((c) => it.x![c]!)),
    rows.map((it) => (it.gold ? 1 : 0)),
    L2,
  );
  return { features, weights: weights.map((w) => Number(w.toPrecision(5))), bias: Number(bias.toPrecision(5)), threshold };
}

const predictWith = (m: CoverageModel) => (it: Item) => (it.x ? missingProbability(it.x, m) : 0);

/** LOSO: per dev set, the model fitted on the other sets; probabilities of that set's items. */
function loso(items: Item[], features: readonly CoverageFeature[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of new Set(items.map((it) => it.set))) {
    const m = fit(items.filter((it) => it.set !== s), features, 0.5);
    out.set(s, items.filter((it) => it.set === s).map(predictWith(m)));
  }
  return out;
}

/** Mean over sets of the mean of added F1 and left-out F1 at threshold t. */
function losoScore(items: Item[], probs: Map<string, number[]>, t: number) {
  const per: Array<{ set: string; added: ReturnType<typeof prf>; left: ReturnType<typeof prf>; cAdded: ReturnType<typeof prf>; cLeft: ReturnType<typeof prf> }> = [];
  for (const [s, p] of probs) {
    const its = items.filter((it) => it.set === s);
    const pick = (d: 'left' | 'added') => {
      const idx = its.map((it, k) => (it.dir === d ? k : -1)).filter((k) => k >= 0);
      const sub = idx.map((k) => its[k]!);
      return { model: prf(idx.map((k) => p[k]! >= t), sub), cascade: prf(sub.map((it) => it.cascade), sub) };
    };
    const a = pick('added');
    const l = pick('left');
    per.push({ set: s, added: a.model, left: l.model, cAdded: a.cascade, cLeft: l.cascade });
  }
  const mean = per.reduce((x, r) => x + (r.added.f1 + r.left.f1) / 2, 0) / per.length;
  return { per, mean };
}

const items = await allItems();
console.log(`${items.length} scored items (${items.filter((it) => it.x).length} with coverage rows) over ${new Set(items.map((it) => it.set)).size} dev sets`);
const TS = Array.from({ length: 17 }, (_, k) => 0.3 + k * 0.025);

function bestT(probs: Map<string, number[]>) {
  let best = { t: 0.5, mean: -1 };
  for (const t of TS) {
    const { mean } = losoScore(items, probs, t);
    if (mean > best.mean + 1e-9) best = { t: Number(t.toFixed(3)), mean };
  }
  return best;
}

function table(features: readonly CoverageFeature[]) {
  const probs = loso(items, features);
  const best = bestT(probs);
  for (const t of [0.5, best.t]) {
    const { per, mean } = losoScore(items, probs, t);
    console.log(`\nLOSO, threshold ${t} (features: ${features.join(', ')}; L2 ${L2}); mean F1 ${mean.toFixed(3)}`);
    console.log('| set | cascade added P / R / F1 | model added P / R / F1 | cascade left-out F1 | model left-out P / R / F1 |\n|---|---|---|---|---|');
    const f = (x: ReturnType<typeof prf>) => `${x.p.toFixed(2)} / ${x.r.toFixed(2)} / **${x.f1.toFixed(2)}**`;
    for (const r of per) console.log(`| ${r.set} | ${f(r.cAdded)} | ${f(r.added)} | ${r.cLeft.f1.toFixed(2)} | ${f(r.left)} |`);
    const cm = per.reduce((x, r) => x + (r.cAdded.f1 + r.cLeft.f1) / 2, 0) / per.length;
    console.log(`cascade mean F1 ${cm.toFixed(3)}`);
  }
  return best;
}

const given = arg('features')?.split(',') as CoverageFeature[] | undefined;
if (process.argv.includes('--select')) {
  let chosen: CoverageFeature[] = ['cascadeMissing'];
  let score = bestT(loso(items, chosen)).mean;
  console.log(`start ${chosen.join(',')}: ${score.toFixed(4)}`);
  for (;;) {
    let best: { f: CoverageFeature; s: number } | null = null;
    for (const f of COVERAGE_FEATURES) {
      if (chosen.includes(f)) continue;
      const s = bestT(loso(items, [...chosen, f])).mean;
      console.log(`  + ${f}: ${s.toFixed(4)}`);
      if (!best || s > best.s) best = { f, s };
    }
    // Few features beat many: a feature joins only when LOSO gains at least 0.002 mean F1.
    if (!best || best.s < score + 0.002) break;
    chosen = [...chosen, best.f];
    score = best.s;
    console.log(`add ${best.f}: ${score.toFixed(4)}`);
  }
  console.log(`\nselected: ${chosen.join(',')}`);
  table(chosen);
} else {
  const features = given ?? [...COVERAGE_FEATURES];
  const best = table(features);
  if (process.argv.includes('--write')) {
    const m = fit(items, features, best.t);
    const src = `/**
 * Fitted coverage decision (lib/engine/coverage.ts): P(some fact of a unit is missing from the other
 * article), logistic regression on raw feature values.
 * Fitted by \`npx tsx bench/fit-coverage.ts --write --features=${features.join(',')} --l2=${L2}\` on the
 * DEVELOPMENT sets' labels (seeds, harbor, doobie, plague, dnc, ukvisit, meth: ${items.filter((it) => it.x).length} rows,
 * both directions); features and L2 chosen by leave-one-set-out CV over those sets (\`--select\`), threshold
 * = the best mean LOSO F1 over 0.30–0.70 (${best.t}). Held-out sets (europa, comey, tariffs) never read.
 */
import type { CoverageModel } from '../coverage';

export const COVERAGE: CoverageModel | null = {
  features: ${JSON.stringify(m.features)},
  weights: ${JSON.stringify(m.weights)},
  bias: ${m.bias},
  threshold: ${m.threshold},
};
`;
    writeFileSync('lib/engine/fitted/coverage.ts', src);
    console.log('\nwrote lib/engine/fitted/coverage.ts');
  }
}
