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
 *   npx tsx bench/fit-coverage.ts --nested        nested LOSO: features and threshold chosen on the other six sets only
 *                                                 (with --features=…: that feature set, only the threshold chosen inside)
 *   npx tsx bench/fit-coverage.ts --auc           each feature's AUC within each cascade outcome
 *   npx tsx bench/fit-coverage.ts --write         fit on all dev rows, write lib/engine/fitted/coverage.ts
 * Options: --stratum=covered|missing|all (default covered: re-decide the units the cascade calls told;
 * all: one model over every unit, the cascade's decision among its inputs), --products (selection may
 * take products of two features), --l2=N (default 1), --rows=FILE (cache of the rows; rebuilt when absent).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex, relatedStory } from '../lib/engine/index.ts';
import { align, REPORT_ALIGN } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { buildReport, type CoverageRow, type StoryArticle } from '../lib/engine/report.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
import { COVERAGE_FEATURES, stratumProbability, inputValue, type CoverageInput as CoverageFeature, type CoverageStratum } from '../lib/engine/coverage.ts';
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
    const rep = buildReport({ article: a, feats, weighted, related: story, withHere: story.map((s) => align(weighted, s.weighted, REPORT_ALIGN)), params: REPORT_ALIGN, coverage: null, collect: (row) => rows.push(row) });
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

/** 'covered' / 'missing': the units of that cascade outcome; 'all': one model over every unit (the cascade's decision as a feature). */
type Stratum = 'covered' | 'missing' | 'all';
const inStratum = (st: Stratum) => (it: Item) => it.x !== null && (st === 'all' || it.cascade === (st === 'missing'));

function fit(items: Item[], st: Stratum, features: readonly CoverageFeature[], threshold: number): CoverageStratum {
  const rows = items.filter(inStratum(st));
  const { weights, bias } = fitLogistic(
    rows.map((it) => features.map((f) => inputValue(it.x!, f))),
    rows.map((it) => (it.gold ? 1 : 0)),
    L2,
  );
  return { features, weights: weights.map((w) => Number(w.toPrecision(5))), bias: Number(bias.toPrecision(5)), threshold };
}

/** LOSO: per dev set, the stratum's model fitted on the other sets; P(missing) of that set's items in the stratum (NaN elsewhere). */
function loso(items: Item[], st: Stratum, features: readonly CoverageFeature[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of new Set(items.map((it) => it.set))) {
    const m = fit(items.filter((it) => it.set !== s), st, features, 0.5);
    out.set(s, items.filter((it) => it.set === s).map((it) => (inStratum(st)(it) ? stratumProbability(it.x!, m) : NaN)));
  }
  return out;
}

type PRF = ReturnType<typeof prf>;
/** Per set: added and left-out P/R/F1 with the stratum re-decided at threshold t (the other stratum as the cascade). */
function losoScore(items: Item[], probs: Map<string, number[]>, t: number) {
  const per: Array<{ set: string; added: PRF; left: PRF; cAdded: PRF; cLeft: PRF }> = [];
  for (const [s, p] of probs) {
    const its = items.filter((it) => it.set === s);
    const pick = (d: 'left' | 'added') => {
      const idx = its.map((it, k) => (it.dir === d ? k : -1)).filter((k) => k >= 0);
      const sub = idx.map((k) => its[k]!);
      return { model: prf(idx.map((k) => (Number.isNaN(p[k]!) ? its[k]!.cascade : p[k]! >= t)), sub), cascade: prf(sub.map((it) => it.cascade), sub) };
    };
    const a = pick('added');
    const l = pick('left');
    per.push({ set: s, added: a.model, left: l.model, cAdded: a.cascade, cLeft: l.cascade });
  }
  const mean = per.reduce((x, r) => x + (r.added.f1 + r.left.f1) / 2, 0) / per.length;
  const cmean = per.reduce((x, r) => x + (r.cAdded.f1 + r.cLeft.f1) / 2, 0) / per.length;
  return { per, mean, cmean };
}

const items = await allItems();
console.log(`${items.length} scored items (${items.filter((it) => it.x).length} with coverage rows) over ${new Set(items.map((it) => it.set)).size} dev sets`);
const TS = Array.from({ length: 19 }, (_, k) => 0.05 + k * 0.05);

