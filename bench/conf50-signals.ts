/**
 * conf50: what in the two sentences of a figure conflict tells two events or two groups under one head noun? Each
 * candidate signal is read on every judged figure row it can reach, and the table says, per pool, how many true rows
 * it would drop and how many false rows (docs/notes/conf50.md). Pools as bench/conf46-gate.ts reads them: rounds 1–15's
 * figure rows (`--earlier`, a `conf46-gate.ts --dump` file) and blind sheets with their verdict files (`--sheet
 * SHEET:VERDICTS:POOL`). Signals (read from the two sentences only, with lib/nlp's `quantities`):
 * - names apart: both sentences name someone or something (`Quantity.named`) and share no name word;
 * - weekdays apart: both sentences date something by a weekday and share none;
 * - years apart: both give years, none shared (conf46's, for comparison);
 * - a past time in one sentence only: one sentence dates what it tells back from its time ("16 months ago", "four
 *   months earlier") and the other gives no such span;
 * - a sum: the other sentence gives a second exact count of the figure's key, and the two add up to the figure.
 *   npx tsx bench/conf50-signals.ts --earlier /tmp/x/r115.json --sheet /tmp/x/r22.txt:bench/data/conflicts-round22-verdicts.txt:r22 [--list]
 */
import { quantities, type Quantity } from '../lib/nlp/index.ts';
import { figureKey } from '../lib/engine/conflicts.ts';
import { sheetRows, signalTable, type Row } from './conf46-gate.ts';
import { pairOf } from './conf42-gate.ts';

const rows = sheetRows();

const names = (qs: Quantity[]) => new Set(qs.flatMap((q) => q.named ?? []));
const signals: Record<string, (r: Row, x: Quantity, y: Quantity, qa: Quantity[], qb: Quantity[]) => boolean> = {
  'names apart': (_r, _x, _y, qa, qb) => {
    const na = names(qa);
    const nb = names(qb);
    return na.size > 0 && nb.size > 0 && ![...na].some((w) => nb.has(w));
  },
  'weekdays apart': (_r, _x, _y, qa, qb) => {
    const d = (qs: Quantity[]) => qs.filter((q) => q.kind === 'weekday').map((q) => q.value);
    const da = d(qa);
    const db = d(qb);
    return da.length > 0 && db.length > 0 && !da.some((v) => db.includes(v));
  },
  'years apart': (_r, _x, _y, qa, qb) => {
    const d = (qs: Quantity[]) => qs.filter((q) => q.kind === 'year').map((q) => q.value);
    const da = d(qa);
    const db = d(qb);
    return da.length > 0 && db.length > 0 && !da.some((v) => db.includes(v));
  },
  'a past time in one sentence only': (_r, _x, _y, qa, qb) => {
    // A duration that dates what the sentence tells back from the time of writing ("16 months ago", "four months earlier").
    const back = (qs: Quantity[]) => qs.filter((q) => q.kind === 'duration' && /\|(?:ago|earlier|before|previously)$/.test(q.anchor ?? '')).map((q) => `${q.value}${q.head}${q.anchor}`);
    const ba = back(qa);
    const bb = back(qb);
    return (ba.length > 0 || bb.length > 0) && !ba.some((w) => bb.includes(w));
  },
  'a sum': (_r, x, y, qa, qb) => {
    const exact = (q: Quantity) => q.value === q.max && !q.qualifier;
    const sums = (t: Quantity, p: Quantity, own: Quantity[]) =>
      exact(t) && exact(p) && own.some((z) => z !== p && z.kind === p.kind && exact(z) && figureKey(z) === figureKey(p) && z.value + p.value === t.value);
    return sums(x, y, qb) || sums(y, x, qa);
  },
};

const read = rows.flatMap((r) => {
  const p = pairOf(r.ta, r.tb, r.shown);
  if (!p) return [];
  const qa = quantities(r.ta);
  const qb = quantities(r.tb);
  return [{ r, on: Object.fromEntries(Object.entries(signals).map(([k, f]) => [k, f(r, p.x, p.y, qa, qb)])) as Record<string, boolean> }];
});
signalTable(rows, read, Object.keys(signals));
