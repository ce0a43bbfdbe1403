/**
 * Does card15's cleaning (a time stamp with an ordinal day, a read-on line: lib/text/boilerplate.ts)
 * drop article text? Every line of every page's ground truth (text the page's truth keeps) is cleaned
 * as a paragraph between two of prose, by this tree's `cleanBlocks` and by a base revision's; a line
 * this tree drops and the base keeps is text lost. Dev halves: each such line printed; held halves:
 * counted only.
 *
 *   npx tsx bench/card15-truthlines.ts [--sets l3s,dragnet,cleaneval,zyte,big9,chaos] [--base 8dc8c8e]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import { SETS, splitOf } from './extract-eval.ts';
import { optionValue } from './args.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'l3s,dragnet,cleaneval,zyte,big9,chaos').split(',');
const base = optionValue('base', argv) ?? '8dc8c8e';
const dir = join(tmpdir(), `card15-base-${base}`);
if (!existsSync(join(dir, 'lib'))) {
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${repo}" archive ${base} lib | tar -x -C "${dir}"`]);
}
const baseClean = ((await import(pathToFileURL(join(dir, 'lib/text/boilerplate.ts')).href)) as { cleanBlocks: typeof cleanBlocks }).cleanBlocks;
const p = (text: string) => ({ text, tag: 'p', linkChars: 0 });
const prose = (n: number) => p(`Paragraph ${n} of the article goes on about the council's decision and what it means in full sentences.`);
const keeps = (clean: typeof cleanBlocks, line: string) => clean([prose(1), p(line), prose(2)]).blocks.some((b) => b.text === line);

for (const set of sets) {
  const pages = SETS[set]!();
  if (typeof pages === 'string') {
    console.log(`${set}: skipped (${pages})`);
    continue;
  }
  const split = splitOf(pages);
  const lost = { dev: 0, held: 0 };
  let lines = 0;
  for (const page of pages) {
    for (const raw of page.truth.split(/\n+/)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line || line.length > 120) continue; // both rules read lines of at most 120 characters
      lines++;
      if (keeps(cleanBlocks, line) || !keeps(baseClean, line)) continue;
      const half = split.get(page.id)!;
      lost[half]++;
      if (half === 'dev') console.log(`  ${set} ${page.id.slice(0, 24)} dropped: ${line}`);
    }
  }
  console.log(`${set}: ${pages.length} pages, ${lines} truth lines of ≤ 120 characters; dropped by this tree, kept by ${base}: dev ${lost.dev}, held ${lost.held}`);
}
