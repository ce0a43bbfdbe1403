/**
 * The options table's search in Node, the model alone (no DOM): what one keystroke costs at N rows.
 *
 *   nice npx tsx bench/options-keystroke.ts [--size 100000] [--rounds 5] [--text "harbour st"]
 *
 * Rows are the browser bench's articles (bench/fill-rows.ts, which bench/options-fill.ts writes),
 * as summaries. Prints, per letter typed (each query
 * narrowing the previous one, as in the page), the median ms of `SummaryIndex.queryRows` over
 * `--rounds` passes, with the search text (table-model.ts SearchText) and without it (every row's
 * `hay` looked through, as before), alternating in one process; then whole words typed at once
 * (a paste: nothing to narrow); and the build time and heap of the index.
 */
import { SummaryIndex, useSearchText } from '../components/options/table-model';
import type { ArticleSummary } from '../lib/store/db';
import { optionValue } from './args.ts';
import { median } from './baseline';
import { fillRows } from './fill-rows';

const args = process.argv.slice(2);
const SIZE = Number(optionValue('--size', args) ?? 100_000);
const ROUNDS = Number(optionValue('--rounds', args) ?? 5);
const TEXT = optionValue('--text', args) ?? 'harbour st';

/** The browser bench's rows (bench/fill-rows.ts), as the summaries the table holds. */
export function benchRows(n: number, from = 0): ArticleSummary[] {
  return fillRows(from, n).map(({ sentences: _, ...r }, j) => {
    const k = from + j;
    return { ...r, language: 'en', size: 200 + (k % 900), units: 3, addedAt: 1_700_000_000_000 + k, updatedAt: 1_700_000_000_000 + k, keysVersion: 1 };
  });
}

const PASTED = ['bukele', 'harbour', 'reuters', 'story 12345', 'cafe', 'news/9999', 'e', 'zz'];

function main() {
  const rows = benchRows(SIZE);
  (globalThis as any).gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const index = SummaryIndex.from(rows);
  const build = performance.now() - t0;
  t0 = performance.now();
  index.queryRows({ search: '', outlet: '', sort: 'date', dir: 'desc' });
  const order = performance.now() - t0;
  (globalThis as any).gc?.();
  const heap1 = process.memoryUsage().heapUsed;
  t0 = performance.now();
  index.queryRows({ search: 'x', outlet: '', sort: 'date', dir: 'desc' }); // builds the search text
  const textMs = performance.now() - t0;
  (globalThis as any).gc?.();
  const heap2 = process.memoryUsage().heapUsed;
  const q = (search: string) => index.queryRows({ search, outlet: '', sort: 'date', dir: 'desc' });
  const typed: Record<'on' | 'off', number[][]> = { on: [], off: [] };
  const pasted: Record<'on' | 'off', number[][]> = { on: [], off: [] };
  const counts: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const how of r % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      useSearchText(how === 'on');
      q('');
      for (let i = 1; i <= TEXT.length; i++) {
        const t = performance.now();
        const got = q(TEXT.slice(0, i));
        (typed[how][i - 1] ??= []).push(performance.now() - t);
        counts[i - 1] = got.length;
      }
      PASTED.forEach((w, k) => {
        q('');
        const t = performance.now();
        q(w);
        (pasted[how][k] ??= []).push(performance.now() - t);
      });
    }
  }
  useSearchText(true);
  const f = (x: number) => x.toFixed(2);
  console.log(`${SIZE.toLocaleString('en')} rows: prepared in ${build.toFixed(0)} ms, first order ${order.toFixed(0)} ms, heap ${((heap1 - heap0) / 1e6).toFixed(1)} MB; search text built in ${textMs.toFixed(0)} ms, +${((heap2 - heap1) / 1e6).toFixed(1)} MB${(globalThis as any).gc ? '' : ' (run with node --expose-gc for the heap)'}`);
  console.log(`| typed | rows | search text: ms (median of ${ROUNDS}) | every row: ms |`);
  console.log('|---|---|---|---|');
  for (let i = 0; i < TEXT.length; i++) console.log(`| "${TEXT.slice(0, i + 1)}" | ${counts[i]} | ${f(median(typed.on[i]!))} | ${f(median(typed.off[i]!))} |`);
  for (let k = 0; k < PASTED.length; k++) console.log(`| pasted "${PASTED[k]}" | ${q(PASTED[k]!).length} | ${f(median(pasted.on[k]!))} | ${f(median(pasted.off[k]!))} |`);
  const all = (x: number[][]) => x.flat();
  console.log(`typed: median ${f(median(all(typed.on)))} vs ${f(median(all(typed.off)))} ms, max ${f(Math.max(...all(typed.on)))} vs ${f(Math.max(...all(typed.off)))} ms; pasted: median ${f(median(all(pasted.on)))} vs ${f(median(all(pasted.off)))} ms`);
}

if (process.argv[1]?.endsWith('options-keystroke.ts')) main();