function bestT(probs: Map<string, number[]>, its: Item[] = items) {
  let best = { t: 0.5, mean: -1 };
  for (const t of TS) {
    const { mean } = losoScore(its, probs, t);
    if (mean > best.mean + 1e-9) best = { t: Number(t.toFixed(3)), mean };
  }
  return best;
}

function table(st: Stratum, features: readonly CoverageFeature[]) {
  const probs = loso(items, st, features);
  const best = bestT(probs);
  for (const t of [0.5, best.t]) {
    const { per, mean, cmean } = losoScore(items, probs, t);
    console.log(`\nLOSO, stratum "${st}" re-decided at threshold ${t} (features: ${features.join(', ')}; L2 ${L2}); mean F1 ${mean.toFixed(3)}, cascade ${cmean.toFixed(3)}`);
    console.log('| set | cascade added P / R / F1 | model added P / R / F1 | cascade left-out F1 | model left-out P / R / F1 |\n|---|---|---|---|---|');
    const f = (x: PRF) => `${x.p.toFixed(2)} / ${x.r.toFixed(2)} / **${x.f1.toFixed(2)}**`;
    for (const r of per) console.log(`| ${r.set} | ${f(r.cAdded)} | ${f(r.added)} | ${r.cLeft.f1.toFixed(2)} | ${f(r.left)} |`);
  }
  return best;
}

const st = (arg('stratum') ?? 'covered') as Stratum;
/** Greedy forward selection by mean LOSO F1 over the sets of `its`; a feature joins only when it gains ≥ 0.002. */
function select(its: Item[], st: Stratum, products: boolean, log = true): { chosen: CoverageFeature[]; t: number; score: number; grew: boolean } {
  let chosen: CoverageFeature[] = st === 'all' ? ['cascadeMissing'] : [];
  let score = losoScore(its, loso(its, st, ['cascadeMissing']), 2).cmean;
  let t = 2;
  if (log) console.log(`stratum ${st}: cascade ${score.toFixed(4)}`);
  const base = st === 'all' ? [...COVERAGE_FEATURES] : COVERAGE_FEATURES.filter((f) => !['cascadeMissing', 'secondFact', 'aligned', 'reworded'].includes(f));
  const cands: CoverageFeature[] = products ? [...base, ...base.flatMap((a, i) => base.slice(i + 1).map((b) => `${a}*${b}` as CoverageFeature))] : base;
  for (;;) {
    let best: { f: CoverageFeature; s: number; t: number } | null = null;
    for (const f of cands) {
      if (chosen.includes(f)) continue;
      const b = bestT(loso(its, st, [...chosen, f]), its);
      if (log) console.log(`  + ${f}: ${b.mean.toFixed(4)} (t ${b.t})`);
      if (!best || b.mean > best.s) best = { f, s: b.mean, t: b.t };
    }
    if (!best || best.s < score + 0.002) break;
    chosen = [...chosen, best.f];
    score = best.s;
    t = best.t;
    if (log) console.log(`add ${best.f}: ${score.toFixed(4)} (t ${best.t})`);
  }
  return { chosen, t, score, grew: t !== 2 };
}

