/**
 * conf52: do the two sentences of a figure conflict tell one event, or two things under one head noun (two bombings'
 * dead, two crews, two days' tallies)? Each candidate signal is read on every judged figure row of the blind sheets
 * given (`--sheet SHEET:VERDICTS:POOL`, the card's pair found again with `pairOf`, as bench/conf50-signals.ts reads
 * them); the table says, per pool, how many true rows it would drop and how many false rows (docs/notes/conf52.md).
 * Signals, from the two sentences only (lib/nlp's `quantities`):
 * - clause words apart: both figures' clauses have content words (`Quantity.event`: the stems of the clause, head and
 *   figures left out) and share none;
 * - clause words apart, names aside: the same, with each side's name words (`Quantity.named`) left out of both;
 * - subjects apart: both figures have a subject read (`Quantity.subject` or `owner`), two different words;
 * - weekdays apart: both sentences date something by a weekday and share none (conf50's);
 * Weekday cards themselves are not read. The rule built (lib/engine/conflicts.ts `twoDays`) is the fourth signal.
 * - weekday-dated clause apart: a weekday whose own clause holds the figure's head on one side, and the other sentence
 *   names another weekday or none.
 *   npx tsx bench/conf52-signals.ts --sheet /tmp/x/round31.txt:bench/data/conf51-round31.tsv:r31 [--list]
 */
import { quantities, type Quantity } from '../lib/nlp/index.ts';
import { sheetRows, signalTable } from './conf46-gate.ts';
import { pairOf } from './conf42-gate.ts';

const rows = sheetRows();

const names = (qs: Quantity[]) => new Set(qs.flatMap((q) => q.named ?? []).map((w) => w.toLowerCase()));
const apart = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w));
const weekdays = (qs: Quantity[]) => qs.filter((q) => q.kind === 'weekday');
const signals: Record<string, (x: Quantity, y: Quantity, qa: Quantity[], qb: Quantity[]) => boolean> = {
  'clause words apart': (x, y) => apart(x.event ?? [], y.event ?? []),
  'clause words apart, names aside': (x, y, qa, qb) => {
    const n = new Set([...names(qa), ...names(qb)]);
    const keep = (ws: readonly string[]) => ws.filter((w) => !n.has(w));
    return apart(keep(x.event ?? []), keep(y.event ?? []));
  },
  'subjects apart': (x, y) => {
    const s = (q: Quantity) => q.owner ?? q.subject;
    return !!s(x) && !!s(y) && s(x) !== s(y);
  },
  'weekdays apart': (_x, _y, qa, qb) => apart(weekdays(qa).map((q) => String(q.value)), weekdays(qb).map((q) => String(q.value))),
  'weekday-dated clause apart': (x, y, qa, qb) => {
    const dated = (q: Quantity, qs: Quantity[]) => weekdays(qs).filter((d) => q.head && (d.event ?? []).includes(q.head)).map((d) => String(d.value));
    const da = dated(x, qa);
    const db = dated(y, qb);
    const other = (d: string[], qs: Quantity[]) => d.length > 0 && !weekdays(qs).some((w) => d.includes(String(w.value)));
    return other(da, qb) || other(db, qa);
  },
};

// Weekday cards themselves are left out: their two days are the disagreement, not a sign of two events.
const read = rows.flatMap((r) => {
  const p = pairOf(r.ta, r.tb, r.shown);
  if (!p || p.x.kind === 'weekday') return [];
  const qa = quantities(r.ta);
  const qb = quantities(r.tb);
  return [{ r, on: Object.fromEntries(Object.entries(signals).map(([k, f]) => [k, f(p.x, p.y, qa, qb)])) as Record<string, boolean> }];
});
signalTable(rows, read, Object.keys(signals));
if (process.argv.includes('--events'))
  for (const { r } of read) {
    const p = pairOf(r.ta, r.tb, r.shown)!;
    console.log(`[${r.pool} ${r.verdict}] ${r.key} ${r.shown} | ${p.x.event?.join(',')} | ${p.y.event?.join(',')} | ${p.x.owner ?? p.x.subject ?? '-'} / ${p.y.owner ?? p.y.subject ?? '-'}`);
  }
