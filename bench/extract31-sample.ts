/**
 * A small fixed sample of a set's DEV half (every page whose id is a multiple of `--every`), run through
 * Parallax (bench/extract-eval.ts `parallax`) and plain Readability.js, with per-page word F1 and the three
 * texts written to `--out DIR` (truth, parallax, readability) for reading losses by eye when a whole-half
 * pass is too slow for the machine (docs/notes/extract31.md).
 *
 *   npx tsx bench/extract31-sample.ts --set wceb --every 20 --out /tmp/extract31/s
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { pagesOf, parallax, splitOf } from './extract-eval.ts';
import { f1Of, precisionOf, recallOf, shingleMatch } from './extract-metric.ts';
import { optionValue } from './args.ts';

const argv = process.argv.slice(2);
const set = optionValue('set', argv) ?? 'wceb';
const every = Number(optionValue('every', argv) ?? 20);
const out = optionValue('out', argv) ?? '/tmp/extract31-sample';
mkdirSync(out, { recursive: true });
const pages = pagesOf(set, (why) => console.log(`${set} skipped: ${why}`)) ?? [];
const split = splitOf(pages);
const f = (x: number) => x.toFixed(3);
for (const p of pages) {
  if (split.get(p.id) !== 'dev' || Number(p.id) % every !== 0) continue;
  const ours = parallax(p);
  let base = '';
  try {
    base = new Readability(nodeParseHtml(p.html)).parse()?.textContent ?? '';
  } catch {
    base = '';
  }
  const o = shingleMatch(p.truth, ours), b = shingleMatch(p.truth, base);
  console.log(`${p.id} ${(p.kind ?? '').padEnd(13)} ours ${f(f1Of(o))} P ${f(precisionOf(o))} R ${f(recallOf(o))}  base ${f(f1Of(b))} P ${f(precisionOf(b))} R ${f(recallOf(b))}  ${p.url ?? ''}`);
  writeFileSync(join(out, `${p.id}.truth.txt`), p.truth);
  writeFileSync(join(out, `${p.id}.ours.txt`), ours);
  writeFileSync(join(out, `${p.id}.base.txt`), base.replace(/\s*\n\s*/g, '\n'));
}
