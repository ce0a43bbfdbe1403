/**
 * facts61: leave one set out over the 17 dev sets among variants already run, each an eval output file (its F1S line):
 *   npx tsx bench/facts61-loso.ts main=/tmp/x/main.txt clause=/tmp/x/clause.txt …   (the first is main: ties go to it)
 * A set's score is the mean of its added and left-out F1; each set is scored at the variant best on the other 16
 * (bench/dev-grid.ts `reportFit`).
 */
import { readFileSync } from 'node:fs';
import { reportFit } from './dev-grid.ts';

const runs = process.argv.slice(2).map((a) => {
  const [name, file] = a.split('=') as [string, string];
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('F1S '));
  if (!line) throw new Error(`${file}: no F1S line`);
  const f1s = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  return { name, f1: Object.fromEntries(Object.entries(f1s).map(([k, [x, y]]) => [k, (x + y) / 2])) };
});
reportFit(runs);
