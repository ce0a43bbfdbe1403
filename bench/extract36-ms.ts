/**
 * What the split-article join (lib/text/blocks-join.ts) costs per page on the product path:
 * `extractPage` (linkedom DOM, the CLI's file options) with the join off and at JOIN_FIT, interleaved
 * page by page so the shared machine's load hits both alike; and the join's own time
 * (`joinContainers` alone, after one Readability pass), which is what the content script adds.
 *
 *   nice npx tsx bench/extract36-ms.ts [--set zyte] [--reps 2] [--split dev]
 */
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { bodyOutOfHead, extractPage } from '../lib/extract.ts';
import { FILE_PAGE_OPTIONS } from '../lib/ingest/page.ts';
import { JOIN_FIT, joinContainers } from '../lib/text/blocks-join.ts';
import { pagesOf, splitOf } from './extract-eval.ts';
import { optionValue } from './args.ts';

const argv = process.argv.slice(2);
const set = optionValue('set', argv) ?? 'zyte';
const reps = Number(optionValue('reps', argv) ?? 2);
const only = optionValue('split', argv);
const all = pagesOf(set, (why) => process.stdout.write(`${set}: skipped (${why})\n`));
if (all) {
  const split = splitOf(all);
  const pages = only ? all.filter((p) => split.get(p.id) === only) : all;
  const on = { ...JOIN_FIT };
  const t = { off: [] as number[], on: [] as number[], join: [] as number[] };
  for (const p of pages) {
    const doc = nodeParseHtml(p.html);
    for (let r = 0; r < reps; r++) {
      for (const [name, fit] of r % 2 ? ([['on', on], ['off', { share: 0 }]] as const) : ([['off', { share: 0 }], ['on', on]] as const)) {
        const t0 = performance.now();
        extractPage(doc, '', { ...FILE_PAGE_OPTIONS, join: fit });
        t[name].push(performance.now() - t0);
      }
    }
    const clone = doc.cloneNode(true) as Document;
    bodyOutOfHead(clone);
    const parsed = new Readability<Node>(clone, { serializer: (n) => n }).parse();
    if (!parsed?.content) continue;
    const t0 = performance.now();
    joinContainers(doc, parsed.content as Node, on);
    t.join.push(performance.now() - t0);
  }
  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))]!;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  process.stdout.write(
    `${set}: ${pages.length} pages × ${reps}, share ${on.share}: extractPage off median ${q(t.off, 0.5).toFixed(1)} ms (mean ${mean(t.off).toFixed(1)}), ` +
      `on median ${q(t.on, 0.5).toFixed(1)} ms (mean ${mean(t.on).toFixed(1)}); joinContainers alone median ${q(t.join, 0.5).toFixed(2)} ms, ` +
      `p90 ${q(t.join, 0.9).toFixed(2)} ms, max ${Math.max(...t.join).toFixed(1)} ms, mean ${mean(t.join).toFixed(2)} ms\n`,
  );
}
