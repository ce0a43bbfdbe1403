/**
 * A round read on main and on a branch, row by row (docs/notes/conf49.md): main's blind sheet (`… --sheet S`, drawn on a
 * `git archive` export of main) against the branch's listing of the same round (`… --list > L`), both scored with the
 * round's verdict file. Prints, per kind (figure / quote), rows reported and true on each, and every row one side has and
 * the other has not, with its verdict and reason. Reads scratch files only (texts stay under /tmp).
 *   npx tsx bench/conf49-compare.ts SHEET LISTING VERDICTS [NAME]
 */
import { readFileSync } from 'node:fs';

const [sheet, listing, verdictFile, name = 'round'] = process.argv.slice(2);
if (!sheet || !listing || !verdictFile) throw new Error('usage: conf49-compare.ts SHEET LISTING VERDICTS [NAME]');

const reasons = new Map(
  readFileSync(verdictFile, 'utf8')
    .split('\n')
    .filter((l) => /^[0-9a-f]{16} (?:true|false)\b/.test(l))
    .map((l) => [l.slice(0, 16), l.slice(17)] as const),
);
const kindOf = new Map<string, string>();
const main = new Set<string>();
for (const m of readFileSync(sheet, 'utf8').matchAll(/^#\d+ ([0-9a-f]{16}) (figure|quote)/gm)) (main.add(m[1]!), kindOf.set(m[1]!, m[2]!));
const branch = new Set<string>();
for (const m of readFileSync(listing, 'utf8').matchAll(/^\[(?:TRUE|false|\?)\] ([0-9a-f]{16}) (figure|quote)/gm)) (branch.add(m[1]!), kindOf.set(m[1]!, m[2]!));

const score = (rows: Set<string>, kind?: string) => {
  const rs = [...rows].filter((k) => !kind || kindOf.get(k) === kind);
  const judged = rs.filter((k) => reasons.has(k));
  const right = judged.filter((k) => reasons.get(k)!.startsWith('true')).length;
  return `${rs.length} reported, ${right} true${rs.length > judged.length ? `, ${rs.length - judged.length} unjudged` : ''}${judged.length ? ` (${(right / judged.length).toFixed(2)})` : ''}`;
};
for (const kind of [undefined, 'figure', 'quote']) console.log(`${name} ${kind ?? 'all'}: main ${score(main, kind)} | branch ${score(branch, kind)}`);
for (const k of main) if (!branch.has(k)) console.log(`  gone ${k} ${kindOf.get(k)}: ${reasons.get(k) ?? '(unjudged)'}`);
for (const k of branch) if (!main.has(k)) console.log(`  new  ${k} ${kindOf.get(k)}: ${reasons.get(k) ?? '(unjudged)'}`);