/** Rank AUC of one feature for gold "missing" (0.5: no information; below 0.5: higher values mean told). */
function auc(xs: number[], ys: boolean[]): number {
  const idx = xs.map((x, i) => [x, ys[i]!] as const).sort((a, b) => a[0] - b[0]);
  let pos = 0,
    sum = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    for (let k = i; k <= j; k++) if (idx[k]![1]) {
      pos++;
      sum += (i + j) / 2 + 1;
    }
    i = j + 1;
  }
  const neg = idx.length - pos;
  return pos && neg ? (sum - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

if (process.argv.includes('--auc')) {
  // How well each feature alone tells gold "missing" from "told", within each outcome of the cascade.
  for (const stratum of ['covered', 'missing'] as const) {
    const its = items.filter(inStratum(stratum));
    console.log(`\ncascade says ${stratum}: ${its.length} rows, ${its.filter((it) => it.gold).length} gold missing`);
    console.log(COVERAGE_FEATURES.map((f, k) => `${f} ${auc(its.map((it) => it.x![k]!), its.map((it) => it.gold)).toFixed(2)}`).join(', '));
  }
  process.exit(0);
}

const given = arg('features')?.split(',') as CoverageFeature[] | undefined;
if (process.argv.includes('--nested')) {
  // The honest estimate of the whole procedure: for each dev set, features and threshold are chosen by
  // LOSO over the OTHER six sets only, the model fitted on those six, and the seventh scored.
  const products = process.argv.includes('--products');
  const probs = new Map<string, number[]>();
  const per: string[] = [];
  for (const s of new Set(items.map((it) => it.set))) {
    const train = items.filter((it) => it.set !== s);
    // --features given: only the threshold is chosen inside the fold (and the cascade kept when it does better there).
    const sel = given
      ? (() => {
          const b = bestT(loso(train, st, given), train);
          return { chosen: given, t: b.t, grew: b.mean > losoScore(train, loso(train, st, given), 2).cmean };
        })()
      : select(train, st, products, false);
    const test = items.filter((it) => it.set === s);
    if (!sel.grew) probs.set(s, test.map(() => NaN));
    else {
      const m = fit(train, st, sel.chosen, sel.t);
      // Threshold per fold: encode the decision as a probability against 0.5.
      probs.set(s, test.map((it) => (inStratum(st)(it) ? (stratumProbability(it.x!, m) >= m.threshold ? 1 : 0) : NaN)));
    }
    per.push(`${s}: ${sel.grew ? `${sel.chosen.join(',')} t ${sel.t}` : '(cascade)'}`);
  }
  const { per: rows, mean, cmean } = losoScore(items, probs, 0.5);
  console.log(`\nnested LOSO, stratum ${st}${products ? ' (with products)' : ''}: mean F1 ${mean.toFixed(3)}, cascade ${cmean.toFixed(3)}`);
  per.forEach((x) => console.log(`  chosen without ${x}`));
  console.log('| set | cascade added P / R / F1 | model added P / R / F1 | cascade left-out F1 | model left-out P / R / F1 |\n|---|---|---|---|---|');
  const f = (x: PRF) => `${x.p.toFixed(2)} / ${x.r.toFixed(2)} / **${x.f1.toFixed(2)}**`;
  for (const r of rows) console.log(`| ${r.set} | ${f(r.cAdded)} | ${f(r.added)} | ${r.cLeft.f1.toFixed(2)} | ${f(r.left)} |`);
  process.exit(0);
}

if (process.argv.includes('--select')) {
  const { chosen } = select(items, st, process.argv.includes('--products'));
  const { grew } = { grew: chosen.length > (st === 'all' ? 1 : 0) };
  console.log(`\nselected for stratum ${st}: ${grew ? chosen.join(',') : '(none: the cascade stands)'}`);
  if (grew) table(st, chosen);
} else {
  const features = given ?? (st === 'all' ? [...COVERAGE_FEATURES] : COVERAGE_FEATURES.filter((f) => !['cascadeMissing', 'secondFact'].includes(f)));
  const best = table(st, features);
  if (process.argv.includes('--write')) {
    const m = fit(items, st, features, best.t);
    const stratum = `{
    features: ${JSON.stringify(m.features)},
    weights: ${JSON.stringify(m.weights)},
    bias: ${m.bias},
    threshold: ${m.threshold},
  }`;
    const src = `/**
 * Fitted coverage decision (lib/engine/coverage.ts): P(some fact of a unit is missing from the other
 * article), logistic regression on raw feature values, for ${st === 'all' ? 'every unit (one model; the cascade\'s decision among its inputs)' : st === 'covered' ? 'the units the cascade calls told by the other article; the others keep the cascade\'s decision (null)' : 'the units the cascade calls missing from it; the others keep the cascade\'s decision (null)'}.
 * Fitted by \`npx tsx bench/fit-coverage.ts --write --stratum=${st} --features=${features.join(',')} --l2=${L2}\` on the
 * DEVELOPMENT sets' labels (seeds, harbor, doobie, plague, dnc, ukvisit, meth; both directions, ${items.filter(inStratum(st)).length} rows
 * in the stratum); features and L2 chosen by leave-one-set-out CV over those sets (\`--select\`), threshold = the best
 * mean LOSO F1 over 0.05–0.95 (${best.t}). Held-out sets (europa, comey, tariffs) never read.
 */
import type { CoverageModel } from '../coverage';

export const COVERAGE: CoverageModel | null = {
  covered: ${st === 'missing' ? 'null' : stratum},
  missing: ${st === 'covered' ? 'null' : stratum},
};
`;
    writeFileSync('lib/engine/fitted/coverage.ts', src);
    console.log('\nwrote lib/engine/fitted/coverage.ts');
  }
}
