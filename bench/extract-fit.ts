/**
 * Fits the block-cleaning constants of lib/text/boilerplate.ts (BOILERPLATE_FIT) on the dev halves
 * of the public sets of bench/extract-eval.ts, and reports the chosen values on the held-out
 * halves. Readability's output per page is cached (it does not depend on the constants), then
 * `articleBlocks` is scored for every combination on a grid with the zyte word metric.
 *
 *   npx tsx bench/extract-fit.ts [--sets l3s,dragnet,zyte] [--rebuild] [--held]
 *
 * The objective is the mean of the per-set dev F1 (each set weighs the same, whatever its size).
 * zyte is in the default sets as a guard (its rules were written on it), not as a fit target:
 * pass --sets l3s,dragnet to fit without it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleRawBlocks } from '../lib/extract.ts';
import { BOILERPLATE_FIT, cleanBlocks, type BoilerplateFit } from '../lib/text/boilerplate.ts';
import type { Block } from '../lib/text/html.ts';
import { SETS, splitOf } from './extract-eval.ts';
import { readabilityPass } from './readability-pass.ts';
import { metrics, shingleMatch } from './extract-metric.ts';

interface Cached {
  id: string;
  split: 'dev' | 'held';
  truth: string;
  content: string | null;
  title: string;
  byline: string | null;
  raw?: Block[];
}

const CACHE = join(tmpdir(), 'parallax-extract-eval');

function build(set: string, rebuild: boolean): Cached[] | string {
  const file = join(CACHE, `readability-${set}.json`);
  if (!rebuild && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Cached[];
  const pages = SETS[set]!();
  if (typeof pages === 'string') return pages;
  const split = splitOf(pages);
  const out: Cached[] = [];
  for (const p of pages) {
    // Held-out pages are cached only for --held (the fit never reads them; extract-eval reports them).
    if (split.get(p.id) === 'held' && !process.argv.includes('--held')) continue;
    const { content, title, byline } = readabilityPass(p.html);
    out.push({ id: p.id, split: split.get(p.id)!, truth: p.truth, content, title, byline });
  }
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

export function scoreFit(pages: Cached[], fit: BoilerplateFit, split: 'dev' | 'held') {
  const rows = pages
    .filter((p) => p.split === split)
    .map((p) => {
      p.raw ??= p.content ? articleRawBlocks(p.content, { title: p.title, byline: p.byline }) : [];
      const text = cleanBlocks(p.raw, fit).blocks.map((b) => b.text).join('\n');
      return shingleMatch(p.truth, text);
    });
  return metrics(rows);
}

/** The grid searched (kept small: the machine is shared; each point re-cleans every cached dev page). */
function grid(): BoilerplateFit[] {
  const out: BoilerplateFit[] = [];
  for (const runWords of [0, 8])
    for (const linkShare of [0.6, 1.01])
      for (const trimTail of [false, true])
        for (const postStamps of [0, 3]) out.push({ runWords, runLength: 3, linkShare, trimTail, postStamps });
  return out;
}

function main() {
  const argv = process.argv.slice(2);
  const k = argv.indexOf('--sets');
  const sets = (k >= 0 ? argv[k + 1]! : 'l3s,dragnet,zyte').split(',');
  const data = new Map<string, Cached[]>();
  for (const s of sets) {
    const t0 = Date.now();
    const d = build(s, argv.includes('--rebuild'));
    if (typeof d === 'string') {
      process.stdout.write(`${s}: skipped (${d})\n`);
      continue;
    }
    data.set(s, d);
    process.stdout.write(`${s}: ${d.length} pages cached (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  const f = (x: number) => x.toFixed(4);
  const results: Array<{ fit: BoilerplateFit; per: Record<string, number>; mean: number }> = [];
  for (const fit of grid()) {
    const per: Record<string, number> = {};
    for (const [s, d] of data) per[s] = scoreFit(d, fit, 'dev').f1;
    const vals = Object.values(per);
    results.push({ fit, per, mean: vals.reduce((a, b) => a + b, 0) / vals.length });
  }
  results.sort((a, b) => b.mean - a.mean);
  const show = (r: (typeof results)[number]) =>
    `${JSON.stringify(r.fit)}  mean ${f(r.mean)}  ${Object.entries(r.per).map(([s, v]) => `${s} ${f(v)}`).join('  ')}`;
  process.stdout.write('top 10 on dev:\n' + results.slice(0, 10).map(show).join('\n') + '\n');
  const current = results.find((r) => JSON.stringify(r.fit) === JSON.stringify(BOILERPLATE_FIT));
  if (current) process.stdout.write(`current BOILERPLATE_FIT: ${show(current)}\n`);
  const off = results.find((r) => r.fit.runWords === 0 && r.fit.linkShare > 1 && !r.fit.trimTail && !r.fit.postStamps);
  process.stdout.write(`${results.length} points\n`);
  if (off) process.stdout.write(`rules off (before): ${show(off)}\n`);
  const best = results[0]!;
  process.stdout.write('held-out, best on dev vs rules off:\n');
  for (const [s, d] of data) {
    const b = scoreFit(d, best.fit, 'held');
    const o = off ? scoreFit(d, off.fit, 'held') : null;
    process.stdout.write(`  ${s}: ${f(b.f1)} (P ${f(b.precision)} R ${f(b.recall)})   off ${o ? f(o.f1) : '-'}\n`);
  }
}

main();
