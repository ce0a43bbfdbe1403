/**
 * story72 (docs/notes/story72.md): the exponent of a short pool's background. A pool with fewer than `limit` members (a
 * small corpus) is padded with POOL_PRIOR × s^β, s = backgroundOf(page) / POOL_COMMON.mean (lib/engine/story.ts
 * makeStage); story71 shipped β = 1. This fits β, and nothing else, on the dev halves' full pools.
 *
 *   npx tsx bench/story72-exponent.ts [--held] [--beta B] [--pools FILE]
 *
 * Corpora: story71-background's (one big corpus per source: BASIL dev by name, NewsWCL50 even HuffPost / NYT / Fox, ECB+
 * odd topics' first 8 drawn 3 per event, GVC dev's first 10 incidents, each beside the seeds and the zyte pages); --held:
 * NewsWCL50 odd, ECB+ even, GVC held (read once: the error at --beta B, the dev fit, beside β = 1). Every event article's full pool
 * (40 fetched) is read through findRelated (its cosines, best first); --pools FILE caches them (JSON).
 *
 * Objective (what the model reads): a small corpus simulated from each full pool — its best n real members kept
 * (n = 10, 15, 20, the sizes of story70-small's pools), the other ranks padded with POOL_PRIOR × s^β — and the squared
 * error of the kept members' clamp(z, 0, 10) / 10 against their z in the full pool; mean per source, sources alike.
 * β on a grid 0…1.5 by 0.01; uncertainty by a bootstrap over events within each source (1,000 draws, 90% interval).
 * Printed beside it: the log-log slopes of the full pool's median and MAD on s (story71-background's check).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { POOL_COMMON, POOL_PRIOR } from '../lib/engine/fitted/story.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { backgroundOf, median, robustZ } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { BASIL_SETS, loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { drawStories, loadEcbPlus } from './data/ecbplus.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems } from './data/gvc.ts';
import { loadNewsWcl } from './data/newswcl.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const HELD = argv.includes('--held');
const PART = HELD ? 1 : 0;
const POOLS = arg('--pools');
const LIMIT = 40;
const NS = [10, 15, 20];

interface Pool {
  src: string;
  event: string;
  s: number;
  cos: number[];
}
async function readPools(): Promise<Pool[]> {
  const sources: Array<{ name: string; docs: Array<{ event: string; article: Article }> }> = [];
  if (!HELD) {
    const dev = Object.keys(BASIL_SETS).filter((name) => !/schumer|reopen|release|donjr/.test(name));
    sources.push({ name: 'basil', docs: dev.flatMap((name) => (loadBasilSet(name) ?? []).map((article) => ({ event: name, article }))) });
  }
  const wcl = loadNewsWcl();
  if (wcl) sources.push({ name: 'wcl', docs: wcl.filter((d) => d.event % 2 === PART && ['LL', 'L', 'R'].includes(d.outlet)).map((d) => ({ event: `${d.event}`, article: d.article })) });
  const ecb = loadEcbPlus();
  if (ecb) {
    const topics = [...new Set(ecb.map((d) => d.topic))].filter((t) => t % 2 === 1 - PART).sort((x, y) => x - y).slice(0, 8);
    // ECB+'s two events of a topic share words: the topic is the bootstrap's unit.
    sources.push({ name: 'ecb', docs: drawStories(ecb.filter((d) => topics.includes(d.topic)), 3, 1).map((d) => ({ event: `${d.topic}`, article: d.article })) });
  }
  const items = gvcItems();
  if (items) {
    const incidents = gvcIncidentsInOrder(items, HELD ? 'held' : 'dev').filter((x) => x.picked.length >= 2).slice(0, 10);
    sources.push({ name: 'gvc', docs: incidents.flatMap((x) => gvcArticles(x.picked.slice(0, 4)).map((d) => ({ event: `${x.incident}`, article: d.article }))) });
  }
  const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
  const zyte = loadZyte();
  const pools: Pool[] = [];
  for (const src of sources) {
    const index = new MemoryIndex([...src.docs.map((d) => d.article), ...seeds, ...zyte]);
    for (const d of src.docs) {
      const { candidates } = await findRelated(d.article, index);
      if (candidates.length < LIMIT) continue;
      const cos = candidates.map((c) => c.docScore).sort((x, y) => y - x);
      pools.push({ src: src.name, event: d.event, s: (1000 * backgroundOf(d.article)) / POOL_COMMON.mean, cos });
    }
  }
  return pools;
}
const pools: Pool[] = POOLS && existsSync(POOLS) ? JSON.parse(readFileSync(POOLS, 'utf8')) : await readPools();
if (POOLS && !existsSync(POOLS)) writeFileSync(POOLS, JSON.stringify(pools));

const clampZ = (z: number) => Math.min(Math.max(z, 0), 10) / 10;
/** A pool's squared error at β, the mean over NS and the kept ranks. */
function poolError(p: Pool, beta: number): number {
  const full = robustZ(p.cos).map(clampZ);
  const scale = p.s > 0 ? p.s ** beta : 1;
  let err = 0;
  for (const n of NS) {
    const padded = p.cos.slice(0, n);
    for (let r = n; r < LIMIT; r++) padded.push((scale * POOL_PRIOR[Math.floor((r * POOL_PRIOR.length) / LIMIT)]!) / 1000);
    const z = robustZ(padded);
    for (let r = 0; r < n; r++) err += (clampZ(z[r]!) - full[r]!) ** 2 / n;
  }
  return err / NS.length;
}
const GRID = Array.from({ length: 151 }, (_, k) => k / 100);
// errs[pool][grid index]
const errs = pools.map((p) => GRID.map((b) => poolError(p, b)));
const srcs = [...new Set(pools.map((p) => p.src))];
/** The loss over a multiset of pool indices per source (sources alike), at every grid point. */
function lossCurve(bySrc: Map<string, number[]>): number[] {
  return GRID.map((_, g) => [...bySrc.values()].reduce((s, ks) => s + ks.reduce((t, k) => t + errs[k]![g]!, 0) / ks.length, 0) / bySrc.size);
}
const argmin = (xs: number[]) => xs.reduce((b, x, k) => (x < xs[b]! ? k : b), 0);
const all = new Map(srcs.map((s) => [s, pools.flatMap((p, k) => (p.src === s ? [k] : []))]));
const curve = lossCurve(all);
// --beta B: the error printed "at β̂" is B's (the dev fit, on the held halves), not this run's own best.
const best = arg('--beta') ? GRID.indexOf(Number(arg('--beta'))) : argmin(curve);
const at1 = GRID.indexOf(1);
console.log(`${pools.length} full pools: ${srcs.map((s) => `${s} ${all.get(s)!.length}`).join(', ')}`);
for (const s of srcs) {
  const c = lossCurve(new Map([[s, all.get(s)!]]));
  console.log(`  ${s}: best β ${GRID[argmin(c)]!.toFixed(2)}; error ×1000 at β=1 ${(1000 * c[at1]!).toFixed(2)}, at β̂ ${(1000 * c[best]!).toFixed(2)}, at β=0 ${(1000 * c[0]!).toFixed(2)}`);
}
console.log(`all (sources alike): ${arg('--beta') ? 'given' : 'fitted'} β̂ ${GRID[best]!.toFixed(2)}; error ×1000 at β=1 ${(1000 * curve[at1]!).toFixed(2)}, at β̂ ${(1000 * curve[best]!).toFixed(2)}, at β=0 ${(1000 * curve[0]!).toFixed(2)}`);

