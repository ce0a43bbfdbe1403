/**
 * Joins a judge's verdicts to the rows of a blind sheet (bench/conflicts-sheet.ts) and appends them to
 * bench/data/conflicts-labels.json with their round. Verdict file: one line per row, "N true|false
 * REASON"; rows not listed are false with the default reason of their kind (given with --default-*).
 *   npx tsx bench/conflicts-merge.ts --round=3 ROWS.json VERDICTS.txt
 * --late: the rows were judged after the round's score was printed (the engine's report known): the labels get
 * `late: true`, and `bench/conflicts-eval.ts --blind` leaves them out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { committedFigures, committedRef, type Candidate } from './conflicts-data.ts';

const round = Number(/--round=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 3);
const late = process.argv.includes('--late');
const [rowsPath, verdictPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!rowsPath || !verdictPath) throw new Error('usage: conflicts-merge.ts --round=3 ROWS.json VERDICTS.txt');
const rows = JSON.parse(readFileSync(rowsPath, 'utf8')) as Array<Candidate & { n: number; figures: Array<[string, number, string, number]> }>;
const verdicts = new Map<number, { verdict: 'true' | 'false'; reason: string }>();
for (const line of readFileSync(verdictPath, 'utf8').split('\n')) {
  const m = /^(\d+)\s+(true|false)\s+(.+)$/.exec(line.trim());
  if (m) verdicts.set(Number(m[1]), { verdict: m[2] as 'true' | 'false', reason: m[3]! });
}
const DEFAULT: Record<string, string> = {
  number: 'different quantities: another player, game, event, time or thing',
  date: 'dates of different events',
  quote: 'different utterances',
};
const path = new URL('./data/conflicts-labels.json', import.meta.url);
const file = JSON.parse(readFileSync(path, 'utf8')) as { about: string; labels: unknown[] };
for (const r of rows) {
  // An engine quote conflict offered as a figure row (no figure differs): not a figure candidate.
  if (r.kind !== 'quote' && r.x.startsWith('quote:') && r.figures.every((f) => f[1] < 0)) continue;
  const v = verdicts.get(r.n) ?? { verdict: 'false' as const, reason: DEFAULT[r.kind]! };
  file.labels.push({ group: r.group, kind: r.kind, a: committedRef(r.group, r.a), b: committedRef(r.group, r.b), figures: committedFigures(r.group, r.kind, r.figures), via: r.via, verdict: v.verdict, reason: v.reason, round, ...(late ? { late: true } : {}) });
}
writeFileSync(path, JSON.stringify(file, null, 1));
console.log(`${file.labels.filter((l) => (l as { round?: number }).round === round).length} labels of round ${round} in the file (${rows.filter((r) => verdicts.get(r.n)?.verdict === 'true').length} true)`);
