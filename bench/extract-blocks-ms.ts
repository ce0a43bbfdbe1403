/**
 * What the block decision costs per page on the product path: `extractPage` (linkedom DOM, the
 * CLI's file options) with the decision off and on (lib/text/blocks-fit.ts weights at the dev
 * threshold), interleaved page by page so the shared machine's load hits both alike.
 *
 *   nice npx tsx bench/extract-blocks-ms.ts [--set zyte] [--reps 2]
 */
import { nodeParseHtml } from '../cli/node-env.ts';
import { extractPage } from '../lib/extract.ts';
import { decideBlocks } from '../lib/text/blocks.ts';
import { FILE_PAGE_OPTIONS } from '../lib/ingest/page.ts';
import { BLOCK_DEV_THRESHOLD, BLOCK_MODEL } from '../lib/text/blocks-fit.ts';
import { SETS } from './extract-eval.ts';
import { optionValue } from './args.ts';

const argv = process.argv.slice(2);
const value = (name: string) => optionValue(name, argv);
const set = value('set') ?? 'zyte';
const reps = Number(value('reps') ?? 2);
const pages = SETS[set]!();
if (typeof pages === 'string') {
  process.stdout.write(`${set}: skipped (${pages})\n`);
} else {
  const off = { ...BLOCK_MODEL, threshold: 0 };
  const on = { ...BLOCK_MODEL, threshold: BLOCK_DEV_THRESHOLD || 0.5 };
  const t = { off: [] as number[], on: [] as number[] };
  for (const p of pages) {
    const doc = nodeParseHtml(p.html);
    for (let r = 0; r < reps; r++) {
      for (const [name, model] of r % 2 ? ([['on', on], ['off', off]] as const) : ([['off', off], ['on', on]] as const)) {
        const t0 = performance.now();
        extractPage(doc, '', { ...FILE_PAGE_OPTIONS, blocks: model.threshold ? (b) => decideBlocks(b, model) : null });
        t[name].push(performance.now() - t0);
      }
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  process.stdout.write(
    `${set}: ${pages.length} pages × ${reps}: extractPage off median ${med(t.off).toFixed(1)} ms (mean ${mean(t.off).toFixed(1)}), ` +
      `on median ${med(t.on).toFixed(1)} ms (mean ${mean(t.on).toFixed(1)})\n`,
  );
}
