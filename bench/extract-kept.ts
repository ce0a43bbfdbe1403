/**
 * The blocks Parallax keeps that are not article text, on the DEV halves only (held-out pages are
 * never listed): for writing cleaning rules that generalise (docs/notes/extract10.md). A kept block
 * is "not text" when under a fifth of its word 4-grams are in the page's truth (a block under four
 * words: its word run is absent from the truth). Reads bench/extract-blocks-cache.ts's cache.
 *
 *   npx tsx bench/extract-kept.ts [--sets l3s,dragnet,zyte] [--max 400] [--where top|bottom|all]
 *
 * Prints each such block (page id, its position among the kept blocks, its tag, its text), then the
 * most frequent opening words over all of them.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as extract from '../lib/extract.ts';
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import { cachedSets } from './extract-blocks-cache.ts';
import { shingles, tokenize } from './extract-metric.ts';
import { optionValue } from './args.ts';

function main() {
  const argv = process.argv.slice(2);
  const sets = (optionValue('sets', argv) ?? 'l3s,dragnet,zyte').split(',');
  const max = Number(optionValue('max', argv) ?? 400);
  const where = optionValue('where', argv) ?? 'all';
  const openings = new Map<string, number>();
  for (const [set, cache] of cachedSets(sets, (line) => process.stdout.write(`${line}\n`))) {
    let shown = 0;
    for (const p of cache.filter((x) => x.split === 'dev')) {
      const truth = shingles(p.truth);
      const truthTokens = ` ${tokenize(p.truth).join(' ').toLowerCase()} `;
      const ctx = { title: p.title, byline: p.byline };
      // lib/extract.ts's step after the cleaning, where the tree has one (extract37/extract39 candidates).
      const finishBlocks = (extract as { finishBlocks?: <T>(b: T[], c: typeof ctx) => T[] }).finishBlocks ?? (<T,>(b: T[]) => b);
      const ours = p.content ? finishBlocks(cleanBlocks(articleRawBlocks(p.content, ctx)).blocks, ctx) : [];
      ours.forEach((b, k) => {
        const t = tokenize(b.text);
        if (!t.length) return;
        let share: number;
        if (t.length < 4) share = truthTokens.toLowerCase().includes(` ${t.join(' ').toLowerCase()} `) ? 1 : 0;
        else {
          const s = shingles(b.text);
          let n = 0;
          let hit = 0;
          for (const [g, c] of s) {
            n += c;
            if (truth.has(g)) hit += c;
          }
          share = hit / n;
        }
        if (share >= 0.2) return;
        const pos = k < 2 ? 'top' : k >= ours.length - 2 ? 'bottom' : 'middle';
        if (where !== 'all' && pos !== where) return;
        const open = t.slice(0, 2).join(' ').toLowerCase();
        openings.set(open, (openings.get(open) ?? 0) + 1);
        if (shown++ < max) process.stdout.write(`${set} ${p.id.slice(0, 14).padEnd(14)} ${String(k).padStart(3)}/${ours.length} ${pos.padEnd(6)} ${b.tag.padEnd(10)} ${b.text.replace(/\s+/g, ' ').slice(0, 200)}\n`);
      });
    }
  }
  const top = [...openings].sort((a, b) => b[1] - a[1]).slice(0, 60);
  process.stdout.write(`\nmost frequent openings: ${top.map(([k, n]) => `${k} (${n})`).join(', ')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