// Leave one source out: β fitted on the others, the error on it (does one exponent carry to a source it did not see?).
for (const s of srcs) {
  const g = argmin(lossCurve(new Map([...all].filter(([t]) => t !== s))));
  const c = lossCurve(new Map([[s, all.get(s)!]]));
  console.log(`  without ${s}: β ${GRID[g]!.toFixed(2)}; ${s}'s error ×1000 ${(1000 * c[g]!).toFixed(2)} (β=1: ${(1000 * c[at1]!).toFixed(2)})`);
}

// Bootstrap over events within each source.
let seed = 72;
const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const draws: number[] = [];
for (let b = 0; b < 1000; b++) {
  const bySrc = new Map<string, number[]>();
  for (const s of srcs) {
    const events = [...new Set(pools.filter((p) => p.src === s).map((p) => p.event))];
    const ks: number[] = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[Math.floor(rnd() * events.length)]!;
      pools.forEach((p, k) => p.src === s && p.event === e && ks.push(k));
    }
    bySrc.set(s, ks);
  }
  draws.push(GRID[argmin(lossCurve(bySrc))]!);
}
draws.sort((x, y) => x - y);
console.log(`bootstrap over events (1,000): median ${draws[500]!.toFixed(2)}, 90% interval ${draws[50]!.toFixed(2)}–${draws[949]!.toFixed(2)}`);

// The check: log-log slopes of the full pool's median and MAD on s.
const slope = (xs: number[], ys: number[]) => {
  const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
  const my = ys.reduce((a, y) => a + y, 0) / ys.length;
  return xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
};
const ls = pools.map((p) => Math.log(Math.max(p.s, 1e-6)));
const med = pools.map((p) => median(p.cos));
console.log(`log-log slope on s, all pools: median ${slope(ls, med.map((m) => Math.log(Math.max(m, 1e-6)))).toFixed(2)}, MAD ${slope(ls, pools.map((p, k) => Math.log(Math.max(median(p.cos.map((x) => Math.abs(x - med[k]!))), 1e-6)))).toFixed(2)}`);
