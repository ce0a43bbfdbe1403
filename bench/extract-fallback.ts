/**
 * Fits the one constant of the prose fallback (lib/text/prose.ts `chooseExtraction`: take the page's
 * prose paragraphs instead of Readability's blocks when they hold more than `ratio` times the text)
 * on the DEV halves of the public extraction sets, and reports every set's DEV and HELD-OUT halves
 * before (ratio 0: Readability + the cleaning, as shipped before) and after.
 *
 *   nice npx tsx bench/extract-blocks-cache.ts   # once (per-page Readability output and page blocks)
 *   npx tsx bench/extract-fallback.ts [--fit l3s,dragnet,cleaneval,zyte] [--report l3s,dragnet,cleaneval,readability,zyte]
 *
 * Choice on dev: the best mean dev F1 of the fit sets among the ratios that cost no reported set's
 * dev half more than 0.005 (the readability test pages included as a guard), as bench/extract-blocks.ts.
 * Scoring: the zyte word metric (bench/extract-metric.ts), blocks joined by newlines.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import type { Block } from '../lib/text/html.ts';
import { chooseExtraction, proseBlocks } from '../lib/text/prose.ts';
import { loadCache, type CachedPage } from './extract-blocks-cache.ts';
import { f1Of, metrics, shingleMatch, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';

const RATIOS = [0, 1.1, 1.25, 1.5, 2, 3, 4, 6];

/** A leading copy of the title or byline dropped, as lib/extract.ts articleRawBlocks does. */
function dropTitle(bs: Block[], title: string, byline: string | null): Block[] {
  const same = (a: string, b: string | null | undefined) => !!b && a.toLowerCase() === b.toLowerCase();
  const out = bs.slice();
  while (out.length && (same(out[0]!.text, title) || same(out[0]!.text, byline) || same(out[0]!.text, `By ${byline ?? ''}`))) out.shift();
  return out;
}

interface Row {
  p: CachedPage;
  r: string;
  b: string;
  rChars: number;
  bChars: number;
}

function prepare(pages: CachedPage[]): Row[] {
  return pages.map((p) => {
    const r = p.content ? cleanBlocks(articleRawBlocks(p.content, { title: p.title, byline: p.byline })).blocks : [];
    const b = cleanBlocks(dropTitle(proseBlocks(p.page), p.title, p.byline)).blocks;
    const chosen = (x: Block[]) => x.map((y) => y.text).join('\n');
    return { p, r: chosen(r), b: chosen(b), rChars: r.reduce((n, x) => n + x.text.length, 0), bChars: b.reduce((n, x) => n + x.text.length, 0) };
  });
}

function score(rows: Row[], ratio: number): { f1: number; precision: number; recall: number; fallbacks: number } {
  let fallbacks = 0;
  const m: TpFpFn[] = rows.map((row) => {
    const { fallback } = chooseExtraction([{ text: 'x'.repeat(row.rChars) }], row.bChars ? [{ text: 'x'.repeat(row.bChars) }] : [], ratio);
    if (fallback) fallbacks++;
    return shingleMatch(row.p.truth, fallback ? row.b : row.r);
  });
  return { ...metrics(m), fallbacks };
}

function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string) => optionValue(name, argv);
  const fit = (arg('fit') ?? 'l3s,dragnet,cleaneval,zyte').split(',');
  const report = (arg('report') ?? 'l3s,dragnet,cleaneval,readability,zyte').split(',');
  const data = new Map<string, { dev: Row[]; held: Row[] }>();
  for (const s of new Set([...fit, ...report])) {
    const c = loadCache(s);
    if (!c) {
      process.stdout.write(`${s}: no cache (nice npx tsx bench/extract-blocks-cache.ts --sets ${s}); skipped\n`);
      continue;
    }
    data.set(s, { dev: prepare(c.filter((p) => p.split === 'dev')), held: prepare(c.filter((p) => p.split === 'held')) });
    process.stderr.write(`${s} prepared\n`);
  }
  const f = (x: number) => x.toFixed(4);
  // Dev grid.
  const lines: string[] = ['ratio   ' + [...data.keys()].map((s) => `${s} dev (fallbacks)`.padEnd(26)).join('') + 'fit mean'];
  let best = { ratio: 0, mean: -1 };
  const base = new Map<string, number>();
  for (const ratio of RATIOS) {
    const per = new Map<string, { f1: number; fallbacks: number }>();
    for (const [s, d] of data) per.set(s, score(d.dev, ratio));
    if (ratio === 0) for (const [s, v] of per) base.set(s, v.f1);
    const fits = fit.filter((s) => per.has(s)).map((s) => per.get(s)!.f1);
    const mean = fits.reduce((a, b) => a + b, 0) / Math.max(1, fits.length);
    const guard = [...per].every(([s, v]) => v.f1 >= base.get(s)! - 0.005);
    if (guard && mean > best.mean + 1e-9) best = { ratio, mean };
    lines.push(`${String(ratio).padEnd(8)}` + [...per.values()].map((v) => `${f(v.f1)} (${v.fallbacks})`.padEnd(26)).join('') + `${f(mean)}${guard ? '' : '  (a set loses > 0.005)'}`);
  }
  // Oracle: the better of the two per page (ceiling of any choice rule).
  const oracle = [...data].map(([s, d]) => `${s} ${f(metrics(d.dev.map((row) => {
    const a = shingleMatch(row.p.truth, row.r);
    const b = shingleMatch(row.p.truth, row.b);
    return f1Of(b) > f1Of(a) ? b : a;
  })).f1)}`);
  lines.push(`oracle (better of the two per dev page): ${oracle.join(' · ')}`);
  lines.push(`prose candidate alone (dev): ${[...data].map(([s, d]) => `${s} ${f(metrics(d.dev.map((row) => shingleMatch(row.p.truth, row.b))).f1)}`).join(' · ')}`);
  lines.push(`\nchosen on dev: ratio ${best.ratio} (fit mean ${f(best.mean)})\n`);
  lines.push('set           split  pages  before F1 (P/R)            after F1 (P/R)             fallbacks');
  const heldMeans: number[][] = [[], []];
  for (const [s, d] of data) {
    for (const split of ['dev', 'held'] as const) {
      const a = score(d[split], 0);
      const b = score(d[split], best.ratio);
      lines.push(`${s.padEnd(13)} ${split.padEnd(5)} ${String(d[split].length).padStart(6)}  ${f(a.f1)} (${a.precision.toFixed(3)}/${a.recall.toFixed(3)})   ${f(b.f1)} (${b.precision.toFixed(3)}/${b.recall.toFixed(3)})   ${b.fallbacks}`);
      if (split === 'held') {
        heldMeans[0]!.push(a.f1);
        heldMeans[1]!.push(b.f1);
      }
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  lines.push(`held-out macro mean over ${data.size} sets: before ${f(mean(heldMeans[0]!))}, after ${f(mean(heldMeans[1]!))}`);
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
