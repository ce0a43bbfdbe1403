/**
 * What the split-article join of docs/notes/extract36.md (bench/extract36-join.ts; measured, not
 * shipped) would add to the content script per page: `joinContainers` alone after one Readability pass
 * as lib/extract.ts runs it, beside that pass's own time. (The numbers in the note were taken on
 * commit b9e7bde, where the join was in lib/ and this bench also timed `extractPage` off / on.)
 * `--lib` times the join that shipped instead (docs/notes/extract40.md, lib/text/blocks-join.ts).
 * `--keep` times Readability's pass with and without bench/extract41-keep.ts's wrapper (docs/notes/extract41.md),
 * in turn on each page, and prints the difference per page.
 *
 *   nice npx tsx bench/extract36-ms.ts [--set zyte] [--split dev] [--lib | --keep]
 */
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { bodyOutOfHead } from '../lib/extract.ts';
import { JOIN_FIT, joinContainers } from './extract36-join.ts';
import { joinContainers as shippedJoin } from '../lib/text/blocks-join.ts';
import { pagesOf, splitOf } from './extract-eval.ts';
import { optionValue } from './args.ts';
import { keepArticleProse } from './extract41-keep.ts';

const argv = process.argv.slice(2);
const set = optionValue('set', argv) ?? 'zyte';
const only = optionValue('split', argv);
const lib = argv.includes('--lib');
const join = (doc: Document, article: Node) => (lib ? shippedJoin(doc, article) : joinContainers(doc, article, JOIN_FIT));
const all = pagesOf(set, (why) => process.stdout.write(`${set}: skipped (${why})\n`));
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
if (all && argv.includes('--keep')) {
  const split = splitOf(all);
  const pages = only ? all.filter((p) => split.get(p.id) === only) : all;
  const off: number[] = [];
  const extra: number[] = [];
  for (const p of pages) {
    const doc = nodeParseHtml(p.html);
    const pass = (keep: boolean) => {
      const clone = doc.cloneNode(true) as Document;
      bodyOutOfHead(clone);
      const t0 = performance.now();
      const r = new Readability<Node>(clone, { serializer: (n) => n });
      (keep ? keepArticleProse(r) : r).parse();
      return performance.now() - t0;
    };
    const a = pass(false);
    const b = pass(true);
    off.push(a);
    extra.push(b - a);
  }
  process.stdout.write(
    `${set}: ${pages.length} pages: Readability pass median ${q(off, 0.5).toFixed(1)} ms (mean ${mean(off).toFixed(1)}); ` +
      `with keepArticleProse, extra per page median ${q(extra, 0.5).toFixed(2)} ms, p90 ${q(extra, 0.9).toFixed(2)} ms, max ${Math.max(...extra).toFixed(1)} ms, mean ${mean(extra).toFixed(2)} ms\n`,
  );
} else if (all) {
  const split = splitOf(all);
  const pages = only ? all.filter((p) => split.get(p.id) === only) : all;
  const t = { readability: [] as number[], join: [] as number[] };
  for (const p of pages) {
    const doc = nodeParseHtml(p.html);
    const t0 = performance.now();
    const clone = doc.cloneNode(true) as Document;
    bodyOutOfHead(clone);
    const parsed = new Readability<Node>(clone, { serializer: (n) => n }).parse();
    t.readability.push(performance.now() - t0);
    if (!parsed?.content) continue;
    const t1 = performance.now();
    join(doc, parsed.content as Node);
    t.join.push(performance.now() - t1);
  }
  process.stdout.write(
    `${set}: ${pages.length} pages, ${lib ? 'the shipped join' : `share ${JOIN_FIT.share}`}: Readability pass median ${q(t.readability, 0.5).toFixed(1)} ms (mean ${mean(t.readability).toFixed(1)}); ` +
      `joinContainers median ${q(t.join, 0.5).toFixed(2)} ms, p90 ${q(t.join, 0.9).toFixed(2)} ms, max ${Math.max(...t.join).toFixed(1)} ms, mean ${mean(t.join).toFixed(2)} ms\n`,
  );
}
