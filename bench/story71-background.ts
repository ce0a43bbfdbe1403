/**
 * story71 (docs/notes/story71.md): a page's own background. In a large corpus a page's pool (its 40 best candidates)
 * stands at a level that depends on the page — a national-politics report shares common words with much of the news,
 * a local shooting report with little — while a small corpus pads its short pool with POOL_PRIOR, one curve for every
 * page. Does a statistic of the page alone predict the level of its full pool in a large corpus, and how well?
 *
 *   npx tsx bench/story71-background.ts [--table K] [--held]
 *
 * Corpora: as bench/story70-small.ts's big corpora, one per source with all its dev events (BASIL dev by date, NewsWCL50
 * even HuffPost / NYT / Fox, ECB+ odd topics' first 8 drawn 3 per event, GVC dev's first 10 incidents) beside the seeds
 * and the zyte pages; --held: NewsWCL50 odd, ECB+ even, GVC held (no BASIL). Every event article's full pool (40
 * fetched) is read through findRelated: its cosines, best first.
 *
 * The statistic (`backgroundOf` in lib/engine/story.ts): the page's expected TF-IDF cosine with another article of the
 * reference sample, from the document frequency shares of the sample's commonest terms (POOL_COMMON): Σ_t q_t·w_t·s_t·w_t
 * / |q|, q the page's sublinear term counts, w_t the IDF of the sample (ln((N + 201) / (df + 1)) + 1, rarer terms at the
 * largest), s_t the share of the sample's articles that hold t. A constant per article of the sample (its norm, its
 * term counts) cancels in the ratio to the mean over the pools' pages (POOL_COMMON_MEAN).
 *
 * --table K: the reference sample is the union of the dev corpora's articles (the corpora POOL_PRIOR was measured in),
 * each once; prints its K commonest terms with their shares (per mille) and the mean statistic over the dev pages whose
 * pools are full — what lib/engine/fitted/story.ts ships. Without --table, it reads the shipped table and prints, over
 * the full pools: the correlation of ln(pool level) with ln(statistic) (level: the pool's median, what robustZ reads,
 * and its MAD), the slope of that log-log fit, and the same for the page's distinct-term count (a zero-byte rival).
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { POOL_COMMON } from '../lib/engine/fitted/story.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { backgroundOf, median } from '../lib/engine/story.ts';
import { docVector } from '../lib/engine/vectors.ts';
import type { Article } from '../lib/types.ts';
import { BASIL_SETS, loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { drawStories, loadEcbPlus } from './data/ecbplus.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems } from './data/gvc.ts';
import { loadNewsWcl } from './data/newswcl.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const HELD = argv.includes('--held');
const TABLE = arg('--table');
const PART = HELD ? 1 : 0;

const sources: Array<{ name: string; articles: Article[] }> = [];
if (!HELD) {
  const dev = Object.keys(BASIL_SETS).filter((name) => !/schumer|reopen|release|donjr/.test(name));
  sources.push({ name: 'basil', articles: dev.flatMap((name) => loadBasilSet(name) ?? []) });
}
const wcl = loadNewsWcl();
if (wcl) sources.push({ name: 'wcl', articles: wcl.filter((d) => d.event % 2 === PART && ['LL', 'L', 'R'].includes(d.outlet)).map((d) => d.article) });
const ecb = loadEcbPlus();
if (ecb) {
  const topics = [...new Set(ecb.map((d) => d.topic))].filter((t) => t % 2 === 1 - PART).sort((x, y) => x - y).slice(0, 8);
  sources.push({ name: 'ecb', articles: drawStories(ecb.filter((d) => topics.includes(d.topic)), 3, 1).map((d) => d.article) });
}
const items = gvcItems();
if (items) {
  const incidents = gvcIncidentsInOrder(items, HELD ? 'held' : 'dev').filter((x) => x.picked.length >= 2).slice(0, 10);
  sources.push({ name: 'gvc', articles: incidents.flatMap((x) => gvcArticles(x.picked.slice(0, 4)).map((d) => d.article)) });
}
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();

if (TABLE) {
  // The reference sample: every article of the dev corpora once.
  const seen = new Set<string>();
  const ref = [...sources.flatMap((s) => s.articles), ...seeds, ...zyte].filter((a) => !seen.has(a.id) && seen.add(a.id));
  const df = new Map<string, number>();
  for (const a of ref) for (const t of docVector(a).keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const top = [...df].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, Number(TABLE));
  const table = top.map(([t, c]) => `${t}:${Math.round((1000 * c) / ref.length)}`).join(' ');
  POOL_COMMON.n = ref.length;
  POOL_COMMON.terms = table;
  let sum = 0;
  let k = 0;
  for (const s of sources) {
    const index = new MemoryIndex([...s.articles, ...seeds, ...zyte]);
    for (const a of s.articles) {
      const { candidates } = await findRelated(a, index);
      if (candidates.length < 40) continue;
      sum += backgroundOf(a);
      k++;
    }
  }
  console.log(`reference: ${ref.length} articles; ${top.length} terms (share of the sample in ‰, least ${top.at(-1)?.[1]} articles)`);
  console.log(`n: ${ref.length},\nterms: '${table}',`);
  console.log(`mean statistic over ${k} full pools' pages (×1000): ${((1000 * sum) / k).toFixed(1)}`);
} else {
  const pearson = (xs: number[], ys: number[]) => {
    const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
    const my = ys.reduce((s, y) => s + y, 0) / ys.length;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    xs.forEach((x, i) => {
      sxy += (x - mx) * (ys[i]! - my);
      sxx += (x - mx) ** 2;
      syy += (ys[i]! - my) ** 2;
    });
    return { r: sxy / Math.sqrt(sxx * syy), slope: sxy / sxx };
  };
  const rows: Array<{ src: string; level: number; mad: number; stat: number; len: number }> = [];
  for (const s of sources) {
    const index = new MemoryIndex([...s.articles, ...seeds, ...zyte]);
    for (const a of s.articles) {
      const { candidates } = await findRelated(a, index);
      if (candidates.length < 40) continue;
      const xs = candidates.map((c) => c.docScore);
      const m = median(xs);
      rows.push({ src: s.name, level: m, mad: median(xs.map((x) => Math.abs(x - m))), stat: backgroundOf(a), len: docVector(a).size });
    }
  }
  for (const src of [...sources.map((s) => s.name), 'all']) {
    const r = rows.filter((x) => src === 'all' || x.src === src);
    if (r.length < 3) continue;
    const ln = (f: (x: (typeof r)[0]) => number) => r.map((x) => Math.log(Math.max(f(x), 1e-6)));
    const fmt = (p: { r: number; slope: number }) => `r ${p.r.toFixed(2)} slope ${p.slope.toFixed(2)}`;
    console.log(
      `${src} (${r.length} full pools): ln median ~ ln stat ${fmt(pearson(ln((x) => x.stat), ln((x) => x.level)))}; ~ ln terms ${fmt(pearson(ln((x) => x.len), ln((x) => x.level)))} | ln MAD ~ ln stat ${fmt(pearson(ln((x) => x.stat), ln((x) => x.mad)))}; ~ ln terms ${fmt(pearson(ln((x) => x.len), ln((x) => x.mad)))}`,
    );
  }
}
