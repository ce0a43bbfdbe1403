/**
 * Quote rows of earlier blind rounds read again through today's `quoteDifference` (docs/notes/conf48.md): for each
 * sheet (as a round's --sheet wrote it on the main of its day: "#n KEY quote: HERE ≠ THERE" and both units) and its
 * verdict file, every quote row's two compared wordings (the card's, HERE and THERE) are compared again, one speaker on
 * both sides, and the row counts as still reported when `quoteDifference` finds a difference at QUOTE_SIMILARITY or
 * above. Run on main (a `git archive` export) and on a branch: a row main reports and the branch does not is one a
 * quote rule of the branch takes out (a true one lost, or a false one gained). Sheets live outside the repository (they
 * hold source text); a missing sheet is skipped with a printed reason.
 *   npx tsx bench/conf48-quotes.ts SHEET:VERDICTS:ROUND … [--list]
 */
import { existsSync, readFileSync } from 'node:fs';
import { quoteDifference, QUOTE_SIMILARITY } from '../lib/engine/conflicts.ts';
import { readVerdicts } from './conf37-owners.ts';

const list = process.argv.includes('--list');
const seen = new Set<string>();
const totals = new Map<string, { rows: number; kept: number; trueRows: number; trueKept: number }>();
for (const arg of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const [sheet, verdictFile, round] = arg.split(':') as [string, string, string];
  if (!existsSync(sheet)) {
    console.log(`${round}: skipped, sheet absent (${sheet})`);
    continue;
  }
  const verdicts = readVerdicts(new URL(`file://${verdictFile.startsWith('/') ? verdictFile : `${process.cwd()}/${verdictFile}`}`));
  const t = totals.get(round) ?? { rows: 0, kept: 0, trueRows: 0, trueKept: 0 };
  for (const m of readFileSync(sheet, 'utf8').matchAll(/^#\d+ ([0-9a-f]{16}) quote: (.*) \u2260 (.*)$/gmu)) {
    const [, key, here, there] = m as unknown as [string, string, string, string];
    if (seen.has(key) || !verdicts.has(key)) continue;
    seen.add(key);
    const d = quoteDifference({ text: here, speaker: 'S' }, { text: there, speaker: 'S' });
    const kept = !!d && d.similarity >= QUOTE_SIMILARITY;
    const truth = verdicts.get(key)!;
    t.rows++;
    if (kept) t.kept++;
    if (truth) t.trueRows++;
    if (truth && kept) t.trueKept++;
    if (list) console.log(`${round} ${key} ${truth ? 'TRUE ' : 'false'} ${kept ? 'kept' : 'OUT '} ${d ? d.similarity.toFixed(3) : '-'}`);
  }
  totals.set(round, t);
}
console.log('| round | quote rows judged | still reported | true rows | true still reported | false still reported |');
console.log('|---|---|---|---|---|---|');
for (const [round, t] of totals) console.log(`| ${round} | ${t.rows} | ${t.kept} | ${t.trueRows} | ${t.trueKept} | ${t.kept - t.trueKept} |`);
