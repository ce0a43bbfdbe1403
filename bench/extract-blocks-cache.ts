/**
 * Per-page cache for the block model (bench/extract-blocks.ts): Readability's article HTML (with
 * class/id attributes kept, as lib/extract.ts parses it), the title and byline, the page's own
 * blocks, plain Readability.js's text (the baseline column) and the truth, for every page of a set
 * of bench/extract-eval.ts. Written once per set into the OS temp dir; the fit and the evaluation
 * read it, so a refit costs seconds, not the 10–15 min of a Readability pass over a set.
 *
 *   nice npx tsx bench/extract-blocks-cache.ts --sets l3s,dragnet,cleaneval,readability,zyte [--rebuild] [--split dev]
 *
 * `--split dev` caches only the dev half (half the time; enough for bench/extract-losses.ts, not for
 * the fit and held evaluation of bench/extract-blocks.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { htmlToBlocks, type Block } from '../lib/text/html.ts';
import { normalizeInline } from '../lib/text/normalize.ts';
import { SETS, splitOf } from './extract-eval.ts';
import { readabilityPass } from './readability-pass.ts';

export const CACHE = join(tmpdir(), 'parallax-extract-eval');

export interface CachedPage {
  set: string;
  id: string;
  split: 'dev' | 'held';
  news: boolean;
  truth: string;
  /** Readability's article HTML (keepClasses, after bodyOutOfHead, as extractPage runs it); null: it failed. */
  content: string | null;
  title: string;
  byline: string | null;
  /** Plain Readability.js textContent (the baseline column of bench/extract-eval.ts). */
  base: string;
  /** The page's own blocks (body, after bodyOutOfHead), normalised, with class/id values. */
  page: Block[];
  /** ms of the Readability parse on this machine (for the record; includes the clone). */
  ms: number;
}

const fileOf = (set: string) => join(CACHE, `blocks-${set}.json`);

export function loadCache(set: string): CachedPage[] | null {
  const f = fileOf(set);
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as CachedPage[]) : null;
}

/**
 * Each set's cached pages, in the order asked; a set with no cache is told through `say` with the command that
 * builds it, and skipped (the benches' shared loop).
 */
export function* cachedSets(sets: string[], say: (line: string) => void): Generator<[string, CachedPage[]]> {
  for (const set of sets) {
    const cache = loadCache(set);
    if (cache) yield [set, cache];
    else say(`${set}: no cache (TMPDIR=… nice npx tsx bench/extract-blocks-cache.ts --sets ${set}); skipped`);
  }
}

function build(set: string, only?: string): CachedPage[] | string {
  const all = SETS[set]!();
  if (typeof all === 'string') return all;
  const split = splitOf(all);
  const pages = only ? all.filter((p) => split.get(p.id) === only) : all;
  const baseFile = join(CACHE, 'readability-baseline.json');
  const baseCache: Record<string, string> = existsSync(baseFile) ? JSON.parse(readFileSync(baseFile, 'utf8')) : {};
  const out: CachedPage[] = [];
  let k = 0;
  for (const p of pages) {
    if (++k % 100 === 0) process.stderr.write(`${set}: ${k}/${pages.length}\n`);
    let page: Block[] = [];
    const t0 = performance.now();
    const { content, title, byline } = readabilityPass(p.html, {
      keepClasses: true,
      beforeParse: (clone) => {
        page = htmlToBlocks(clone.body?.innerHTML ?? '', { attrs: true })
          .map((b) => ({ ...b, text: normalizeInline(b.text, { entities: false }).text }))
          .filter((b) => b.text);
      },
    });
    const ms = performance.now() - t0;
    const key = `${p.set}/${p.id}`;
    let base = baseCache[key];
    if (base === undefined) {
      try {
        base = new Readability(nodeParseHtml(p.html)).parse()?.textContent ?? '';
      } catch {
        base = '';
      }
    }
    out.push({ set, id: p.id, split: split.get(p.id)!, news: p.news, truth: p.truth, content, title, byline, base, page, ms });
  }
  return out;
}

function main() {
  const argv = process.argv.slice(2);
  const k = argv.indexOf('--sets');
  const sets = (k >= 0 ? argv[k + 1]! : 'l3s,dragnet,cleaneval,readability,zyte').split(',');
  const k2 = argv.indexOf('--split');
  mkdirSync(CACHE, { recursive: true });
  for (const s of sets) {
    if (!argv.includes('--rebuild') && existsSync(fileOf(s))) {
      process.stdout.write(`${s}: cached at ${fileOf(s)}\n`);
      continue;
    }
    const t0 = Date.now();
    const d = build(s, k2 >= 0 ? argv[k2 + 1] : undefined);
    if (typeof d === 'string') {
      process.stdout.write(`${s}: skipped (${d})\n`);
      continue;
    }
    writeFileSync(fileOf(s), JSON.stringify(d));
    process.stdout.write(`${s}: ${d.length} pages cached (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
